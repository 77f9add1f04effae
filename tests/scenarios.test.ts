// Every bundled pack's scenario tests (rulepacks/tests/<pack>/*.yaml) run in `npm test`,
// one vitest case per scenario, with the expected/actual/basis lines on failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPacksDir, listBundledPacks, loadPack } from '../src/pack/files.js';
import { formatPackIssue } from '../src/pack/index.js';
import { formatScenarioOutcomes, parseScenarioFile, runScenarios, scenarioFiles } from '../src/scenario/index.js';

const testsDir = join(bundledPacksDir(), 'tests');

for (const info of listBundledPacks()) {
  describe(`pack ${info.id}`, () => {
    const loaded = loadPack(info.id);
    it('validates', () => {
      expect(loaded.ok ? [] : loaded.issues.map(formatPackIssue)).toEqual([]);
    });
    if (!loaded.ok) return;
    const files = scenarioFiles(testsDir, info.id);
    it('ships scenario tests', () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
      const scenarios = parseScenarioFile(readFileSync(file, 'utf8'), file);
      describe(file.slice(testsDir.length + 1), () => {
        for (const scenario of scenarios) {
          it(scenario.name, () => {
            const [outcome] = runScenarios(loaded.pack, [scenario], file);
            if (!outcome!.passed) expect.fail(formatScenarioOutcomes([outcome!]));
          });
        }
      });
    }
  });
}
