// Every rule quote must be verbatim from its source document: runs the shared checker.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const shared = resolve(root, '..', 'shared');
const checker = join(shared, 'tools', 'check-quotes.mjs');

it.skipIf(!existsSync(checker))('every quote in rulepacks/*.yaml is verbatim from ../shared/seeds', () => {
  let output = '';
  let failed = false;
  try {
    output = execFileSync(process.execPath, [checker, join(root, 'rulepacks'), join(shared, 'seeds')], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    failed = true;
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(failed ? output : '').toBe('');
  expect(output).toMatch(/quotes found verbatim/);
});
