import type { CompiledPack } from './types.js';

function described(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && 'ok' in value) return 'a LoadPackResult: check .ok and pass its .pack';
  if (typeof value === 'object') return 'an object that is not a compiled pack (no rules list or calendar)';
  return `${typeof value} ${String(value)}`;
}

/**
 * A cheap check at the entry of public functions that take a compiled pack: throws a
 * TypeError that says what to pass, instead of a raw "pack.rules is not iterable" later.
 * Checks only the shape (a `rules` list and a `calendar`), never the rules themselves.
 *
 * @example
 * requireCompiledPack('a', 'diffPacks', 'base');
 * // throws TypeError: diffPacks: base must be a CompiledPack from loadPack/loadPackOrThrow/loadPackFromString (got the string "a")
 */
export function requireCompiledPack(value: unknown, caller: string, name = 'pack'): asserts value is CompiledPack {
  const pack = value as Partial<CompiledPack> | null | undefined;
  if (typeof pack === 'object' && pack !== null && Array.isArray(pack.rules) && typeof pack.calendar === 'object' && pack.calendar !== null) return;
  throw new TypeError(`${caller}: ${name} must be a CompiledPack from loadPack/loadPackOrThrow/loadPackFromString (got ${described(value)})`);
}
