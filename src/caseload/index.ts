// Public surface of the caseload module: whole caseloads, NDJSON, summaries, synthetic data.
export type { CaseloadErrorRecord, CaseloadOptions, CaseloadProgress, CaseloadRecord, CaseloadResultRecord } from './types.js';
export { evaluateCaseload, evaluateNdjson } from './evaluateCaseload.js';
export type { NdjsonOptions } from './evaluateCaseload.js';
export { evaluateNdjsonStream } from './stream.js';
export type { NdjsonStreamOptions, NdjsonTotals, TextSink } from './stream.js';
export { readNdjson, caseIdFromText, formatRecordLine } from './ndjson.js';
export type { NdjsonEntry } from './ndjson.js';
export { readLines } from './lines.js';
export type { OverlongLine, TextInput, TextLine } from './lines.js';
export { addRecord, addResult, createSummary, emptyCounts, mergeSummaries, onTimePercent, summarise } from './summary.js';
export type { CaseloadSummary, ComplianceCounts, ObligationCounts } from './summary.js';
export { onTimeText, summaryHeadline, summarySections } from './summaryView.js';
export type { SummarySection } from './summaryView.js';
export { summaryToHtml } from './html.js';
export { generateCases } from './generate.js';
export type { GenerateOptions, GeneratedCase } from './generate.js';
