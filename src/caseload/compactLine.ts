// A compact result written straight to UTF-8 bytes, as one NDJSON line: exactly the text
// JSON.stringify would write (tests hold the two equal). The fields an instance takes from its
// rule (obligation, title, roles, level, variant label) are encoded once per rule and variant
// and copied; references to the case's events go through the writer's checked path, since the
// event types and `at` values come from the case.
import type { CompactEvaluationResult, CompactObligationInstance, EventRef, TriggerRef } from '../engine/types.js';
import { ByteWriter, asciiBytes, putBytes as put } from './byteWriter.js';
import {
  BREACH_REASON_FALSE,
  BREACH_REASON_TRUE,
  CANCELLED_BY,
  FIXED_PIECES_ROOM,
  OCCURRENCE,
  optionalNumber,
  PHASE,
  REASON_EVENT,
  SATISFIED_BY,
  writeDue,
  writeLateness,
  writeProjected,
  writeResultEnd,
  writeResultOpening,
  writeStatus,
} from './linePieces.js';

const encoder = new TextEncoder();

/** The rule's part of an instance, encoded: what it was made from, and its three pieces. */
interface RulePieces {
  obligation: string;
  rule: string;
  pack: string;
  title: string;
  variant: string | undefined;
  responsible: readonly string[];
  level: string;
  /** `{"obligation":...,"rule":...,"pack":...,"title":...,"trigger":` */
  opening: Uint8Array;
  /** `,"variant":"<label>"`, or nothing. */
  variantPiece: Uint8Array;
  /** `,"responsible":[...],"level":"..."` */
  roles: Uint8Array;
}

/** Pieces by rule id; a rule with variants has one entry per variant seen. */
const piecesByRule = new Map<string, RulePieces[]>();
let piecesCount = 0;

/** The instance's rule pieces, made on first sight; undefined for an instance not shaped as the engine makes them. */
function rulePieces(i: CompactObligationInstance): RulePieces | undefined {
  const known = piecesByRule.get(i.rule);
  if (known !== undefined) {
    for (const k of known) {
      // The engine hands every instance of a rule (and variant) the same strings and role list.
      if (k.title === i.title && k.responsible === i.responsible && k.variant === i.variant && k.level === i.level && k.obligation === i.obligation && k.pack === i.pack) return k;
    }
  }
  const { obligation, rule, pack, title, variant, responsible, level } = i;
  if (typeof obligation !== 'string' || typeof rule !== 'string' || typeof pack !== 'string' || typeof title !== 'string' || typeof level !== 'string' || !Array.isArray(responsible)) return undefined;
  const roles = JSON.stringify({ responsible, level });
  const pieces: RulePieces = {
    obligation,
    rule,
    pack,
    title,
    variant,
    responsible,
    level,
    opening: encoder.encode(`${JSON.stringify({ obligation, rule, pack, title }).slice(0, -1)},"trigger":`),
    variantPiece: variant === undefined ? new Uint8Array(0) : encoder.encode(`,"variant":${JSON.stringify(variant)}`),
    roles: encoder.encode(`,${roles.slice(1, -1)}`),
  };
  // A cap, so that a long-running process fed endless distinct rules cannot grow without end.
  if (piecesCount < 100_000) {
    piecesCount++;
    if (known) known.push(pieces);
    else piecesByRule.set(rule, [pieces]);
  }
  return pieces;
}

const REF_EVENT = asciiBytes('{"event":');
const REF_DATE = asciiBytes(',"date":');
const REF_AT = asciiBytes(',"at":');
const REF_INDEX = asciiBytes(',"index":');

/** An event reference (`{event, date, at, index}`) or a birthday's (`{event, date}`), in the engine's key order. */
function writeRef(out: ByteWriter, ref: TriggerRef | EventRef): void {
  out.bytes(REF_EVENT);
  out.string(ref.event);
  out.bytes(REF_DATE);
  out.string(ref.date);
  if (ref.at !== undefined) {
    out.bytes(REF_AT);
    out.string(ref.at);
  }
  if (ref.index !== undefined) {
    out.bytes(REF_INDEX);
    out.number(ref.index);
  }
  out.char(125);
}

function writeInstance(out: ByteWriter, i: CompactObligationInstance, comma: boolean): void {
  const pieces = rulePieces(i);
  if (comma) out.char(44);
  if (pieces === undefined) {
    out.text(JSON.stringify(i));
    return;
  }
  out.bytes(pieces.opening);
  writeRef(out, i.trigger);
  // Engine-made fields from here to the roles: filled in place after one room check.
  out.room(pieces.variantPiece.length + FIXED_PIECES_ROOM);
  let b = out.buf;
  let p = writeDue(b, out.pos, i.due, i.dueInstant);
  p = put(b, p, pieces.variantPiece);
  p = writeStatus(b, p, i.status, i.breach);
  out.pos = p;
  if (i.satisfiedBy !== undefined) {
    out.bytes(SATISFIED_BY);
    writeRef(out, i.satisfiedBy);
  }
  if (i.cancelledBy !== undefined) {
    out.bytes(CANCELLED_BY);
    writeRef(out, i.cancelledBy);
  }
  out.room(pieces.roles.length + FIXED_PIECES_ROOM);
  b = out.buf;
  p = writeLateness(b, out.pos, i.lateness);
  p = put(b, p, pieces.roles);
  p = optionalNumber(b, p, OCCURRENCE, i.occurrence);
  p = optionalNumber(b, p, PHASE, i.phase);
  out.pos = p;
  const reason = i.breachReason;
  if (reason !== undefined) {
    out.bytes(reason.recorded ? BREACH_REASON_TRUE : BREACH_REASON_FALSE);
    if (reason.event !== undefined) {
      out.bytes(REASON_EVENT);
      writeRef(out, reason.event);
    }
    out.char(125);
  }
  out.room(FIXED_PIECES_ROOM);
  out.pos = writeProjected(out.buf, out.pos, i.projected);
  out.char(125);
}

/**
 * Appends a compact result as one NDJSON line: exactly `JSON.stringify(result) + '\n'`, for
 * results as the engine makes them (its key order; fields it leaves undefined are left out,
 * as JSON does; dates, instants, statuses and units as the engine writes them).
 */
export function writeCompactLine(out: ByteWriter, result: CompactEvaluationResult): void {
  writeResultOpening(out, result, 'compact');
  const instances = result.instances;
  for (let k = 0; k < instances.length; k++) writeInstance(out, instances[k]!, k > 0);
  writeResultEnd(out, result.unusedEvents, writeRef, result.warnings);
}
