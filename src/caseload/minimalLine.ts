// A minimal result written straight to UTF-8 bytes, as one NDJSON line. JSON.stringify was
// the largest cost of a caseload run after the engine; this writes the same text, byte for
// byte (tests hold the two equal), with each rule's opening bytes cached.
import type { MinimalEvaluationResult, MinimalObligationInstance } from '../engine/types.js';
import { asciiBytes, ByteWriter } from './byteWriter.js';

const OPEN_CASE = asciiBytes('{"caseId":');
const AS_OF = asciiBytes(',"asOf":');
const DETAIL_PACK = asciiBytes(',"detail":"minimal","pack":{"id":');
const VERSION = asciiBytes(',"version":');
const INSTANCES = asciiBytes('},"instances":[');
const UNUSED = asciiBytes('],"unusedEvents":[');
const WARNINGS = asciiBytes('],"warnings":[');
const CLOSE_LINE = asciiBytes(']}\n');
const DUE_NULL = asciiBytes(',"due":null');
const DUE = asciiBytes(',"due":');
const DUE_INSTANT = asciiBytes(',"dueInstant":');
const VARIANT = asciiBytes(',"variant":');
const STATUS = asciiBytes(',"status":');
const BREACH_TRUE = asciiBytes(',"breach":true');
const BREACH_FALSE = asciiBytes(',"breach":false');
const SATISFIED_BY = asciiBytes(',"satisfiedBy":');
const CANCELLED_BY = asciiBytes(',"cancelledBy":');
const LATENESS = asciiBytes(',"lateness":{"amount":');
const UNIT = asciiBytes(',"unit":');
const CALENDAR_DAYS = asciiBytes(',"calendarDays":');
const OCCURRENCE = asciiBytes(',"occurrence":');
const PHASE = asciiBytes(',"phase":');
const BREACH_REASON = asciiBytes(',"breachReason":{"recorded":');
const REASON_EVENT = asciiBytes(',"event":');
const PROJECTED = asciiBytes(',"projected":');
const TRUE = asciiBytes('true');
const FALSE = asciiBytes('false');

/** `{"rule":"<id>","trigger":` for each rule id met so far (ids come from a few packs). */
const ruleOpenings = new Map<string, Uint8Array>();

function ruleOpening(rule: string): Uint8Array {
  let bytes = ruleOpenings.get(rule);
  if (bytes === undefined) {
    bytes = new TextEncoder().encode(`{"rule":${JSON.stringify(rule)},"trigger":`);
    if (ruleOpenings.size < 100_000) ruleOpenings.set(rule, bytes);
  }
  return bytes;
}

function positionOrDate(out: ByteWriter, ref: number | string): void {
  if (typeof ref === 'number') out.number(ref);
  else out.string(ref);
}

function writeInstance(out: ByteWriter, i: MinimalObligationInstance): void {
  out.bytes(ruleOpening(i.rule));
  positionOrDate(out, i.trigger);
  if (i.due === null) out.bytes(DUE_NULL);
  else {
    out.bytes(DUE);
    out.string(i.due);
  }
  if (i.dueInstant !== undefined) {
    out.bytes(DUE_INSTANT);
    out.string(i.dueInstant);
  }
  if (i.variant !== undefined) {
    out.bytes(VARIANT);
    out.string(i.variant);
  }
  out.bytes(STATUS);
  out.string(i.status);
  out.bytes(i.breach ? BREACH_TRUE : BREACH_FALSE);
  if (i.satisfiedBy !== undefined) {
    out.bytes(SATISFIED_BY);
    out.number(i.satisfiedBy);
  }
  if (i.cancelledBy !== undefined) {
    out.bytes(CANCELLED_BY);
    positionOrDate(out, i.cancelledBy);
  }
  if (i.lateness !== undefined) {
    out.bytes(LATENESS);
    out.number(i.lateness.amount);
    out.bytes(UNIT);
    out.string(i.lateness.unit);
    out.bytes(CALENDAR_DAYS);
    out.number(i.lateness.calendarDays);
    out.char(125);
  }
  if (i.occurrence !== undefined) {
    out.bytes(OCCURRENCE);
    out.number(i.occurrence);
  }
  if (i.phase !== undefined) {
    out.bytes(PHASE);
    out.number(i.phase);
  }
  if (i.breachReason !== undefined) {
    out.bytes(BREACH_REASON);
    out.bytes(i.breachReason.recorded ? TRUE : FALSE);
    if (i.breachReason.event !== undefined) {
      out.bytes(REASON_EVENT);
      out.number(i.breachReason.event);
    }
    out.char(125);
  }
  if (i.projected !== undefined) {
    out.bytes(PROJECTED);
    out.bytes(i.projected ? TRUE : FALSE);
  }
  out.char(125);
}

/**
 * Appends a minimal result as one NDJSON line: exactly `JSON.stringify(result) + '\n'`, for
 * results as the engine makes them (fields it leaves undefined are left out, as JSON does).
 */
export function writeMinimalLine(out: ByteWriter, result: MinimalEvaluationResult): void {
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
  for (let k = 0; k < instances.length; k++) {
    if (k > 0) out.char(44);
    writeInstance(out, instances[k]!);
  }
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
