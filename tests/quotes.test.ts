// Every rule quote must be verbatim from its source document: runs the shared checker.
// Without ../shared (the checker and the seed documents) the test is skipped with the reason
// in its title and a warning, unless CI is set, when it fails (as diff-browser.test.ts does).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const shared = resolve(root, '..', 'shared');
const checker = join(shared, 'tools', 'check-quotes.mjs');
const seeds = join(shared, 'seeds');
const missing = [checker, seeds].filter((path) => !existsSync(path));
const present = missing.length === 0;
const inCi = Boolean(process.env['CI']);

it.runIf(!present && inCi)('fails in CI when ../shared is missing', () => {
  expect.fail(`${missing.join(' and ')} missing: CI must check out the shared folder (tools/check-quotes.mjs, seeds/) beside this repository`);
});

const title = 'every quote in rulepacks/*.yaml is verbatim from ../shared/seeds';
const skipNote = `skipped: ${missing.join(' and ')} missing (with CI set this fails instead)`;
if (!present && !inCi) console.warn(`quotes.test.ts: ${skipNote}`);
it.skipIf(!present)(present ? title : `${title} [${skipNote}]`, () => {
  let output = '';
  let failed = false;
  try {
    output = execFileSync(process.execPath, [checker, join(root, 'rulepacks'), seeds], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    failed = true;
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(failed ? output : '').toBe('');
  expect(output).toMatch(/quotes found verbatim/);
});
