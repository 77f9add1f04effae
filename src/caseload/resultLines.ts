// Full and compact results written straight to UTF-8 bytes, one NDJSON line each: exactly the
// text JSON.stringify would write (tests hold the two equal). The fields an instance takes from
// its rule (obligation, title, roles, level, variant label; for full results also the
// timescale, deadline and source) are encoded once per rule, variant and phase and copied;
// references to the case's events, and basis lines, go through the writer's checked path,
// since event types and `at` values come from the case.
import type { CompactEvaluationResult, CompactObligationInstance, EvaluationResult, EventRef, ObligationInstance, TriggerRef } from '../engine/types.js';
import { ByteWriter, asciiBytes, putBytes as put } from './byteWriter.js';
import {
  BREACH_REASON_FALSE,
  BREACH_REASON_TRUE,
  CANCELLED_BY,
  encodedByKey,
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

/** An instance at either level: compact ones leave out timescale, deadline, source and basis. */
type AnyInstance = CompactObligationInstance & Partial<Pick<ObligationInstance, 'timescale' | 'deadline' | 'source' | 'basis'>>;

/** The rule's part of an instance, encoded: what it was made from, and its three pieces. */
interface RulePieces {
  obligation: string;
  rule: string;
  pack: string;
  title: string;
  variant: string | undefined;
  responsible: readonly string[];
  level: string;
  timescale: string | undefined;
  deadline: ObligationInstance['deadline'] | undefined;
  source: ObligationInstance['source'] | undefined;
  /** `{"obligation":...,"rule":...,"pack":...,"title":...,"trigger":` */
  opening: Uint8Array;
  /** After the due date: `,"timescale":...,"deadline":...` (full results) and `,"variant":"<label>"`, each when present. */
  middle: Uint8Array;
  /** `,"responsible":[...],"level":"..."`, and `,"source":{...}` for full results. */
  roles: Uint8Array;
}

/** Pieces by rule id, for each detail level; a rule has one entry per variant and phase seen. */
const piecesByRule = { compact: new Map<string, RulePieces[]>(), full: new Map<string, RulePieces[]>() };
let piecesCount = 0;

/** `,` and the members of `object` as JSON.stringify writes them (undefined ones left out), or nothing. */
function members(object: Record<string, unknown>): string {
  const json = JSON.stringify(object);
  return json.length > 2 ? `,${json.slice(1, -1)}` : '';
}

/** The instance's rule pieces, made on first sight; undefined for an instance not shaped as the engine makes them. */
function rulePieces(i: AnyInstance, detail: 'compact' | 'full'): RulePieces | undefined {
  const byRule = piecesByRule[detail];
  const known = byRule.get(i.rule);
  if (known !== undefined) {
    for (const k of known) {
      // The engine hands every instance of a rule (variant, phase) the same strings, role list, deadline and source.
      if (k.title === i.title && k.responsible === i.responsible && k.variant === i.variant && k.level === i.level && k.source === i.source && k.deadline === i.deadline && k.timescale === i.timescale && k.obligation === i.obligation && k.pack === i.pack) return k;
    }
  }
  const { obligation, rule, pack, title, variant, responsible, level: ruleLevel, timescale, deadline, source } = i;
  if (typeof obligation !== 'string' || typeof rule !== 'string' || typeof pack !== 'string' || typeof title !== 'string' || !Array.isArray(responsible)) return undefined;
  const pieces: RulePieces = {
    obligation,
    rule,
    pack,
    title,
    variant,
    responsible,
    level: ruleLevel,
    timescale,
    deadline,
    source,
    opening: encoder.encode(`${JSON.stringify({ obligation, rule, pack, title }).slice(0, -1)},"trigger":`),
    middle: encoder.encode(members({ timescale, deadline, variant })),
    roles: encoder.encode(members({ responsible, level: ruleLevel, source })),
  };
  // A cap, so that a long-running process fed endless distinct rules cannot grow without end.
  if (piecesCount < 100_000) {
    piecesCount++;
    if (known) known.push(pieces);
    else byRule.set(rule, [pieces]);
  }
  return pieces;
}

/** `{"event":<type>,"date":` for each event type (a caseload has a few dozen). */
const refOpening = encodedByKey(10_000, (type) => `{"event":${JSON.stringify(type)},"date":`);

const REF_AT = asciiBytes(',"at":');
const REF_INDEX = asciiBytes(',"index":');

/** An event reference (`{event, date, at, index}`) or a birthday's (`{event, date}`), in the engine's key order. */
function writeRef(out: ByteWriter, ref: TriggerRef | EventRef): void {
  out.bytes(refOpening(ref.event));
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

const BASIS = asciiBytes(',"basis":');

function writeInstance(out: ByteWriter, i: AnyInstance, comma: boolean, detail: 'compact' | 'full'): void {
  const pieces = rulePieces(i, detail);
  if (comma) out.char(44);
  if (pieces === undefined) {
    out.text(JSON.stringify(i));
    return;
  }
  out.bytes(pieces.opening);
  writeRef(out, i.trigger);
  // Engine-made fields from here to the roles: filled in place after one room check.
  out.room(pieces.middle.length + FIXED_PIECES_ROOM);
  let b = out.buf;
  let p = writeDue(b, out.pos, i.due, i.dueInstant);
  p = put(b, p, pieces.middle);
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
  if (i.basis !== undefined) {
    out.bytes(BASIS);
    out.string(i.basis);
  }
  out.char(125);
}

function writeLine(out: ByteWriter, result: CompactEvaluationResult | EvaluationResult, detail: 'compact' | 'full'): void {
  writeResultOpening(out, result, detail);
  const instances: readonly AnyInstance[] = result.instances;
  for (let k = 0; k < instances.length; k++) writeInstance(out, instances[k]!, k > 0, detail);
  writeResultEnd(out, result.unusedEvents, writeRef, result.warnings);
}

/**
 * Appends a compact result as one NDJSON line: exactly `JSON.stringify(result) + '\n'`, for
 * results as the engine makes them (its key order; fields it leaves undefined are left out,
 * as JSON does; dates, instants, statuses and units as the engine writes them).
 */
export function writeCompactLine(out: ByteWriter, result: CompactEvaluationResult): void {
  writeLine(out, result, 'compact');
}

/** Appends a full result as one NDJSON line, as {@link writeCompactLine} does a compact one. */
export function writeFullLine(out: ByteWriter, result: EvaluationResult): void {
  writeLine(out, result, 'full');
}
