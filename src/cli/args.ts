import { UserError } from './io.js';

/** Parsed command line: flags by name (boolean or string) and positional arguments in order. */
export interface ParsedArgs {
  flags: Record<string, string | boolean>;
  positionals: string[];
}

/**
 * Small argument parser: `--name value`, `--name=value`, boolean flags, `-` as a positional
 * (standard input). Unknown flags are errors so typos never pass silently.
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
        value = args[++i];
        if (value === undefined) throw new UserError(`--${name} needs a value`);
      }
      flags[name] = value;
    } else {
      throw new UserError(`unknown option ${arg}`);
    }
  }
  return { flags, positionals };
}
