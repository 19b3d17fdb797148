import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureServices, loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';
import { createDataDir, runCli } from './support/run-cli.js';

// The commands as a person runs them: a real process, its own data folder, real stdin/stdout.

let data: Awaited<ReturnType<typeof createDataDir>>;

const activeMobileLines = fixtureServices.filter((service) => service.type === 'mobile_line' && service.status === 'active');

interface JsonAnswer {
  question: string;
  text: string;
  toolCalls: Array<{ name: string; arguments: Record<string, unknown>; result?: { count?: number } }>;
}

beforeAll(async () => {
  data = await createDataDir(loadFixtureEnterprise);
});

afterAll(async () => {
  await data.remove();
});

describe('ledgerline ask', () => {
  it('answers one question as JSON with the tool calls behind it', async () => {
    const { exitCode, stdout, stderr } = await runCli(
      ['ask', '--json', '--as-of', '2026-11-26', 'How many active mobile lines do we have?'],
      { dataDir: data.dataDir },
    );

    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] ?? '') as JsonAnswer;
    expect(answer.question).toBe('How many active mobile lines do we have?');
    const count = answer.toolCalls.find((call) => call.name === 'count_services');
    expect(count?.result?.count).toBe(activeMobileLines.length);
    expect(answer.text).toContain(String(activeMobileLines.length));
  });

  it('reads one question per line from standard input and writes one JSON answer per line', async () => {
    const questions = [
      'How many active mobile lines do we have?',
      '',
      `'; DROP TABLE "Vendor"; --`,
      '📱📱📱',
      'What did we spend with Sprint in September 2026?',
    ];
    const { exitCode, stdout } = await runCli(['ask', '--json', '--as-of', '2026-11-26', '-'], {
      dataDir: data.dataDir,
      stdin: questions.join('\n'),
    });

    expect(exitCode).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonAnswer);
    expect(answers.map((answer) => answer.question)).toEqual(questions.filter((question) => question !== ''));
    for (const answer of answers) {
      expect(answer.text.trim()).not.toBe('');
      expect(Array.isArray(answer.toolCalls)).toBe(true);
    }
    expect(answers[0]?.toolCalls.find((call) => call.name === 'count_services')?.result?.count).toBe(activeMobileLines.length);
    expect(answers[3]?.text).toMatch(/Sprint/);
  });

  it('prints the plain-text answer, and refuses a malformed --as-of', async () => {
    const answered = await runCli(['ask', 'How many active mobile lines do we have?'], { dataDir: data.dataDir });
    expect(answered.exitCode).toBe(0);
    expect(answered.stdout).toContain(String(activeMobileLines.length));

    const refused = await runCli(['ask', '--as-of', '26/11/2026', 'spend'], { dataDir: data.dataDir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('--as-of must be a date like 2026-11-26');
  });
});

describe('ledgerline chat', () => {
  it('answers piped lines in one conversation, follow-ups included, and exits at the end of input', async () => {
    const { exitCode, stdout } = await runCli(['chat', '--as-of', '2026-11-26'], {
      dataDir: data.dataDir,
      stdin: 'How many active mobile lines do we have?\nbreak that down by location\n',
    });

    expect(exitCode).toBe(0);
    const [first, second] = stdout.split(/^> /m).filter((part) => part.trim() !== '');
    expect(first).toContain(String(activeMobileLines.length));
    // The follow-up kept "active mobile lines" and grouped them by location.
    for (const location of new Set(activeMobileLines.map((service) => service.location))) {
      const linesThere = activeMobileLines.filter((service) => service.location === location).length;
      expect(second).toMatch(new RegExp(`${location}[^\\n]*${linesThere}`));
    }
  });
});
