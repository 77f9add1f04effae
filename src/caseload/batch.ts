// One batch of cases through parse → validate → evaluate → record. The same code runs on the
// calling thread and inside each worker, so both modes behave identically.
import type { AnyEvaluationResult } from '../engine/types.js';
import { parseCase } from '../model/case.js';
import type { CaseHistory } from '../model/case.js';
import { parseNdjsonLine } from './ndjson.js';
import { formatRecordLine } from './ndjson.js';
import { ByteWriter } from './byteWriter.js';
import { writeMinimalLine } from './minimalLine.js';
import { writeCompactLine, writeFullLine } from './resultLines.js';
import { addRecord, createSummary } from './summary.js';
import type { CaseloadSummary } from './summary.js';
import type { CaseloadErrorRecord, CaseloadRecord } from './types.js';

/** One case on its way in: raw NDJSON text, an already-parsed value, or a line already rejected. */
export type SourceItem =
  | { line: number; text: string }
  | { line: number; value: unknown }
  | { line: number; error: string; caseId?: string };

/** What a batch hands back: records (objects), NDJSON text, NDJSON as UTF-8 bytes, or only counts. */
export type OutputMode = 'records' | 'ndjson' | 'bytes' | 'none';

/** Evaluates one validated case. */
export type EvaluateCase = (caseHistory: CaseHistory) => AnyEvaluationResult;

const utf8 = new TextEncoder();
/** Bytes to set aside per case for each kind of line (a generated case's are about 4.5, 14 and 26 KB). */
const LINE_ROOM = { minimal: 6 * 1024, compact: 16 * 1024, full: 32 * 1024 } as const;

/** A result with the top-level fields the byte writers read (a test's stand-in engine may return anything). */
function writable(result: AnyEvaluationResult): boolean {
  const pack = result.pack as { id?: unknown; version?: unknown } | undefined;
  return (
    typeof result.caseId === 'string' &&
    typeof result.asOf === 'string' &&
    typeof pack?.id === 'string' &&
    typeof pack.version === 'string' &&
    Array.isArray(result.instances) &&
    Array.isArray(result.unusedEvents) &&
    Array.isArray(result.warnings)
  );
}

/** Appends a result's line to `writer`, by its detail level. */
function writeResultLine(writer: ByteWriter, result: AnyEvaluationResult): void {
  if (!('detail' in result) || result.detail === undefined) writeFullLine(writer, result);
  else if (result.detail === 'minimal') writeMinimalLine(writer, result);
  else writeCompactLine(writer, result);
}

/** A numbered batch of cases. */
export interface BatchJob {
  seq: number;
  items: SourceItem[];
}

/** The answer for one batch, in the order of its items. */
export interface BatchResult {
  seq: number;
  /** Output `records`. */
  records?: CaseloadRecord[];
  /** Output `ndjson`: one line per item, each ending in a newline. */
  ndjson?: string;
  /** Output `bytes`: the same lines as UTF-8, in a buffer of their own (a worker transfers it). */
  bytes?: Uint8Array;
  evaluated: number;
  rejected: number;
  /** Cases with at least one breach. */
  withBreach: number;
  /** When asked for: compliance counts of this batch alone. */
  summary?: CaseloadSummary;
  /** Output `none`: the rejected lines, so a summary run can still name each one. */
  rejections?: CaseloadErrorRecord[];
}

/** How to process batches. */
export interface BatchSettings {
  output: OutputMode;
  summary: boolean;
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function rejected(line: number, reason: string, caseId: string | undefined): CaseloadErrorRecord {
  return caseId !== undefined ? { kind: 'error', line, caseId, reason } : { kind: 'error', line, reason };
}

/** Turns one source item into a record. Never throws: an engine failure is a rejection too. */
export function processItem(item: SourceItem, evaluateCase: EvaluateCase): CaseloadRecord {
  let value: unknown;
  if ('text' in item) {
    const entry = parseNdjsonLine(item);
    if ('error' in entry) return rejected(item.line, entry.error, entry.caseId);
    value = entry.value;
  } else if ('error' in item) {
    return rejected(item.line, item.error, item.caseId);
  } else value = item.value;

  const parsed = parseCase(value);
  if (!parsed.ok) {
    const reason = `invalid case: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
    return rejected(item.line, reason, idOf(value));
  }
  try {
    return { kind: 'result', line: item.line, result: evaluateCase(parsed.case) };
  } catch (error) {
    return rejected(item.line, `could not be evaluated: ${error instanceof Error ? error.message : String(error)}`, parsed.case.id);
  }
}

/**
 * Processes a batch in order.
 *
 * @example
 * const out = processBatch({ seq: 0, items: [{ line: 1, text: '{"id":"C1","events":[]}' }] }, evaluateCase, { output: 'ndjson', summary: false });
 * out.evaluated; //=> 1
 */
export function processBatch(job: BatchJob, evaluateCase: EvaluateCase, settings: BatchSettings): BatchResult {
  const out: BatchResult = { seq: job.seq, evaluated: 0, rejected: 0, withBreach: 0 };
  const records: CaseloadRecord[] = [];
  let text = '';
  // Made at the first result, sized for the batch (growing a buffer line by line
  // copied it several times over).
  let writer: ByteWriter | undefined;
  const summary = settings.summary ? createSummary() : undefined;
  for (const item of job.items) {
    const record = processItem(item, evaluateCase);
    if (record.kind === 'result') {
      out.evaluated++;
      if (record.result.instances.some((i) => i.breach)) out.withBreach++;
    } else {
      out.rejected++;
      if (settings.output === 'none') (out.rejections ??= []).push(record);
    }
    if (summary) addRecord(summary, record);
    if (settings.output === 'records') records.push(record);
    else if (settings.output === 'ndjson') text += formatRecordLine(record);
    else if (settings.output === 'bytes') {
      // Results are written straight to bytes; error lines gather as text (encoded once,
      // below), moved into the writer first whenever a result follows them.
      if (record.kind === 'result' && writable(record.result)) {
        writer ??= new ByteWriter(job.items.length * LINE_ROOM['detail' in record.result && record.result.detail ? record.result.detail : 'full']);
        if (text) writer.text(text);
        text = '';
        writeResultLine(writer, record.result);
      } else text += formatRecordLine(record);
    }
  }
  if (settings.output === 'records') out.records = records;
  else if (settings.output === 'ndjson') out.ndjson = text;
  else if (settings.output === 'bytes') {
    if (!writer) out.bytes = utf8.encode(text);
    else {
      if (text) writer.text(text);
      out.bytes = writer.take();
    }
  }
  if (summary) out.summary = summary;
  return out;
}
