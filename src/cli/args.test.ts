import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.js';
import { UserError } from './io.js';

const spec = { strings: ['pack', 'as-of', 'out'], booleans: ['strict'], aliases: { p: 'pack' } };

function refused(args: string[]): string {
  try {
    parseArgs(args, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    return (error as UserError).message;
  }
  throw new Error(`expected ${JSON.stringify(args)} to be refused`);
}

describe('parseArgs', () => {
  it('reads --name value, --name=value, booleans and positionals in order', () => {
    expect(parseArgs(['--pack', 'calderdale', '--as-of=2024-06-03', '--strict', 'a.json', 'b.json'], spec)).toEqual({
      flags: { pack: 'calderdale', 'as-of': '2024-06-03', strict: true },
      positionals: ['a.json', 'b.json'],
    });
  });

  it('a string flag followed by another flag needs a value: it never swallows the flag', () => {
    expect(refused(['--pack', '--as-of', '2024-06-03', 'x.json'])).toBe('--pack needs a value');
    expect(refused(['--out', '--strict'])).toBe('--out needs a value');
    expect(refused(['-p', '--as-of', '2024-06-03'])).toBe('--pack needs a value');
    expect(refused(['--pack', '--'])).toBe('--pack needs a value');
  });

  it('a string flag at the end needs a value', () => {
    expect(refused(['x.json', '--pack'])).toBe('--pack needs a value');
  });

  it('takes "-" (standard input) and a single-dash word as a value', () => {
    expect(parseArgs(['--out', '-'], spec).flags).toEqual({ out: '-' });
    expect(parseArgs(['--pack', '-odd'], spec).flags).toEqual({ pack: '-odd' });
  });

  it('--name=value keeps a value that starts with --', () => {
    expect(parseArgs(['--pack=--odd'], spec).flags).toEqual({ pack: '--odd' });
  });

  it('"-" is a positional, and everything after "--" is positional', () => {
    expect(parseArgs(['-', '--', '--strict', 'x'], spec)).toEqual({ flags: {}, positionals: ['-', '--strict', 'x'] });
  });

  it('refuses unknown flags and values on booleans', () => {
    expect(refused(['--pakc', 'x'])).toBe('unknown option --pakc');
    expect(refused(['--strict=yes'])).toBe('--strict takes no value (got "yes")');
  });
});
