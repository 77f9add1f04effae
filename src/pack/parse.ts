// Safe YAML parsing for rule packs: YAML 1.2 core schema only, no custom tags, bounded
// aliases, no prototype keys, duplicate keys refused, size capped.
import { LineCounter, isPair, isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { PackIssue, PackIssueCode } from './issues.js';
import { locateInDocument, type SourcePosition } from './locate.js';
import type { PackPath } from './path.js';
import { formatPackPath } from './path.js';

/** Packs larger than this (in UTF-8 bytes) are refused before parsing: 2 MiB. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Aliases (`*name`) allowed in one pack; more is treated as an alias bomb. */
export const MAX_PACK_ALIASES = 100;

/** Keys that could reach an object's prototype; refused anywhere in a pack. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A pack file parsed as YAML: the document (for positions) and its plain data. */
export interface PackSource {
  /** The file name shown in messages, such as `rulepacks/calderdale.yaml`. */
  file: string;
  /** The plain data (mappings as objects, sequences as arrays), not yet validated. */
  data: unknown;
  /** The parsed YAML document, kept for locating values. */
  doc: Document;
  /** Line starts of the source, for turning offsets into lines and columns. */
  lineCounter: LineCounter;
  /**
   * Where a path lives in the source, such as `{ line: 42, column: 7 }`. A missing path falls
   * back to its nearest ancestor; with `key: true` a mapping entry is located by its key.
   */
  locate(path: PackPath, options?: { key?: boolean }): SourcePosition;
  /** Builds an issue for this file located at `path`. */
  issue(code: PackIssueCode, path: PackPath, message: string, options?: { key?: boolean; severity?: PackIssue['severity'] }): PackIssue;
}

/** The answer of {@link parsePackSource}. */
export type ParsePackSourceResult =
  | {
      /** The YAML parsed safely. */
      ok: true;
      /** The parsed source, not yet checked against the schema. */
      source: PackSource;
      /** YAML warnings; the pack may still load. */
      warnings: PackIssue[];
    }
  | {
      /** The YAML could not be used. */
      ok: false;
      /** Every problem found. */
      issues: PackIssue[];
    };

/**
 * Parses a pack's YAML safely. Never throws for bad input.
 *
 * - Sources over {@link MAX_PACK_BYTES} are refused (`file_too_large`).
 * - YAML 1.2 core schema only: a tag such as `!foo` or `!!js/function` is an error
 *   (`unknown_tag`), even under a `%YAML 1.1` directive.
 * - Duplicate keys are errors (`duplicate_key`); more than {@link MAX_PACK_ALIASES} aliases
 *   are refused (`alias_limit`); `__proto__`, `constructor` and `prototype` keys are refused
 *   (`forbidden_key`).
 *
 * @example
 * const r = parsePackSource('id: a\nid: b\n', 'a.yaml');
 * // r.ok === false; formatPackIssue(r.issues[0]) => 'a.yaml:2:1: duplicate key "id": each key may appear only once in a mapping'
 */
export function parsePackSource(source: string, file: string): ParsePackSourceResult {
  const bytes = utf8Length(source);
  if (bytes > MAX_PACK_BYTES) {
    return {
      ok: false,
      issues: [
        {
          code: 'file_too_large',
          severity: 'error',
          file,
          line: 1,
          column: 1,
          path: '',
          message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB; packs over 2 MiB are refused (is this the right file?)`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    strict: true,
    keepSourceTokens: false,
  });
  const locate = (path: PackPath, options?: { key?: boolean }) => locateInDocument(doc, lineCounter, path, options);
  const issueAt = (offset: number, code: PackIssueCode, message: string, severity: PackIssue['severity'] = 'error'): PackIssue => {
    const { line, col } = lineCounter.linePos(offset);
    return { code, severity, file, line, column: col, path: '', message };
  };
  const issue: PackSource['issue'] = (code, path, message, options = {}) => {
    const { line, column } = locate(path, options);
    return { code, severity: options.severity ?? 'error', file, line, column, path: formatPackPath(path), message };
  };

  const issues: PackIssue[] = [];
  for (const error of doc.errors) issues.push(issueAt(error.pos[0], yamlErrorCode(error), yamlErrorMessage(error, (error.code === 'DUPLICATE_KEY' ? keyAt(doc, error.pos[0]) : undefined) ?? source.slice(error.pos[0], error.pos[1]))));
  for (const warning of doc.warnings) {
    const unknownTag = warning.code === 'TAG_RESOLVE_FAILED';
    issues.push(
      issueAt(
        warning.pos[0],
        unknownTag ? 'unknown_tag' : 'yaml_warning',
        unknownTag ? `${unknownTagMessage(source.slice(warning.pos[0], warning.pos[1]))}` : warning.message,
        unknownTag ? 'error' : 'warning',
      ),
    );
  }
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        issues.push(
          issueAt(
            pair.key.range?.[0] ?? 0,
            'forbidden_key',
            `the key "${String(pair.key.value)}" is not allowed in a pack (it could tamper with the program reading it)`,
          ),
        );
      }
    },
  });
  // A tab in the indentation throws the parser's recovery off for the rest of the block (a
  // dozen errors about compact mappings and implicit keys): report the tab alone.
  const tabs = tabIndentation(doc.errors, source, lineCounter, file);
  if (tabs.length > 0) return { ok: false, issues: tabs };
  // After a syntax error the parser's recovery can invent other problems (a misplaced tab
  // reads as a duplicate key): report the syntax errors alone, the author fixes them first.
  if (issues.some((i) => i.code === 'yaml_syntax')) return { ok: false, issues: firstSyntaxErrors(issues.filter((i) => i.code === 'yaml_syntax')) };
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_PACK_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    const failure: Error = error;
    const tooDeep = failure instanceof RangeError;
    const aliasBomb = !tooDeep && /excessive alias/i.test(failure.message);
    const code: PackIssueCode = aliasBomb ? 'alias_limit' : tooDeep ? 'too_deeply_nested' : 'yaml_syntax';
    const message = aliasBomb
      ? `too many aliases (*name): a pack may expand at most ${MAX_PACK_ALIASES}; write the values out instead`
      : tooDeep
        ? 'the YAML nests too deeply to read'
        : `YAML error: ${lowerFirst(failure.message)}`;
    return { ok: false, issues: [issueAt(0, code, message)] };
  }
  return { ok: true, source: { file, data, doc, lineCounter, locate, issue }, warnings: issues };
}

/** The message for a tab used as indentation. */
export const TAB_INDENT_MESSAGE = 'YAML does not allow tabs for indentation; use spaces';

/**
 * One issue per line whose indentation holds a tab, at the tab, when the parser stumbled
 * there: its own "tabs are not allowed" error, or a bad indent on a line indented with a tab
 * after spaces. Empty when no error is about a tab.
 */
function tabIndentation(errors: readonly YAMLError[], source: string, lineCounter: LineCounter, file: string): PackIssue[] {
  const issues: PackIssue[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    if (error.code !== 'TAB_AS_INDENT' && error.code !== 'BAD_INDENT') continue;
    const { line } = lineCounter.linePos(error.pos[0]);
    if (seen.has(line)) continue;
    const start = lineCounter.lineStarts[line - 1] ?? 0;
    const indent = /^[ \t]*/.exec(source.slice(start, start + 200))![0];
    const tab = indent.indexOf('\t');
    if (tab < 0 && error.code === 'BAD_INDENT') continue;
    seen.add(line);
    const column = tab >= 0 ? tab + 1 : lineCounter.linePos(error.pos[0]).col;
    issues.push({ code: 'yaml_syntax', severity: 'error', file, line, column, path: '', message: TAB_INDENT_MESSAGE });
  }
  return issues;
}

function yamlErrorCode(error: YAMLError): PackIssueCode {
  if (error.code === 'DUPLICATE_KEY') return 'duplicate_key';
  if (error.code === 'RESOURCE_EXHAUSTION') return 'too_deeply_nested';
  if (error.code === 'TAG_RESOLVE_FAILED') return 'unknown_tag';
  return 'yaml_syntax';
}

/** The text of the mapping key that starts at `offset`, if one does. */
function keyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** A message for a YAML error; `text` is the source text the error points at. */
function yamlErrorMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return `duplicate key "${text.trim()}": each key may appear only once in a mapping`;
    case 'RESOURCE_EXHAUSTION':
      return 'the YAML nests too deeply to read';
    case 'TAG_RESOLVE_FAILED':
      return unknownTagMessage(text);
    case 'MULTIPLE_DOCS':
      return 'a pack file holds one YAML document; remove the extra `---` section';
    default:
      return `YAML syntax error: ${lowerFirst(error.message)}`;
  }
}

function unknownTagMessage(tag: string): string {
  return `the tag ${tag.trim()} is not allowed: packs use plain YAML values only (no custom tags)`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The UTF-8 length when it is near the limit; otherwise a cheap bound on the same side of
 * the limit (a UTF-16 unit is 1 to 3 bytes), so small sources are never encoded.
 */
function utf8Length(source: string): number {
  if (source.length > MAX_PACK_BYTES) return source.length;
  if (source.length * 3 <= MAX_PACK_BYTES) return source.length;
  return new TextEncoder().encode(source).length;
}

// One early mistake (a stray backtick, a bad indent) makes the parser report every later
// line too; past the first few, the rest are noise the author cannot act on.
const MAX_SYNTAX_ERRORS = 5;

function firstSyntaxErrors(errors: PackIssue[]): PackIssue[] {
  if (errors.length <= MAX_SYNTAX_ERRORS) return errors;
  const shown = errors.slice(0, MAX_SYNTAX_ERRORS);
  const last = shown[shown.length - 1]!;
  shown.push({
    ...last,
    message: `and ${errors.length - MAX_SYNTAX_ERRORS} more YAML syntax errors after this one, probably caused by the first: fix it and validate again`,
  });
  return shown;
}
