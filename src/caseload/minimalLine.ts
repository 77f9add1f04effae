// A minimal result written straight to UTF-8 bytes, as one NDJSON line. Serialising was as
// costly as the engine itself; this writes exactly the text JSON.stringify would (tests hold
// the two equal), filling the buffer in place with each rule's opening bytes cached.
import type { MinimalEvaluationResult, MinimalObligationInstance } from '../engine/types.js';
import { asciiBytes, ByteWriter, putAscii as ascii, putBytes as put, putNumber as num } from './byteWriter.js';

const encoder = new TextEncoder();

/** `{"rule":"<id>","trigger":` for each rule id met so far (ids come from a few packs). */
const ruleOpenings = new Map<string, Uint8Array>();

function ruleOpening(rule: string): Uint8Array {
  let bytes = ruleOpenings.get(rule);
  if (bytes === undefined) {
    bytes = encoder.encode(`{"rule":${JSON.stringify(rule)},"trigger":`);
    if (ruleOpenings.size < 100_000) ruleOpenings.set(rule, bytes);
  }
  return bytes;
}

// Dates, instants, statuses and units are the engine's own and never need escaping: they
// are copied as ASCII. Text from outside the engine goes through the writer's checked path.

function quoted(b: Uint8Array, p: number, s: string): number {
  b[p++] = 34;
  p = ascii(b, p, s);
  b[p++] = 34;
  return p;
}

/** `,"key":<number>` when the value is present (JSON leaves undefined fields out). */
function optionalNumber(b: Uint8Array, p: number, key: Uint8Array, v: number | undefined): number {
  return v === undefined ? p : num(b, put(b, p, key), v);
}

/** An event position (number) or a birthday date (engine-made string). */
function ref(b: Uint8Array, p: number, r: number | string): number {
  return typeof r === 'number' ? num(b, p, r) : quoted(b, p, r);
}

const DUE_NULL = asciiBytes(',"due":null');
const DUE = asciiBytes(',"due":"');
const DUE_INSTANT = asciiBytes(',"dueInstant":');
const VARIANT = asciiBytes(',"variant":');

/** `,"status":"<status>","breach":<breach>` for each status and breach met so far: one copy, not four pieces. */
const statusPieces = new Map<string, [breachFalse: Uint8Array, breachTrue: Uint8Array]>();

function statusPiece(status: string, breach: boolean): Uint8Array {
  let pair = statusPieces.get(status);
  if (pair === undefined) {
    // Statuses are the engine's own few words; the cap only guards against a caller's object.
    const text = `,"status":${JSON.stringify(status)},"breach":`;
    pair = [encoder.encode(`${text}false`), encoder.encode(`${text}true`)];
    if (statusPieces.size < 64) statusPieces.set(status, pair);
  }
  return pair[breach ? 1 : 0];
}
const SATISFIED_BY = asciiBytes(',"satisfiedBy":');
const CANCELLED_BY = asciiBytes(',"cancelledBy":');
const LATENESS = asciiBytes(',"lateness":{"amount":');
const UNIT = asciiBytes(',"unit":"');
const CALENDAR_DAYS = asciiBytes('","calendarDays":');
const OCCURRENCE = asciiBytes(',"occurrence":');
const PHASE = asciiBytes(',"phase":');
const BREACH_REASON_TRUE = asciiBytes(',"breachReason":{"recorded":true');
const BREACH_REASON_FALSE = asciiBytes(',"breachReason":{"recorded":false');
const REASON_EVENT = asciiBytes(',"event":');
const PROJECTED_TRUE = asciiBytes(',"projected":true');
const PROJECTED_FALSE = asciiBytes(',"projected":false');

/** Room for everything in an instance but its rule opening and variant label (about 410 at most). */
const INSTANCE_ROOM = 512;

