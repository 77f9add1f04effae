import { CaseBuilder, type DraftCase } from './case-builder.js';
import {
  SSDA903_LEAVING_CARE_REC,
  SSDA903_LEGAL_STATUS_CODES,
  SSDA903_PLACEMENT_CHANGE_RNE,
  SSDA903_PLACEMENT_CODES,
  SSDA903_REC_CONTINUES,
  SSDA903_RNE_CODES,
} from './codes.js';
import { readDateText } from './dates.js';
import { ProblemCollector, type ImportResult } from './problems.js';
import { readSsda903Csv, readSsda903Xml, type Ssda903Record, type Ssda903Records } from './ssda903-sources.js';

/**
 * SSDA903 input: the CSV files' text (episodes required), or the XML return.
 *
 * @example
 * importSsda903({ episodes: 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1,01/04/2024,S,V2,U6,,\n' });
 * importSsda903({ xml: '<EXPSSDA903>...</EXPSSDA903>' });
 */
export type Ssda903Input =
  | {
      /** Text of the header CSV (one row per child: `CHILD`, `SEX`, `DOB`). */
      header?: string;
      /** Text of the episodes CSV (one row per episode of care); required. */
      episodes: string;
      /** Text of the reviews CSV (one row per looked-after child review). */
      reviews?: string;
    }
  | {
      /** Text of the whole return as XML. */
      xml: string;
    };

/**
 * Options for {@link importSsda903}: file names to put on problems.
 *
 * @example
 * importSsda903({ episodes: text }, { files: { episodes: 'Episodes 2024.csv' } });
 */
export interface Ssda903Options {
  /** Names of the CSV files (defaults `header.csv`, `episodes.csv`, `reviews.csv`). */
  files?: {
    /** Name of the header CSV. */
    header?: string;
    /** Name of the episodes CSV. */
    episodes?: string;
    /** Name of the reviews CSV. */
    reviews?: string;
  };
  /** Name of the XML file. */
  file?: string;
}

