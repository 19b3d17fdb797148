import type { IncomingMessage } from 'node:http';
import { HTTPModuleFunctions, defaultBodyLimit, isRawBodyError, isValidSlackRequest } from '@slack/bolt';

// Bolt's HTTP receiver parses the body inside a detached async closure and reads `body.ssl_check`
// before checking the body is an object, so one signed `null` (or `payload=null` form) throws
// where nothing catches it and Node ends the process. This screen reads the body first (Bolt
// reuses a request that carries `rawBody`) and refuses what Slack never sends, so only an object
// reaches Bolt.

export type SlackRequestScreen = { isAccepted: true } | { isAccepted: false; status: 400 | 401 | 413; reason: string };

type BufferedRequest = Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;

/** Reads the request body once and refuses bodies Bolt cannot handle; an accepted request goes on to Bolt unread. */
export async function screenSlackRequest(request: IncomingMessage, signingSecret: string): Promise<SlackRequestScreen> {
  let buffered: BufferedRequest;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(request, defaultBodyLimit);
  } catch (error) {
    if (isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413)
      return { isAccepted: false, status: 413, reason: 'body too large' };
    return { isAccepted: false, status: 400, reason: 'body could not be read' };
  }

  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    // Bolt answers unparseable bodies itself (401 when unsigned, 400 otherwise) without throwing.
    return { isAccepted: true };
  }
  if (isFormSslCheck(buffered)) return { isAccepted: true };
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return { isAccepted: true };

  // Refused either way; a forged request still learns only that it was not signed.
  const isSigned = isValidSlackRequest({
    signingSecret,
    body: buffered.rawBody.toString(),
    headers: {
      'x-slack-signature': headerOf(request, 'x-slack-signature'),
      'x-slack-request-timestamp': Number(headerOf(request, 'x-slack-request-timestamp')),
    },
  });
  if (!isSigned) return { isAccepted: false, status: 401, reason: 'not signed by Slack' };
  return { isAccepted: false, status: 400, reason: `body is ${describeShape(body)}, not an object` };
}

/** Slack's unsigned SSL check; Bolt strips anything else sent with it. */
function isFormSslCheck(request: BufferedRequest): boolean {
  return (
    request.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    new URLSearchParams(request.rawBody.toString()).get('ssl_check') === '1'
  );
}

function headerOf(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

function describeShape(body: unknown): string {
  if (body === null) return 'null';
  if (Array.isArray(body)) return 'an array';
  return `a ${typeof body}`;
}
