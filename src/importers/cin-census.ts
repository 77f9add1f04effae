import { CaseBuilder, type DraftCase } from './case-builder.js';
import {
  CIN_CLOSURE_CODES,
  CIN_DISABILITY_CODES,
  CIN_NEED_CODES,
  CIN_REFERRAL_SOURCE_CODES,
  CP_CATEGORY_CODES,
  readYesNo,
} from './codes.js';
import { readDateText } from './dates.js';
import { ProblemCollector, type ImportResult } from './problems.js';
import { childText, children, hasChild, readXml, textOf, type XmlElement } from './xml.js';

/**
 * Options for {@link importCinCensus}.
 *
 * @example
 * importCinCensus(xml, { file: 'cin-2024.xml' }); // problems say file: 'cin-2024.xml'
 */
export interface CinCensusOptions {
  /** File name to put on problems. */
  file?: string;
}

/** What one CIN census record is being read for: problems go here, about this child. */
interface Context {
  problems: ProblemCollector;
  builder: CaseBuilder;
  draft: DraftCase;
  childId: string;
}

/** Reads the date in one element (at `path`); reports an unreadable one. Empty or absent gives undefined. */
function readDateElement(ctx: Context, element: XmlElement | undefined, path: string, name: string, what: string): string | undefined {
  const text = textOf(element);
  if (text === undefined) return undefined;
  const reading = readDateText(text);
  if (reading.ok) return reading.date;
  ctx.problems.error('invalid_date', path, `${name} "${text}" is not a date (${reading.reason}); ${what}`, ctx.childId);
  return undefined;
}

/** Reads the date in the first child element `name` of `parent` (at `path`). */
function dateAt(ctx: Context, parent: XmlElement | undefined, name: string, path: string, what: string): string | undefined {
  return readDateElement(ctx, children(parent, name)[0], `${path}/${name}`, name, what);
}

/** Reports `later` earlier than `earlier` (both present). */
function checkOrder(ctx: Context, path: string, earlier: [string, string | undefined], later: [string, string | undefined]): void {
  const [earlierName, earlierDate] = earlier;
  const [laterName, laterDate] = later;
  if (earlierDate && laterDate && laterDate < earlierDate) {
    ctx.problems.warning('date_order', `${path}/${laterName}`, `${laterName} ${laterDate} is before ${earlierName} ${earlierDate}; both are imported as given`, ctx.childId);
  }
}

/** Reads a coded value, reporting codes outside the national list (the value is kept). */
function codeAt(ctx: Context, parent: XmlElement, name: string, path: string, codes: ReadonlySet<string>): string | undefined {
  const value = childText(parent, name);
  if (value !== undefined && !codes.has(value.toUpperCase())) {
    ctx.problems.warning('unknown_code', `${path}/${name}`, `${name} "${value}" is not a CIN census code; kept as given`, ctx.childId);
    return value;
  }
  return value?.toUpperCase();
}

function readDisabilities(ctx: Context, characteristics: XmlElement | undefined, path: string): void {
  const codes: string[] = [];
  children(characteristics, 'Disabilities').forEach((disabilities, d) => {
    children(disabilities, 'Disability').forEach((element, i) => {
      const code = typeof element === 'string' ? element.trim().toUpperCase() : '';
      if (code === '') return;
      if (!CIN_DISABILITY_CODES.has(code)) {
        ctx.problems.warning('unknown_code', `${path}/Disabilities${d > 0 ? `[${d}]` : ''}/Disability[${i}]`, `Disability "${code}" is not a CIN census code; not used`, ctx.childId);
        return;
      }
      codes.push(code);
    });
  });
  if (codes.length === 0) return;
  const disabled = codes.some((c) => c !== 'NONE');
  if (disabled && codes.includes('NONE')) {
    ctx.problems.warning('inconsistent', `${path}/Disabilities`, `Disabilities lists NONE and ${codes.filter((c) => c !== 'NONE').join(', ')}; the child is imported as disabled`, ctx.childId);
  }
  const held = ctx.builder.setChild(ctx.draft, 'disabled', disabled);
  if (held !== undefined) {
    ctx.problems.warning('inconsistent', `${path}/Disabilities`, `disability differs from an earlier record of this child; the earlier value (${held ? 'disabled' : 'not disabled'}) is kept`, ctx.childId);
  }
}

