import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createChatModel } from '../../src/assistant/llm/create-chat-model.js';
import { toModelTools } from '../../src/assistant/llm/to-model-tools.js';
import { tools } from '../../src/domain/tools/registry.js';
import { startFakeOpenAiServer } from '../support/fake-openai-server.js';
import type { FakeOpenAiServer } from '../support/fake-openai-server.js';

let server: FakeOpenAiServer;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
});

afterAll(async () => {
  await server.close();
});

describe('tools offered to the model', () => {
  it('are every registry tool, with the description and JSON schema derived from its zod definition', async () => {
    server.enqueue({ content: 'Hello.' });
    const model = createChatModel({ baseUrl: server.baseUrl, model: 'test-model', timeoutMs: 5000, maxSteps: 2 }).bindTools(
      toModelTools(tools),
    );

    await model.invoke('hello');

    const offered = server.requests[0]?.tools ?? [];
    expect(offered.map((tool) => tool.function.name)).toEqual(tools.map((tool) => tool.name));
    for (const tool of tools) {
      const spec = offered.find((candidate) => candidate.function.name === tool.name);
      expect(spec?.function.description).toBe(tool.description);
      // The same JSON schema zod itself derives: field names, types and .describe() texts.
      const derived = z.toJSONSchema(tool.input, { io: 'input' }) as { properties?: unknown };
      expect(spec?.function.parameters).toMatchObject({ type: 'object', properties: derived.properties });
    }
  });
});
