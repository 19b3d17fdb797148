// Screenshots of Ledgerline as the Microsoft 365 Agents Playground shows it (see scripts/playground.md).
// Usage: node playground-screenshot.mjs "<question>" /tmp/answer.png [http://127.0.0.1:56150]
// WIDTH (default 1280) and HEIGHT (default 3000: a whole long card in view) set the window.
// Needs playwright-core and Debian's chromium (/usr/bin/chromium); neither is a project dependency,
// so run a copy of this file from the folder where playwright-core is installed.
import { chromium } from 'playwright-core';

const [question = 'List all active contracts', output = '/tmp/playground-answer.png', playgroundUrl = 'http://127.0.0.1:56150'] =
  process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // This machine has no route out: without these Chromium keeps dialling Google's hosts.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  // A new context is a fresh profile: no state from an earlier run.
  const page = await browser.newPage({
    viewport: { width: Number(process.env.WIDTH ?? 1280), height: Number(process.env.HEIGHT ?? 3000) },
  });
  await page.goto(playgroundUrl, { waitUntil: 'networkidle' });
  const box = page.getByRole('textbox').last();
  await box.click();
  await box.fill(question);
  await box.press('Enter');
  // The answer is an Adaptive Card; wait for one that came after the question.
  await page.waitForSelector('.ac-adaptiveCard', { timeout: 60_000 });
  await page.waitForTimeout(1_500);
  const cards = page.locator('.ac-adaptiveCard');
  await cards.last().scrollIntoViewIfNeeded();
  await cards.last().screenshot({ path: output });
  process.stdout.write(`${output}\n`);
} finally {
  await browser.close();
}