/** Episode numbering per child: one number per referral date, so a repeated episode merges. */
interface Episodes {
  count: number;
  byReferral: Map<string, { episode: number; path: string }>;
}

function readEpisode(ctx: Context, details: XmlElement, path: string, episodes: Episodes): void {
  const referral = dateAt(ctx, details, 'CINreferralDate', path, 'no referral_received event is made from it');
  let episode: number;
  const seen = referral ? episodes.byReferral.get(referral) : undefined;
  if (seen) {
    episode = seen.episode;
    ctx.problems.warning(
      'duplicate_record',
      path,
      `CINdetails repeats the episode with CINreferralDate ${referral} at ${seen.path}; merged into episode ${episode} (an event on the same day is kept once)`,
      ctx.childId,
    );
  } else {
    episode = ++episodes.count;
    if (referral) episodes.byReferral.set(referral, { episode, path });
  }
  if (childText(details, 'CINreferralDate') === undefined) {
    const what = hasChild(details, 'CINreferralDate') ? 'CINreferralDate is empty' : 'CINdetails has no CINreferralDate';
    ctx.problems.error('missing_value', `${path}/CINreferralDate`, `${what}; no referral_received event is made and the episode's other dates are imported without it`, ctx.childId);
  }
  const add = (type: string, at: string | undefined, attributes: Record<string, unknown> = {}) => {
    if (at) ctx.builder.addEvent(ctx.draft, { type, at, episode, ...attributes });
  };

  const nfaText = childText(details, 'ReferralNFA');
  const nfa = readYesNo(nfaText);
  if (nfaText !== undefined && nfa === undefined) {
    ctx.problems.warning('unknown_code', `${path}/ReferralNFA`, `ReferralNFA "${nfaText}" is not true or false; not used`, ctx.childId);
  }
  add('referral_received', referral, {
    referralSource: codeAt(ctx, details, 'ReferralSource', path, CIN_REFERRAL_SOURCE_CODES),
    primaryNeedCode: codeAt(ctx, details, 'PrimaryNeedCode', path, CIN_NEED_CODES),
    referralNfa: nfa,
  });

  const closure = dateAt(ctx, details, 'CINclosureDate', path, 'no case_closed event is made from it');
  checkOrder(ctx, path, ['CINreferralDate', referral], ['CINclosureDate', closure]);
  add('case_closed', closure, { reason: codeAt(ctx, details, 'ReasonForClosure', path, CIN_CLOSURE_CODES) });

  children(details, 'Assessments').forEach((assessment, i) => {
    const at = `${path}/Assessments[${i}]`;
    const started = dateAt(ctx, assessment, 'AssessmentActualStartDate', at, 'no assessment_started event is made from it');
    const authorised = dateAt(ctx, assessment, 'AssessmentAuthorisationDate', at, 'no assessment_authorised event is made from it');
    if (!started && !hasChild(assessment, 'AssessmentActualStartDate') && authorised) {
      ctx.problems.warning('missing_value', `${at}/AssessmentActualStartDate`, 'the assessment has an authorisation date but no AssessmentActualStartDate', ctx.childId);
    }
    checkOrder(ctx, at, ['CINreferralDate', referral], ['AssessmentActualStartDate', started]);
    checkOrder(ctx, at, ['AssessmentActualStartDate', started], ['AssessmentAuthorisationDate', authorised]);
    add('assessment_started', started);
    add('assessment_authorised', authorised);
  });

  children(details, 'CINPlanDates').forEach((plan, i) => {
    const at = `${path}/CINPlanDates[${i}]`;
    const started = dateAt(ctx, plan, 'CINPlanStartDate', at, 'no cin_plan_started event is made from it');
    const ended = dateAt(ctx, plan, 'CINPlanEndDate', at, 'no cin_plan_ended event is made from it');
    checkOrder(ctx, at, ['CINPlanStartDate', started], ['CINPlanEndDate', ended]);
    add('cin_plan_started', started);
    add('cin_plan_ended', ended);
  });

  children(details, 'Section47').forEach((s47, i) => {
    const at = `${path}/Section47[${i}]`;
    const started = dateAt(ctx, s47, 'S47ActualStartDate', at, 'no strategy_discussion event is made from it');
    const target = dateAt(ctx, s47, 'InitialCPCtarget', at, 'the initialCpcTarget attribute is left out');
    const conference = dateAt(ctx, s47, 'DateOfInitialCPC', at, 'no initial_cp_conference event is made from it');
    const notRequiredText = childText(s47, 'ICPCnotRequired');
    const notRequired = readYesNo(notRequiredText);
    if (notRequiredText !== undefined && notRequired === undefined) {
      ctx.problems.warning('unknown_code', `${at}/ICPCnotRequired`, `ICPCnotRequired "${notRequiredText}" is not true or false; not used`, ctx.childId);
    }
    if (!started && childText(s47, 'S47ActualStartDate') === undefined) {
      ctx.problems.error('missing_value', `${at}/S47ActualStartDate`, 'Section47 has no S47ActualStartDate; no strategy_discussion event is made', ctx.childId);
    }
    if (notRequired === true && conference) {
      ctx.problems.warning('inconsistent', `${at}/ICPCnotRequired`, `ICPCnotRequired is true but DateOfInitialCPC is ${conference}; the conference is imported`, ctx.childId);
    }
    checkOrder(ctx, at, ['CINreferralDate', referral], ['S47ActualStartDate', started]);
    checkOrder(ctx, at, ['S47ActualStartDate', started], ['DateOfInitialCPC', conference]);
    add('strategy_discussion', started, { s47Initiated: true, initialCpcTarget: target, icpcNotRequired: notRequired });
    add('initial_cp_conference', conference);
  });
  // The episode-level DateOfInitialCPC repeats the Section47 one; the same-day event is kept once.
  add('initial_cp_conference', dateAt(ctx, details, 'DateOfInitialCPC', path, 'no initial_cp_conference event is made from it'));

  children(details, 'ChildProtectionPlans').forEach((plan, i) => {
    const at = `${path}/ChildProtectionPlans[${i}]`;
    const started = dateAt(ctx, plan, 'CPPstartDate', at, 'no cp_plan_started event is made from it');
    const ended = dateAt(ctx, plan, 'CPPendDate', at, 'no cp_plan_ended event is made from it');
    if (!started && childText(plan, 'CPPstartDate') === undefined) {
      ctx.problems.error('missing_value', `${at}/CPPstartDate`, 'ChildProtectionPlans has no CPPstartDate; no cp_plan_started event is made', ctx.childId);
    }
    checkOrder(ctx, at, ['CPPstartDate', started], ['CPPendDate', ended]);
    add('cp_plan_started', started, {
      category: codeAt(ctx, plan, 'InitialCategoryOfAbuse', at, CP_CATEGORY_CODES),
      latestCategory: codeAt(ctx, plan, 'LatestCategoryOfAbuse', at, CP_CATEGORY_CODES),
    });
    add('cp_plan_ended', ended);
    children(plan, 'Reviews').forEach((reviews, r) => {
      children(reviews, 'CPPreviewDate').forEach((element, q) => {
        const where = `${at}/Reviews${r > 0 ? `[${r}]` : ''}/CPPreviewDate[${q}]`;
        const review = readDateElement(ctx, element, where, 'CPPreviewDate', 'no review_cp_conference event is made from it');
        if (review && started && review < started) {
          ctx.problems.warning('date_order', where, `CPPreviewDate ${review} is before CPPstartDate ${started}; imported as given`, ctx.childId);
        }
        if (review && ended && review > ended) {
          ctx.problems.warning('date_order', where, `CPPreviewDate ${review} is after CPPendDate ${ended}; imported as given`, ctx.childId);
        }
        add('review_cp_conference', review);
      });
    });
  });
}

