import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../../assistant/assistant.js';
import { renderText } from '../../assistant/render-text.js';
import { consoleViewer } from './console-viewer.js';

export interface ConsoleChat {
  /** Resolves when the input ends or the person types "exit". */
  finished: Promise<void>;
  close(): void;
}

const exitWords = new Set(['exit', 'quit', '/exit', '/quit']);

/**
 * The local console: one conversation (so follow-ups work), answers rendered as plain text.
 * On a terminal it prompts; on piped input it echoes each question, answers it, and ends with the input.
 */
export function startConsoleChat({
  assistant,
  input,
  output,
  asOf,
}: {
  assistant: Assistant;
  input: Readable & { isTTY?: boolean };
  output: Writable;
  asOf?: Date | undefined;
}): ConsoleChat {
  const isTerminal = input.isTTY === true;
  const lines = createInterface({ input, output: isTerminal ? output : undefined, terminal: isTerminal });
  let conversationKey = `console-${randomUUID()}`;

  async function converse(): Promise<void> {
    if (isTerminal) {
      output.write('Ledgerline console — ask about spend, inventory, contracts, budgets or usage. "new" starts over, "exit" leaves.\n');
      lines.setPrompt('you> ');
      lines.prompt();
    }
    for await (const line of lines) {
      const question = line.trim();
      if (exitWords.has(question.toLowerCase())) break;
      if (question.toLowerCase() === 'new') {
        conversationKey = `console-${randomUUID()}`;
        output.write('Started a new conversation.\n\n');
      } else if (question !== '') {
        if (!isTerminal) output.write(`> ${question}\n`);
        const answer = await assistant.ask({
          question,
          conversationKey,
          viewer: consoleViewer,
          surface: 'console',
          asOf,
          place: { platform: 'console', channelId: 'console' },
        });
        output.write(`${renderText(answer)}\n\n`);
      }
      if (isTerminal) lines.prompt();
    }
    lines.close();
  }

  return { finished: converse(), close: () => lines.close() };
}