function writeInstance(out: ByteWriter, i: MinimalObligationInstance, comma: boolean): void {
  const opening = ruleOpening(i.rule);
  out.room(opening.length + INSTANCE_ROOM);
  let b = out.buf;
  let p = out.pos;
  if (comma) b[p++] = 44;
  p = put(b, p, opening);
  p = ref(b, p, i.trigger);
  if (i.due === null) p = put(b, p, DUE_NULL);
  else {
    p = put(b, p, DUE);
    p = ascii(b, p, i.due);
    b[p++] = 34;
  }
  if (i.dueInstant !== undefined) {
    p = put(b, p, DUE_INSTANT);
    p = quoted(b, p, i.dueInstant);
  }
  if (i.variant !== undefined) {
    // A label from the pack: any text, so through the checked path, then room again.
    out.pos = p;
    out.bytes(VARIANT);
    out.string(i.variant);
    out.room(INSTANCE_ROOM);
    b = out.buf;
    p = out.pos;
  }
  p = put(b, p, statusPiece(i.status, i.breach));
  p = optionalNumber(b, p, SATISFIED_BY, i.satisfiedBy);
  if (i.cancelledBy !== undefined) {
    p = put(b, p, CANCELLED_BY);
    p = ref(b, p, i.cancelledBy);
  }
  const late = i.lateness;
  if (late !== undefined) {
    p = put(b, p, LATENESS);
    p = num(b, p, late.amount);
    p = put(b, p, UNIT);
    p = ascii(b, p, late.unit);
    p = put(b, p, CALENDAR_DAYS);
    p = num(b, p, late.calendarDays);
    b[p++] = 125;
  }
  p = optionalNumber(b, p, OCCURRENCE, i.occurrence);
  p = optionalNumber(b, p, PHASE, i.phase);
  const reason = i.breachReason;
  if (reason !== undefined) {
    p = put(b, p, reason.recorded ? BREACH_REASON_TRUE : BREACH_REASON_FALSE);
    p = optionalNumber(b, p, REASON_EVENT, reason.event);
    b[p++] = 125;
  }
  if (i.projected !== undefined) p = put(b, p, i.projected ? PROJECTED_TRUE : PROJECTED_FALSE);
  b[p++] = 125;
  out.pos = p;
}

const OPEN_CASE = asciiBytes('{"caseId":');
const AS_OF = asciiBytes(',"asOf":');
const DETAIL_PACK = asciiBytes(',"detail":"minimal","pack":{"id":');
const VERSION = asciiBytes(',"version":');
const INSTANCES = asciiBytes('},"instances":[');
const UNUSED = asciiBytes('],"unusedEvents":[');
const WARNINGS = asciiBytes('],"warnings":[');
const CLOSE_LINE = asciiBytes(']}\n');

/**
 * Appends a minimal result as one NDJSON line: exactly `JSON.stringify(result) + '\n'`, for
 * results as the engine makes them (its key order; fields it leaves undefined are left out,
 * as JSON does; dates, instants, statuses and units as the engine writes them).
 */
export function writeMinimalLine(out: ByteWriter, result: MinimalEvaluationResult): void {
  // The case id, as-of, pack and warnings come from outside the engine: checked strings.
  out.bytes(OPEN_CASE);
  out.string(result.caseId);
  out.bytes(AS_OF);
  out.string(result.asOf);
  out.bytes(DETAIL_PACK);
  out.string(result.pack.id);
  out.bytes(VERSION);
  out.string(result.pack.version);
  out.bytes(INSTANCES);
  const instances = result.instances;
  for (let k = 0; k < instances.length; k++) writeInstance(out, instances[k]!, k > 0);
  out.bytes(UNUSED);
  const unused = result.unusedEvents;
  for (let k = 0; k < unused.length; k++) {
    if (k > 0) out.char(44);
    out.number(unused[k]!);
  }
  out.bytes(WARNINGS);
  const warnings = result.warnings;
  for (let k = 0; k < warnings.length; k++) {
    if (k > 0) out.char(44);
    out.string(warnings[k]!);
  }
  out.bytes(CLOSE_LINE);
}