/**
 * Imports a DfE Children in Need census file (XML, `Message/Children/Child`) into case
 * histories, one per `LAchildID`. Each `CINdetails` is an episode: its events carry
 * `episode` (1, 2 ... in file order) and all of a child's episodes share one event list.
 * The mapping is in `docs/importing.md`. Never throws for bad data: every problem comes back
 * with its element path (indexes from 0) and child id; a child listed twice is merged.
 *
 * @example
 * const { cases, problems } = importCinCensus(`<Message><Children><Child>
 *   <ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate></ChildIdentifiers>
 *   <CINdetails><CINreferralDate>2024-03-01</CINreferralDate>
 *     <Section47><S47ActualStartDate>2024-03-04</S47ActualStartDate><DateOfInitialCPC>2024-03-22</DateOfInitialCPC></Section47>
 *   </CINdetails></Child></Children></Message>`);
 * cases[0].events;
 * //=> [{ type: 'referral_received', at: '2024-03-01', episode: 1 },
 * //    { type: 'strategy_discussion', at: '2024-03-04', episode: 1, s47Initiated: true },
 * //    { type: 'initial_cp_conference', at: '2024-03-22', episode: 1 }]
 * problems; //=> []
 */
export function importCinCensus(xml: string, options: CinCensusOptions = {}): ImportResult {
  const problems = new ProblemCollector(options.file);
  const builder = new CaseBuilder('same-day');
  const reading = readXml(xml);
  if (!reading.ok) {
    problems.error('invalid_file', '(file)', reading.message);
    return { cases: [], problems: problems.list };
  }
  const message = reading.root.Message?.[0];
  if (message === undefined) {
    const root = Object.keys(reading.root)[0];
    problems.error('invalid_file', root ?? '(file)', `the root element is ${root ? `<${root}>` : 'missing'}, not <Message>: this is not a CIN census file`);
    return { cases: [], problems: problems.list };
  }
  const childElements = children(message, 'Children').flatMap((c) => children(c, 'Child'));
  if (childElements.length === 0) {
    problems.error('invalid_file', 'Message/Children', 'the file holds no Message/Children/Child elements');
  }
  const firstPath = new Map<string, string>();
  const episodes = new Map<string, Episodes>();
  childElements.forEach((child, i) => {
    const path = `Message/Children/Child[${i}]`;
    const identifiers = children(child, 'ChildIdentifiers')[0];
    const childId = childText(identifiers, 'LAchildID');
    if (childId === undefined) {
      const count = children(child, 'CINdetails').length;
      problems.error('missing_child_id', `${path}/ChildIdentifiers/LAchildID`, `this child has no LAchildID, so its ${count} CINdetails ${count === 1 ? 'episode is' : 'episodes are'} not imported`);
      return;
    }
    const earlier = firstPath.get(childId);
    if (earlier !== undefined) {
      problems.warning('duplicate_child', path, `LAchildID ${childId} also appears at ${earlier}; both records are merged into one case`, childId);
    } else firstPath.set(childId, path);
    const draft = builder.draft(childId, path);
    const ctx: Context = { problems, builder, draft, childId };
    const birth = dateAt(ctx, identifiers ?? '', 'PersonBirthDate', `${path}/ChildIdentifiers`, 'the date of birth is left out');
    if (birth) {
      const held = builder.setChild(draft, 'dateOfBirth', birth);
      if (held !== undefined) problems.warning('inconsistent', `${path}/ChildIdentifiers/PersonBirthDate`, `PersonBirthDate ${birth} differs from ${held} in an earlier record; ${held} is kept`, childId);
    }
    readDisabilities(ctx, children(child, 'ChildCharacteristics')[0], `${path}/ChildCharacteristics`);
    let childEpisodes = episodes.get(childId);
    if (!childEpisodes) episodes.set(childId, (childEpisodes = { count: 0, byReferral: new Map() }));
    const details = children(child, 'CINdetails');
    if (details.length === 0) problems.warning('missing_value', path, 'this child has no CINdetails; the case has no events', childId);
    details.forEach((d, j) => readEpisode(ctx, d, `${path}/CINdetails[${j}]`, childEpisodes));
  });
  const cases = builder.finish(problems);
  return { cases, problems: problems.list };
}