const REVIEW_CODES: ReadonlySet<string> = new Set(['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

interface Episode {
  record: Ssda903Record;
  decom: string;
  rne: string;
  legalStatus?: string;
  placementType?: string;
  dec?: string;
  rec?: string;
}

class Ssda903Mapper {
  readonly builder = new CaseBuilder('exact');
  private readonly drafts = new Map<string, DraftCase>();

  constructor(private readonly problems: ProblemCollector) {}

  warn(record: Ssda903Record, field: string | undefined, code: Parameters<ProblemCollector['warning']>[0], message: string): void {
    this.problems.warning(code, record.location(field), message, record.childId, record.file);
  }

  error(record: Ssda903Record, field: string | undefined, code: Parameters<ProblemCollector['error']>[0], message: string): void {
    this.problems.error(code, record.location(field), message, record.childId, record.file);
  }

  draft(record: Ssda903Record): DraftCase | undefined {
    if (record.childId === undefined) {
      this.error(record, 'CHILD', 'missing_child_id', 'CHILD is empty; this record is not imported');
      return undefined;
    }
    return this.builder.draft(record.childId, `${record.file ? `${record.file} ` : ''}${record.location()}`);
  }

  date(record: Ssda903Record, field: string, what: string): string | undefined {
    const text = record.values[field];
    if (text === undefined) return undefined;
    const reading = readDateText(text);
    if (reading.ok) return reading.date;
    this.error(record, field, 'invalid_date', `${field} "${text}" is not a date (${reading.reason}); ${what}`);
    return undefined;
  }

  code(record: Ssda903Record, field: string, codes: ReadonlySet<string>, what: string): string | undefined {
    const value = record.values[field]?.toUpperCase();
    if (value !== undefined && !codes.has(value)) this.warn(record, field, 'unknown_code', `${field} "${value}" is not an SSDA903 ${what} code; kept as given`);
    return value;
  }

  headers(records: Ssda903Record[]): void {
    const seen = new Map<string, Ssda903Record>();
    for (const record of records) {
      const draft = this.draft(record);
      if (!draft) continue;
      const earlier = seen.get(draft.id);
      if (earlier) this.warn(record, undefined, 'duplicate_child', `CHILD ${draft.id} already has a header at ${earlier.location()}; the first date of birth is kept`);
      else seen.set(draft.id, record);
      const dob = this.date(record, 'DOB', 'the date of birth is left out');
      if (dob) {
        const held = this.builder.setChild(draft, 'dateOfBirth', dob);
        if (held !== undefined) this.warn(record, 'DOB', 'inconsistent', `DOB ${dob} differs from ${held} in an earlier record; ${held} is kept`);
      }
    }
  }

  episodes(records: Ssda903Record[]): Set<string> {
    const byChild = new Map<string, Episode[]>();
    for (const record of records) {
      const draft = this.draft(record);
      if (!draft) continue;
      const decom = this.date(record, 'DECOM', 'the episode is not imported');
      if (!decom) {
        if (record.values.DECOM === undefined) this.error(record, 'DECOM', 'missing_value', 'DECOM is empty; the episode is not imported');
        continue;
      }
      const list = byChild.get(draft.id) ?? [];
      byChild.set(draft.id, list);
      const episode: Episode = { record, decom, rne: record.values.RNE?.toUpperCase() ?? '' };
      const legalStatus = this.code(record, 'LS', SSDA903_LEGAL_STATUS_CODES, 'legal status');
      if (legalStatus !== undefined) episode.legalStatus = legalStatus;
      const placementType = this.code(record, 'PLACE', SSDA903_PLACEMENT_CODES, 'placement');
      if (placementType !== undefined) episode.placementType = placementType;
      const dec = this.date(record, 'DEC', 'the episode is imported as still open');
      if (dec && dec < decom) {
        this.error(record, 'DEC', 'date_order', `DEC ${dec} is before DECOM ${decom}; the episode end is not imported`);
      } else if (dec) episode.dec = dec;
      const rec = record.values.REC?.toUpperCase();
      if (rec !== undefined) episode.rec = rec;
      const twin = list.find((e) => e.decom === decom);
      if (twin) {
        const same = JSON.stringify(twin.record.values) === JSON.stringify(record.values);
        if (same) {
          this.warn(record, undefined, 'duplicate_record', `this episode repeats the one at ${twin.record.location()}; skipped`);
          continue;
        }
        this.warn(record, undefined, 'inconsistent', `a second episode starts on ${decom} (also at ${twin.record.location()}); both are imported`);
      }
      list.push(episode);
    }
    for (const [childId, list] of byChild) {
      list.sort((a, b) => (a.decom < b.decom ? -1 : a.decom > b.decom ? 1 : 0));
      this.periodsOfCare(this.builder.get(childId)!, list);
    }
    return new Set(byChild.keys());
  }

  /** Turns one child's episodes (sorted by DECOM) into periods of care and placements. */
  private periodsOfCare(draft: DraftCase, episodes: Episode[]): void {
    const add = (type: string, at: string, attributes: Record<string, unknown> = {}) => this.builder.addEvent(draft, { type, at, ...attributes });
    let inCare = false;
    let endedBy: Episode | undefined;
    episodes.forEach((episode, i) => {
      const { record } = episode;
      const next = episodes[i + 1];
      let rne = episode.rne;
      if (!SSDA903_RNE_CODES.has(rne)) {
        const what = rne === '' ? 'RNE is empty' : `RNE "${rne}" is not an SSDA903 reason for new episode`;
        this.warn(record, 'RNE', rne === '' ? 'missing_value' : 'unknown_code', `${what}; the episode is treated as a change of placement (P)`);
        rne = 'P';
      }
      const placement = { placementType: episode.placementType, legalStatus: episode.legalStatus };
      if (rne === 'S') {
        if (inCare) {
          this.warn(record, 'RNE', 'inconsistent', `RNE S starts a period of care on ${episode.decom}, but the previous episode did not end one (REC ${episodes[i - 1]?.rec ?? 'empty'})`);
        }
        add('looked_after_started', episode.decom, { legalStatus: episode.legalStatus });
        add('placement_started', episode.decom, placement);
      } else {
        if (i > 0 && !inCare && endedBy) {
          this.warn(record, 'RNE', 'inconsistent', `RNE ${rne} continues a period of care, but care ended on ${endedBy.dec} (REC ${endedBy.rec ?? 'empty'}); no looked_after_started is invented`);
        }
        if (SSDA903_PLACEMENT_CHANGE_RNE.has(rne)) {
          add('placement_started', episode.decom, { ...placement, sameCarers: rne === 'T' || rne === 'U' ? true : undefined });
        } else add('legal_status_changed', episode.decom, { legalStatus: episode.legalStatus });
      }
      if (SSDA903_PLACEMENT_CHANGE_RNE.has(rne) || rne === 'S') {
        if (episode.placementType === undefined && record.values.PLACE === undefined && 'PLACE' in record.values) {
          this.warn(record, 'PLACE', 'missing_value', 'PLACE is empty; the placement is imported without placementType');
        }
      }
      inCare = true;

      if (!episode.dec) {
        if (episode.rec !== undefined && record.values.DEC === undefined) {
          this.warn(record, 'REC', 'inconsistent', `REC ${episode.rec} is given but DEC is empty; the episode is imported as still open`);
        }
        if (next) {
          this.warn(record, 'DEC', 'inconsistent', `the episode has no end date but a later episode starts on ${next.decom}`);
        }
        return;
      }
      const dec = episode.dec;
      if (next && next.decom < dec) {
        this.warn(next.record, 'DECOM', 'date_order', `DECOM ${next.decom} is before the previous episode's DEC ${dec}: the episodes overlap`);
      }
      const nextSameDay = next !== undefined && next.decom === dec;
      let continues: boolean;
      const rec = episode.rec;
      if (rec === SSDA903_REC_CONTINUES) {
        continues = true;
        if (!nextSameDay) {
          this.warn(record, 'REC', 'inconsistent', `REC X1 says a new episode begins on ${dec}, but ${next ? `the next episode starts on ${next.decom}` : 'no later episode follows'}; the period of care is left open`);
        }
      } else if (rec !== undefined && SSDA903_LEAVING_CARE_REC.has(rec)) {
        continues = false;
        if (nextSameDay && next.rne !== 'S') {
          this.warn(next.record, 'RNE', 'inconsistent', `REC ${rec} ended the period of care on ${dec}, but the next episode (RNE ${next.rne || 'empty'}) continues it`);
        }
      } else {
        continues = nextSameDay;
        const what = rec === undefined ? 'REC is empty' : `REC "${rec}" is not an SSDA903 reason episode ceased`;
        const how = continues ? 'as X1 (a new episode begins the same day)' : 'as leaving care, because no episode begins the same day';
        this.warn(record, 'REC', rec === undefined ? 'missing_value' : 'unknown_code', `${what}; treated ${how}`);
      }
      if (continues) {
        const nextRne = next && nextSameDay ? next.rne : undefined;
        if (nextRne === undefined || nextRne === 'S' || SSDA903_PLACEMENT_CHANGE_RNE.has(nextRne) || !SSDA903_RNE_CODES.has(nextRne)) {
          add('placement_ended', dec, { placementType: episode.placementType });
        }
      } else {
        const reason = rec !== undefined && SSDA903_LEAVING_CARE_REC.has(rec) ? rec : undefined;
        add('placement_ended', dec, { placementType: episode.placementType, reason });
        add('looked_after_ended', dec, { reason });
        inCare = false;
        endedBy = episode;
      }
    });
  }

  reviews(records: Ssda903Record[]): void {
    for (const record of records) {
      const draft = this.draft(record);
      if (!draft) continue;
      const review = this.date(record, 'REVIEW', 'no cla_review event is made from it');
      if (!review) {
        if (record.values.REVIEW === undefined) this.error(record, 'REVIEW', 'missing_value', 'REVIEW is empty; no cla_review event is made');
        continue;
      }
      const code = this.code(record, 'REVIEW_CODE', REVIEW_CODES, 'review participation');
      if (!this.builder.addEvent(draft, { type: 'cla_review', at: review, reviewCode: code })) {
        this.warn(record, 'REVIEW', 'duplicate_record', `the review on ${review} is already imported; skipped`);
      }
    }
  }
}

function readCsvInputs(input: { header?: string; episodes: string; reviews?: string }, problems: ProblemCollector, options: Ssda903Options): Ssda903Records {
  const files = { header: 'header.csv', episodes: 'episodes.csv', reviews: 'reviews.csv', ...options.files };
  const records: Ssda903Records = {};
  for (const table of ['header', 'episodes', 'reviews'] as const) {
    const text = input[table];
    if (text === undefined) continue;
    const read = readSsda903Csv(text, table, problems, files[table]);
    if (read) records[table] = read;
  }
  return records;
}

/**
 * Imports an SSDA903 children looked after return into case histories, one per `CHILD`:
 * the `header`, `episodes` and `reviews` CSVs (dates `dd/mm/yyyy`) or the XML return.
 * Episodes become periods of care and placements: `RNE` S starts a period
 * (`looked_after_started` and `placement_started`), `RNE` P, T, B, U start a placement,
 * `RNE` L records `legal_status_changed`; a `REC` E code ends the placement and the period
 * (`looked_after_ended`, `reason`), `REC` X1 ends only the placement when the next episode
 * moves the child. Reviews become `cla_review`. Never throws for bad data: problems carry
 * file, row (or element path) and child id. The full mapping is in `docs/importing.md`.
 *
 * @example
 * const { cases } = importSsda903({
 *   header: 'CHILD,SEX,DOB\n1001,1,03/05/2012\n',
 *   episodes: 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1001,01/04/2024,S,V2,U6,15/05/2024,E4A\n',
 * });
 * cases[0].events.map((e) => `${e.type} ${e.at}`);
 * //=> ['looked_after_started 2024-04-01', 'placement_started 2024-04-01',
 * //    'placement_ended 2024-05-15', 'looked_after_ended 2024-05-15']
 */
export function importSsda903(input: Ssda903Input, options: Ssda903Options = {}): ImportResult {
  const problems = new ProblemCollector();
  const records = 'xml' in input ? readSsda903Xml(input.xml, problems, options.file) ?? {} : readCsvInputs(input, problems, options);
  const mapper = new Ssda903Mapper(problems);
  if (records.header) mapper.headers(records.header);
  const withEpisodes = records.episodes ? mapper.episodes(records.episodes) : new Set<string>();
  if (records.reviews) mapper.reviews(records.reviews);
  if (records.episodes) {
    const reported = new Set<string>();
    for (const record of [...(records.header ?? []), ...(records.reviews ?? [])]) {
      const id = record.childId;
      if (id === undefined || withEpisodes.has(id) || reported.has(id)) continue;
      reported.add(id);
      mapper.warn(record, undefined, 'inconsistent', `CHILD ${id} has no episodes; the case has no period of care`);
    }
  }
  const cases = mapper.builder.finish(problems);
  return { cases, problems: problems.list };
}
