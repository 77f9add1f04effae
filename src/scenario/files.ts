import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledPack } from '../pack/types.js';
import { parseScenarioFile, runScenarios } from './run.js';
import type { ScenarioOutcome } from './run.js';

/**
 * The scenario files for a pack: `<testsDir>/<pack id>/*.yaml`, sorted; none when the
 * folder does not exist. Node only (reads the folder).
 *
 * @example
 * scenarioFiles('rulepacks/tests', 'working-together-2018')[0];
 * //=> 'rulepacks/tests/working-together-2018/assessment-completion.yaml'
 * scenarioFiles('rulepacks/tests', 'no-such-pack'); //=> []
 */
export function scenarioFiles(testsDir: string, packId: string): string[] {
  const dir = join(testsDir, packId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Runs every scenario file of a pack. Node only (reads files). Throws, naming the file and
 * line, when a file is not a valid scenario file (see {@link parseScenarioFile}).
 *
 * @example
 * const pack = loadPackOrThrow('working-together-2018');
 * const outcomes = runScenarioFiles(pack, scenarioFiles('rulepacks/tests', pack.id));
 * outcomes.every((o) => o.passed); //=> true
 */
export function runScenarioFiles(pack: CompiledPack, files: readonly string[]): ScenarioOutcome[] {
  return files.flatMap((file) => runScenarios(pack, parseScenarioFile(readFileSync(file, 'utf8'), file), file));
}
