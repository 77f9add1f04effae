import { UserError } from './io.js';

/** Parsed command line: flags by name (boolean or string) and positional arguments in order. */
export interface ParsedArgs {
  flags: Record<string, string | boolean>;
  positionals: string[];
}

/**
 * Small argument parser: `--name value`, `--name=value`, boolean flags, `-` as a positional
 * (standard input). Unknown flags are errors so typos never pass silently, and a string flag
 * followed by another flag (`--pack --as-of ...`) is missing its value rather than taking the
 * flag as it (write `--name=--odd` for a value that really starts with `--`).
 *
 * @example
 * parseArgs(['--pack', 'calderdale', 'case.json'], { strings: ['pack'] });
 * //=> { flags: { pack: 'calderdale' }, positionals: ['case.json'] }
 * parseArgs(['--pack', '--as-of', '2024-06-03'], { strings: ['pack', 'as-of'] });
 * // throws UserError: --pack needs a value
 */
export function parseArgs(
  args: string[],
  spec: { strings?: string[]; booleans?: string[]; aliases?: Record<string, string> },
): ParsedArgs {
  const strings = new Set(spec.strings ?? []);
  const booleans = new Set(spec.booleans ?? []);
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    let name = arg.replace(/^--?/, '');
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    name = spec.aliases?.[name] ?? name;
    if (booleans.has(name)) {
      if (value !== undefined) throw new UserError(`--${name} takes no value (got "${value}")`);
      flags[name] = true;
    } else if (strings.has(name)) {
      if (value === undefined) {
        // `--pack --as-of 2024-06-03`: the next token is another flag, not this one's value.
        const next = args[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UserError(`--${name} needs a value`);
        value = next;
        i++;
      }
      flags[name] = value;
    } else {
      throw new UserError(`unknown option ${arg}`);
    }
  }
  return { flags, positionals };
}
