import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Answer } from '../../assistant/answer.js';
import type { Assistant } from '../../assistant/assistant.js';
import { renderText } from '../../assistant/render-text.js';
import { consoleViewer } from '../../bot/console/console-viewer.js';
import { openConsoleAssistant } from '../../bot/console/open-console-assistant.js';
import type { CommandEnvironment } from '../command.js';
import { parseAsOf } from '../../bot/console/parse-as-of.js';

const usage = `Usage: ledgerline ask [--as-of YYYY-MM-DD] [--json] "<question>"
       ledgerline ask [--as-of YYYY-MM-DD] [--json] -     (one question per line from standard input)`;

/** One question, or one per line of standard input (each independent), one answer per line. */
export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'as-of': { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const question = positionals.join(' ');
  if (question.trim() === '') {
    process.stderr.write(`Give a question, or "-" to read questions from standard input.\n${usage}\n`);
    return 1;
  }
  const asOf = parseAsOf(values['as-of'] ?? config.asOf);
  const isJson = values.json === true;
  const { runtime, assistant } = await openConsoleAssistant(config);
  try {
    if (question === '-') {
      for await (const line of createInterface({ input: process.stdin, terminal: false })) {
        if (line.trim() === '') continue;
        const answer = await askOnce(assistant, line, asOf);
        // One answer per line: JSON on one line, or the text with its line breaks folded.
        process.stdout.write(`${isJson ? toJsonLine(line, answer) : answer.text.replace(/\s*\n\s*/g, ' ')}\n`);
      }
    } else {
      const answer = await askOnce(assistant, question, asOf);
      process.stdout.write(`${isJson ? toJsonLine(question, answer) : renderText(answer)}\n`);
    }
    return 0;
  } finally {
    await runtime.close();
  }
}

function askOnce(assistant: Assistant, question: string, asOf: Date | undefined): Promise<Answer> {
  // Each question is its own conversation: no follow-up context leaks between lines.
  return assistant.ask({ question, conversationKey: `cli-${randomUUID()}`, viewer: consoleViewer, surface: 'cli', asOf });
}

function toJsonLine(question: string, answer: Answer): string {
  const { text, plannedBy, facts, table, chart, context, followUps, clarification, toolCalls } = answer;
  return JSON.stringify(
    { question, text, rendered: renderText(answer), plannedBy, facts, table, chart, context, followUps, clarification, toolCalls },
    (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
  );
}
