import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledPack } from '../pack/types.js';
import { parseScenarioFile, runScenarios } from './run.js';
import type { ScenarioOutcome } from './run.js';

/** The scenario files for a pack: `<testsDir>/<pack id>/*.yaml`, sorted. */
export function scenarioFiles(testsDir: string, packId: string): string[] {
  const dir = join(testsDir, packId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs every scenario file of a pack. Node only (reads files). */
export function runScenarioFiles(pack: CompiledPack, files: readonly string[]): ScenarioOutcome[] {
  return files.flatMap((file) => runScenarios(pack, parseScenarioFile(readFileSync(file, 'utf8'), file), file));
}
