// Node helpers around the pure loader: the bundled rulepacks/ folder, reading pack files,
// resolving `extends` beside the file and then among the bundled packs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadPackResult } from './compile.js';
import { formatPackIssue, type PackIssue, type PackIssueCode } from './issues.js';
import { loadPackFromString, type PackResolver, type PackSourceFile } from './load.js';
import { MAX_PACK_BYTES, parsePackSource } from './parse.js';
import type { CompiledPack } from './types.js';

/** One bundled pack, as listed by {@link listBundledPacks}. */
export interface BundledPackInfo {
  /** The pack id, such as `working-together-2018`. */
  id: string;
  /** The pack's title. */
  title: string;
  /** The body that issued the document, such as "Calderdale Council". */
  authority: string;
  /** The pack it builds on, if any. */
  extends?: string;
  /** Absolute path of the YAML file. */
  file: string;
  /** Rules written in this pack itself (inherited rules not counted). */
  ruleCount: number;
}

/** Options for {@link loadPack}. */
export interface LoadPackFileOptions {
  /** Directory relative paths are resolved against, and shown relative to. Defaults to `process.cwd()`. */
  cwd?: string;
}

/**
 * Thrown by {@link loadPackOrThrow}: the pack has errors. `issues` holds all of them; the
 * message is the first, formatted as `file:line:col path: message`.
 */
export class PackLoadError extends Error {
  /** Always `'PackLoadError'`. */
  override readonly name = 'PackLoadError';
  /** Every issue found, errors and warnings. */
  readonly issues: PackIssue[];

  constructor(issues: PackIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const first = errors[0] ?? issues[0];
    super(first ? `${formatPackIssue(first)}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}` : 'the pack could not be loaded');
    this.issues = issues;
  }
}

/** The directory this module was loaded from, in the ESM and the CJS builds alike. */
function moduleDirectory(): string {
  // import.meta.url first: eval'd code and some worker set a global __dirname of '.'.
  // (The CJS build shims import.meta.url from __filename.)
  const url = import.meta.url;
  if (url) return dirname(fileURLToPath(url));
  return __dirname;
}

/**
 * The package's `rulepacks/` folder. Works from the sources (`src/pack/`, under tsx or
 * vitest) and from the build (`dist/`), in ESM and CJS.
 *
 * @example
 * bundledPacksDir(); //=> '/…/node_modules/csc-timescales/rulepacks'
 */
export function bundledPacksDir(): string {
  const here = moduleDirectory();
  const candidates = [join(here, '..', 'rulepacks'), join(here, '..', '..', 'rulepacks')];
  return candidates.find((dir) => existsSync(join(dir, '..', 'package.json')) && existsSync(dir)) ?? candidates[0]!;
}

/**
 * The packs shipped in `rulepacks/`, sorted by id. Reads only each file's header, so a
 * pack with errors is still listed (run {@link loadPack} to check it).
 *
 * @example
 * listBundledPacks().map((p) => p.id); //=> ['calderdale', 'working-together-2018', ...]
 */
