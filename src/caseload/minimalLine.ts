// A minimal result written straight to UTF-8 bytes, as one NDJSON line. Serialising was as
// costly as the engine itself; this writes exactly the text JSON.stringify would (tests hold
// the two equal), filling the buffer in place with each rule's opening bytes cached.
import type { MinimalEvaluationResult, MinimalObligationInstance } from '../engine/types.js';
import { ByteWriter, putBytes as put, putNumber as num } from './byteWriter.js';
import {
  BREACH_REASON_FALSE,
  BREACH_REASON_TRUE,
  CANCELLED_BY,
  encodedByKey,
  FIXED_PIECES_ROOM,
  OCCURRENCE,
  optionalNumber,
  PHASE,
  quoted,
  REASON_EVENT,
  SATISFIED_BY,
  VARIANT,
  writeDue,
  writeLateness,
  writeProjected,
  writeResultEnd,
  writeResultOpening,
  writeStatus,
} from './linePieces.js';

/** `{"rule":"<id>","trigger":` for each rule id (ids come from a few packs). */
const ruleOpening = encodedByKey(100_000, (rule) => `{"rule":${JSON.stringify(rule)},"trigger":`);

/** An event position (number) or a birthday date (engine-made string). */
function ref(b: Uint8Array, p: number, r: number | string): number {
  return typeof r === 'number' ? num(b, p, r) : quoted(b, p, r);
}

/** Room for everything in an instance but its rule opening and variant label (about 410 at most). */
const INSTANCE_ROOM = 2 * FIXED_PIECES_ROOM;

function writeInstance(out: ByteWriter, i: MinimalObligationInstance, comma: boolean): void {
  const opening = ruleOpening(i.rule);
  out.room(opening.length + INSTANCE_ROOM);
  let b = out.buf;
  let p = out.pos;
  if (comma) b[p++] = 44;
  p = put(b, p, opening);
  p = ref(b, p, i.trigger);
  p = writeDue(b, p, i.due, i.dueInstant);
  if (i.variant !== undefined) {
    // A label from the pack: any text, so through the checked path, then room again.
    out.pos = p;
    out.bytes(VARIANT);
    out.string(i.variant);
    out.room(INSTANCE_ROOM);
    b = out.buf;
    p = out.pos;
  }
  p = writeStatus(b, p, i.status, i.breach);
  p = optionalNumber(b, p, SATISFIED_BY, i.satisfiedBy);
  if (i.cancelledBy !== undefined) p = ref(b, put(b, p, CANCELLED_BY), i.cancelledBy);
  p = writeLateness(b, p, i.lateness);
  p = optionalNumber(b, p, OCCURRENCE, i.occurrence);
  p = optionalNumber(b, p, PHASE, i.phase);
  const reason = i.breachReason;
  if (reason !== undefined) {
    p = put(b, p, reason.recorded ? BREACH_REASON_TRUE : BREACH_REASON_FALSE);
    p = optionalNumber(b, p, REASON_EVENT, reason.event);
    b[p++] = 125;
  }
  p = writeProjected(b, p, i.projected);
  b[p++] = 125;
  out.pos = p;
}

function writePosition(out: ByteWriter, position: number): void {
  out.number(position);
}

/**
 * Appends a minimal result as one NDJSON line: exactly `JSON.stringify(result) + '\n'`, for
 * results as the engine makes them (its key order; fields it leaves undefined are left out,
 * as JSON does; dates, instants, statuses and units as the engine writes them).
 */
export function writeMinimalLine(out: ByteWriter, result: MinimalEvaluationResult): void {
  writeResultOpening(out, result, 'minimal');
  const instances = result.instances;
  for (let k = 0; k < instances.length; k++) writeInstance(out, instances[k]!, k > 0);
  writeResultEnd(out, result.unusedEvents, writePosition, result.warnings);
}
