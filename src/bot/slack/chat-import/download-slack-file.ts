import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { LedgerlineError } from '../../../errors.js';

/**
 * Opens a Slack file's private download with the bot token (files:read). The token goes only to
 * Slack's file host or the Web API's own origin (a test's local Slack): a URL from anywhere
 * else is refused rather than handed a credential.
 */
export async function downloadSlackFile(input: {
  url: string;
  botToken: string;
  apiUrl?: string | undefined;
}): Promise<AsyncIterable<Uint8Array>> {
  const url = new URL(input.url);
  const trustedOrigins = ['https://files.slack.com', ...(input.apiUrl ? [new URL(input.apiUrl).origin] : [])];
  if (!trustedOrigins.includes(url.origin)) throw new LedgerlineError('FORBIDDEN', `Not a Slack file URL: ${url.origin}`);
  const response = await fetch(url, { headers: { authorization: `Bearer ${input.botToken}` } });
  // Without files:read Slack answers 200 with its sign-in page: never import that as a file.
  if (!response.ok || !response.body || response.headers.get('content-type')?.startsWith('text/html')) {
    await response.body?.cancel();
    throw new LedgerlineError(
      'UNAVAILABLE',
      `Slack did not hand over the file (HTTP ${response.status}, ${response.headers.get('content-type') ?? 'no content type'})`,
    );
  }
  return Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
}
