// The pieces minimal and compact result lines share, written straight to UTF-8 bytes exactly
// as JSON.stringify would write them (the engine's key order; undefined fields left out).
// Dates, instants, statuses and units are the engine's own and never need escaping: they are
// copied as ASCII. Text from outside the engine goes through the writer's checked path.
import type { AnyEvaluationResult, Lateness } from '../engine/types.js';
import { asciiBytes, ByteWriter, putAscii as ascii, putBytes as put, putNumber as num } from './byteWriter.js';

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of `make(key)`, encoded once per key. At most `limit` keys are kept, since
 * some keys come from the input (event types) and a long-running process must not grow without end.
 */
export function encodedByKey(limit: number, make: (key: string) => string): (key: string) => Uint8Array {
  const cache = new Map<string, Uint8Array>();
  return (key) => {
    let bytes = cache.get(key);
    if (bytes === undefined) {
      bytes = encoder.encode(make(key));
      if (cache.size < limit) cache.set(key, bytes);
    }
    return bytes;
  };
}

/** Writes an engine-made ASCII string, quoted. */
export function quoted(b: Uint8Array, p: number, s: string): number {
  b[p++] = 34;
  p = ascii(b, p, s);
  b[p++] = 34;
  return p;
}

/** `,"key":<number>` when the value is present (JSON leaves undefined fields out). */
export function optionalNumber(b: Uint8Array, p: number, key: Uint8Array, v: number | undefined): number {
  return v === undefined ? p : num(b, put(b, p, key), v);
}

export const DUE_NULL = asciiBytes(',"due":null');
export const DUE = asciiBytes(',"due":"');
export const DUE_INSTANT = asciiBytes(',"dueInstant":');
export const VARIANT = asciiBytes(',"variant":');
export const SATISFIED_BY = asciiBytes(',"satisfiedBy":');
export const CANCELLED_BY = asciiBytes(',"cancelledBy":');
export const OCCURRENCE = asciiBytes(',"occurrence":');
export const PHASE = asciiBytes(',"phase":');
export const BREACH_REASON_TRUE = asciiBytes(',"breachReason":{"recorded":true');
export const BREACH_REASON_FALSE = asciiBytes(',"breachReason":{"recorded":false');
export const REASON_EVENT = asciiBytes(',"event":');
const PROJECTED_TRUE = asciiBytes(',"projected":true');
const PROJECTED_FALSE = asciiBytes(',"projected":false');
const LATENESS = asciiBytes(',"lateness":{"amount":');
const UNIT = asciiBytes(',"unit":"');
const CALENDAR_DAYS = asciiBytes('","calendarDays":');

/** The most bytes {@link writeDue}, {@link writeStatus}, {@link writeLateness} and {@link writeProjected} write together (about 200). */
export const FIXED_PIECES_ROOM = 256;

/** `,"due":"<date>"` or `,"due":null`, then `,"dueInstant":"<instant>"` when there is one. */
export function writeDue(b: Uint8Array, p: number, due: string | null, dueInstant: string | undefined): number {
  if (due === null) p = put(b, p, DUE_NULL);
  else {
    p = put(b, p, DUE);
    p = ascii(b, p, due);
    b[p++] = 34;
  }
  if (dueInstant !== undefined) p = quoted(b, put(b, p, DUE_INSTANT), dueInstant);
  return p;
}

/** `,"status":"<status>","breach":<breach>` for each status and breach met so far: one copy, not four pieces. */
const statusPieces = new Map<string, [breachFalse: Uint8Array, breachTrue: Uint8Array]>();

export function writeStatus(b: Uint8Array, p: number, status: string, breach: boolean): number {
  let pair = statusPieces.get(status);
  if (pair === undefined) {
    // Statuses are the engine's own few words; the cap only guards against a caller's object.
    const text = `,"status":${JSON.stringify(status)},"breach":`;
    pair = [encoder.encode(`${text}false`), encoder.encode(`${text}true`)];
    if (statusPieces.size < 64) statusPieces.set(status, pair);
  }
  return put(b, p, pair[breach ? 1 : 0]);
}

/** `,"lateness":{...}` when there is one. */
export function writeLateness(b: Uint8Array, p: number, late: Lateness | undefined): number {
  if (late === undefined) return p;
  p = num(b, put(b, p, LATENESS), late.amount);
  p = ascii(b, put(b, p, UNIT), late.unit);
  p = num(b, put(b, p, CALENDAR_DAYS), late.calendarDays);
  b[p++] = 125;
  return p;
}

/** `,"projected":<flag>` when set. */
export function writeProjected(b: Uint8Array, p: number, projected: boolean | undefined): number {
  return projected === undefined ? p : put(b, p, projected ? PROJECTED_TRUE : PROJECTED_FALSE);
}

const OPEN_CASE = asciiBytes('{"caseId":');
const AS_OF = asciiBytes(',"asOf":');
/** What follows the as-of date: the detail level (full results have none), then the pack. */
const DETAIL_PACK: Record<'minimal' | 'compact' | 'full', Uint8Array> = {
  minimal: asciiBytes(',"detail":"minimal","pack":{"id":'),
  compact: asciiBytes(',"detail":"compact","pack":{"id":'),
  full: asciiBytes(',"pack":{"id":'),
};
const VERSION = asciiBytes(',"version":');
const INSTANCES = asciiBytes('},"instances":[');
const UNUSED = asciiBytes('],"unusedEvents":[');
const WARNINGS = asciiBytes('],"warnings":[');
const CLOSE_LINE = asciiBytes(']}\n');

/** A result's opening, up to and including `"instances":[`. */
export function writeResultOpening(out: ByteWriter, result: AnyEvaluationResult, detail: 'minimal' | 'compact' | 'full'): void {
  // The case id, as-of, pack and warnings come from outside the engine: checked strings.
  out.bytes(OPEN_CASE);
  out.string(result.caseId);
  out.bytes(AS_OF);
  out.string(result.asOf);
  out.bytes(DETAIL_PACK[detail]);
  out.string(result.pack.id);
  out.bytes(VERSION);
  out.string(result.pack.version);
  out.bytes(INSTANCES);
}

/** A result's end: the unused events (each written by `unused`), the warnings and the newline. */
export function writeResultEnd<T>(out: ByteWriter, unusedEvents: readonly T[], unused: (out: ByteWriter, event: T) => void, warnings: readonly string[]): void {
  out.bytes(UNUSED);
  for (let k = 0; k < unusedEvents.length; k++) {
    if (k > 0) out.char(44);
    unused(out, unusedEvents[k]!);
  }
  out.bytes(WARNINGS);
  for (let k = 0; k < warnings.length; k++) {
    if (k > 0) out.char(44);
    out.string(warnings[k]!);
  }
  out.bytes(CLOSE_LINE);
}
