import { ChatOpenAI } from '@langchain/openai';

export interface LlmSettings {
  /** Any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, a local model server). */
  baseUrl?: string | undefined;
  apiKey?: string | undefined;
  model: string;
  /** Bounds one whole answer, all steps included. */
  timeoutMs: number;
  /** Model round trips per answer. */
  maxSteps: number;
}

// Local model servers need no key, but the OpenAI SDK refuses to start without one.
const placeholderApiKey = 'not-needed';

export function createChatModel(settings: LlmSettings): ChatOpenAI {
  return new ChatOpenAI({
    model: settings.model,
    apiKey: settings.apiKey ?? placeholderApiKey,
    configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : {},
    timeout: settings.timeoutMs,
    // One quick retry for a transient 429/5xx; after that the offline planner answers.
    maxRetries: 1,
    temperature: 0,
  });
}