export function listBundledPacks(): BundledPackInfo[] {
  const dir = bundledPacksDir();
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => join(dir, entry.name));
  return files
    .map((file): BundledPackInfo => {
      const stem = basename(file).replace(/\.ya?ml$/i, '');
      const read = readPackFile(file, file);
      const parsed = 'source' in read ? parsePackSource(read.source, file) : undefined;
      const data = parsed?.ok ? (parsed.source.data as Record<string, unknown> | null) : null;
      const text = (key: string) => (data && typeof data[key] === 'string' ? (data[key] as string) : undefined);
      const base = text('extends');
      return {
        id: text('id') ?? stem,
        title: text('title') ?? '(cannot be read: run `csc-timescales validate` on it)',
        authority: text('authority') ?? '',
        ...(base !== undefined ? { extends: base } : {}),
        file,
        ruleCount: data && Array.isArray(data['rules']) ? data['rules'].length : 0,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Loads a pack from a file path (anything ending `.yaml` / `.yml` or containing a slash) or
 * a bundled pack id. `extends` is resolved first beside the file, then among the bundled
 * packs. Never throws for bad input; see {@link loadPackOrThrow}.
 *
 * @example
 * const result = loadPack('working-together-2018');
 * const mine = loadPack('./packs/calderdale.yaml'); // may extend working-together-2018
 * if (!mine.ok) console.error(mine.issues.map(formatPackIssue).join('\n'));
 */
export function loadPack(idOrPath: string, options: LoadPackFileOptions = {}): LoadPackResult {
  const cwd = options.cwd ?? process.cwd();
  const labels = new Map<string, string>();
  const label = (absolute: string) => {
    const rel = relative(cwd, absolute);
    const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
    labels.set(shown, absolute);
    return shown;
  };

  let absolute: string;
  let expectedId: string | undefined;
  if (isPackPath(idOrPath)) {
    absolute = resolvePath(cwd, idOrPath);
  } else {
    absolute = join(bundledPacksDir(), `${idOrPath}.yaml`);
    expectedId = idOrPath;
    if (!existsSync(absolute)) {
      const known = listBundledPacks().map((p) => p.id);
      const list = known.length ? `bundled packs: ${known.join(', ')}` : 'no packs are bundled';
      return { ok: false, issues: [noPosition('unknown_pack', idOrPath, `there is no bundled pack "${idOrPath}" (${list}); to load a file, give its path ending .yaml`)] };
    }
  }
  const file = isPackPath(idOrPath) ? idOrPath : label(absolute);
  labels.set(file, absolute);
  const read = readPackFile(absolute, file);
  if ('issue' in read) return { ok: false, issues: [read.issue] };

  const resolve: PackResolver = (id, fromFile) => {
    const from = fromFile !== undefined ? labels.get(fromFile) : undefined;
    const candidates = [
      ...(from ? [join(dirname(from), `${id}.yaml`), join(dirname(from), `${id}.yml`)] : []),
      join(bundledPacksDir(), `${id}.yaml`),
    ];
    const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (!found) return undefined;
    const result = readPackFile(found, label(found));
    return 'source' in result ? result : undefined;
  };
  return loadPackFromString(read.source, { file, resolve, ...(expectedId !== undefined ? { expectedId } : {}) });
}

/**
 * Like {@link loadPack} but returns the compiled pack or throws {@link PackLoadError}
 * (warnings are dropped). Convenient for the CLI and scripts.
 *
 * @example
 * const pack = loadPackOrThrow('working-together-2018');
 */
export function loadPackOrThrow(idOrPath: string, options: LoadPackFileOptions = {}): CompiledPack {
  const result = loadPack(idOrPath, options);
  if (!result.ok) throw new PackLoadError(result.issues);
  return result.pack;
}

/**
 * True when the argument names a file rather than a bundled pack id: it ends `.yaml` or
 * `.yml`, or contains a path separator.
 *
 * @example
 * isPackPath('calderdale'); //=> false (a bundled pack id)
 * isPackPath('calderdale.yaml'); //=> true
 * isPackPath('packs/local'); //=> true
 */
export function isPackPath(idOrPath: string): boolean {
  return /\.ya?ml$/i.test(idOrPath) || idOrPath.includes('/') || idOrPath.includes('\\');
}

/** Reads a pack file, refusing one over the size limit before reading it. */
function readPackFile(absolute: string, file: string): PackSourceFile | { issue: PackIssue } {
  let size: number;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) return { issue: noPosition('file_unreadable', file, 'is not a file') };
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { issue: noPosition(code === 'ENOENT' ? 'file_not_found' : 'file_unreadable', file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})`) };
  }
  if (size > MAX_PACK_BYTES) {
    return {
      issue: { ...noPosition('file_too_large', file, `the file is ${(size / 1024 / 1024).toFixed(1)} MiB; packs over 2 MiB are refused (is this the right file?)`), line: 1, column: 1 },
    };
  }
  try {
    return { source: readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''), file };
  } catch (error) {
    return { issue: noPosition('file_unreadable', file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`) };
  }
}

function noPosition(code: PackIssueCode, file: string, message: string): PackIssue {
  return { code, severity: 'error', file, line: 0, column: 0, path: '', message };
}
