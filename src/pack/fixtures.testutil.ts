// Small YAML packs for the loader's tests. Line numbers matter: HEADER is 7 lines, `rules:`
// is line 8, so the first rule's `- id:` is line 9.
import { loadPackFromString, type PackSourceFile } from './load.js';
import type { LoadPackResult } from './compile.js';
import type { PackIssue } from './issues.js';

/** A pack header of exactly 7 lines (id demo). */
export const HEADER = `id: demo
title: Demo pack
authority: Demo Council
document: { title: Demo standards, date: "2024" }
division: england-and-wales
version: "1.0.0"
effective: { from: 2024-01-01 }
`;

/** A base pack header of 7 lines with the given id. */
export function header(id: string, extra = ''): string {
  return HEADER.replace('id: demo', `id: ${id}`) + extra;
}

/**
 * A rule as YAML list item, one key per line in this order: id, obligation, title, level,
 * trigger, deadline, satisfiedBy, responsible, source, then any extra keys. `null` omits a
 * key; a string replaces its value in place. Starting on line L, key n is on line L + n.
 */
export function rule(id: string, fields: Record<string, string | null> = {}): string {
  const base: Record<string, string | null> = {
    obligation: 'initial-cp-conference',
    title: 'Initial child protection conference',
    level: 'statutory',
    trigger: '{ event: strategy_discussion }',
    deadline: '{ amount: 15, unit: working_days }',
    satisfiedBy: '{ event: initial_cp_conference }',
    responsible: '[social worker]',
    source: '{ document: WT 2018, section: "59", quote: "within 15 working days of the strategy discussion" }',
  };
  const merged = { ...base, ...fields };
  const lines = [`  - id: ${id}`, ...Object.entries(merged).flatMap(([key, value]) => (value === null ? [] : [`    ${key}: ${value}`]))];
  return `${lines.join('\n')}\n`;
}

/** HEADER + `rules:` + the given rules (first rule on line 9). */
export function pack(...rules: string[]): string {
  return `${HEADER}rules:\n${rules.join('')}`;
}

/** Loads `text` as demo.yaml, resolving `extends` from the given packs (id → text). */
export function load(text: string, bases: Record<string, string> = {}): LoadPackResult {
  return loadPackFromString(text, {
    file: 'demo.yaml',
    resolve: (id): PackSourceFile | undefined => (bases[id] !== undefined ? { source: bases[id], file: `${id}.yaml` } : undefined),
  });
}

/** The issues of a load that must fail (throws if it succeeded, so tests read plainly). */
export function issuesOf(result: LoadPackResult): PackIssue[] {
  if (result.ok) throw new Error(`expected the pack to fail; it loaded with ${result.pack.rules.length} rules`);
  return result.issues;
}

/** The issues with one code, as `line:col path message` strings for compact assertions. */
export function brief(issues: readonly PackIssue[], code?: PackIssue['code']): string[] {
  return issues.filter((i) => code === undefined || i.code === code).map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`);
}
