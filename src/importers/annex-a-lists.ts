import { CIN_CLOSURE_CODES, CIN_NEED_CODES, CP_CATEGORY_CODES, SSDA903_LEAVING_CARE_REC, SSDA903_LEGAL_STATUS_CODES, SSDA903_PLACEMENT_CODES } from './codes.js';
import type { ColumnSpec } from './table.js';

/**
 * What a list's row mapping may do with its row (implemented in `annex-a.ts`).
 *
 * @example
 * // In a list's map function:
 * row.event('referral_received', 'referralDate', { referralNfa: row.yesNo('referralNfa') });
 */
export interface AnnexARow {
  /** True when the list has this column. */
  has(key: string): boolean;
  /** The cell as text, or undefined when empty. */
  text(key: string): string | undefined;
  /** Yes/No cell (`a) Yes`, `Y`, `No` ...); `Unknown` and empty give undefined. */
  yesNo(key: string): boolean | undefined;
  /** A coded cell: the code found in it, checked against a code list (unknown codes are reported and kept as written). */
  code(key: string, read: (text: string) => string | undefined, codes: ReadonlySet<string>, what: string): string | undefined;
  /** The date in a cell (an unreadable date is reported once), or undefined. */
  date(key: string): string | undefined;
  /** Adds an event dated by the cell `key` (reporting an unreadable date); returns its date. */
  event(type: string, key: string, attributes?: Record<string, unknown>): string | undefined;
  /** Marks event types of which this list holds only the latest. */
  latestOnly(...types: string[]): void;
  /** Reports two dated cells in the wrong order (both imported as given). */
  order(earlierKey: string, laterKey: string): void;
  /** Sets a case attribute. */
  attribute(name: string, value: unknown): void;
}

/**
 * One Ofsted Annex A list: its number, title, columns and how a row becomes events.
 *
 * @example
 * ANNEX_A_LISTS.find((l) => l.number === 3)?.title; //=> 'referrals'
 */
export interface AnnexAList {
  number: number;
  title: string;
  /** A heading pattern (on the normalised heading) that marks a CSV or sheet as this list. */
  signature: RegExp;
  columns: ColumnSpec[];
  map(row: AnnexARow): void;
}

const childId: ColumnSpec = {
  key: 'childId',
  label: 'Child Unique ID',
  aliases: ['Child ID', 'ID', 'Unique ID', 'Child Identifier', 'LAchildID', 'CHILD'],
  pattern: /\bchild\b.*\bid\b|\bunique id\b/,
  required: true,
};
const common: ColumnSpec[] = [
  childId,
  { key: 'dob', label: 'Date of Birth', aliases: ['DOB'], pattern: /date of birth|\bdob\b/ },
  { key: 'disability', label: 'Does the Child have a Disability', pattern: /disab/ },
  { key: 'uasc', label: 'Unaccompanied Asylum Seeking Child (UASC)', pattern: /unaccompanied|\buasc\b/ },
  { key: 'team', label: 'Allocated Team', aliases: ['Team'], pattern: /\bteam\b/ },
  { key: 'worker', label: 'Allocated Worker', aliases: ['Worker', 'Social Worker', 'Allocated Social Worker'], pattern: /\bworker\b/ },
];

/** Takes a leading letter label off an Annex A answer: `d) U4: Foster ...` → `U4: Foster ...`. */
function unlabel(text: string): string {
  return text.replace(/^[a-z]{1,2}\)\s*/i, '').trim();
}

/**
 * Reads a referral or contact source as the CIN census code (`e) 2A: Schools` → `2A`,
 * `q) 6: Police` → `6`); an answer without a code is kept as written.
 *
 * @example
 * sourceCode('e) 2A: Schools'); //=> '2A'
 * sourceCode('Neighbour'); //=> 'Neighbour'
 */
export function sourceCode(text: string): string {
  const m = /^(\d{1,2}[A-F]?)\s*:/i.exec(unlabel(text));
  return m ? m[1]!.toUpperCase() : text;
}

/**
 * An answer without its letter label: `b) Former relevant child` → `Former relevant child`.
 *
 * @example
 * answerText('c) Child in need plan'); //=> 'Child in need plan'
 */
export function answerText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : unlabel(text);
}

/**
 * Reads a code such as `C2`, `U4`, `K2` at the start of an answer (`C2: FCO`, `d) U4: Foster ...`).
 *
 * @example
 * leadingCode('d) U4: Foster placement - long term'); //=> 'U4'
 * leadingCode('C2: FCO'); //=> 'C2'
 */
export function leadingCode(text: string): string | undefined {
  const m = /^([A-Z]\d)\b/i.exec(unlabel(text));
  return m ? m[1]!.toUpperCase() : undefined;
}

/**
 * Reads an SSDA903 reason ceased code (`E11`, `E4A`, `X1`) anywhere in an answer.
 *
 * @example
 * reasonCeasedCode('a) E11: Adopted - application unopposed'); //=> 'E11'
 */
export function reasonCeasedCode(text: string): string | undefined {
  const m = /\b(E\d{1,2}[AB]?|X1)\b/i.exec(text);
  return m ? m[1]!.toUpperCase() : undefined;
}

/**
 * Reads a CIN closure reason (`RC1` ... `RC9`) anywhere in an answer.
 *
 * @example
 * closureCode('RC8 - Case closed after assessment, no further action'); //=> 'RC8'
 */
export function closureCode(text: string): string | undefined {
  const m = /\b(RC\d)\b/i.exec(text);
  return m ? m[1]!.toUpperCase() : undefined;
}

/**
 * Reads a primary need code (`N1` ... `N9`, `N0`) at the start of an answer.
 *
 * @example
 * needCode("N2 - Child's disability"); //=> 'N2'
 */
export function needCode(text: string): string | undefined {
  const m = /^(N\d)\b/i.exec(unlabel(text));
  return m ? m[1]!.toUpperCase() : undefined;
}

const CATEGORY_BY_LETTER: Record<string, string> = { a: 'NEG', b: 'PHY', c: 'SAB', d: 'EMO', e: 'MUL' };
const CATEGORY_BY_WORD: [RegExp, string][] = [
  [/neglect/i, 'NEG'],
  [/physical/i, 'PHY'],
  [/sexual/i, 'SAB'],
  [/emotional/i, 'EMO'],
  [/multiple/i, 'MUL'],
];

/**
 * Reads a category of abuse as the CIN census code: `NEG`, `a) Neglect`, `Neglect` → `NEG`.
 *
 * @example
 * categoryCode('d) Emotional abuse'); //=> 'EMO'
 * categoryCode('SAB'); //=> 'SAB'
 */
export function categoryCode(text: string): string | undefined {
  const code = /\b(NEG|PHY|EMO|SAB|MUL)\b/i.exec(text);
  if (code) return code[1]!.toUpperCase();
  for (const [pattern, value] of CATEGORY_BY_WORD) if (pattern.test(text)) return value;
  const letter = /^([a-e])\)/i.exec(text.trim());
  return letter ? CATEGORY_BY_LETTER[letter[1]!.toLowerCase()] : undefined;
}

/**
 * The Annex A lists this library reads (Ofsted, inspection of local authority children's
 * services), with their column headings. Lists 10 and 11 (adoption) are not read.
 *
 * @example
 * ANNEX_A_LISTS.map((l) => l.number); //=> [1, 2, 3, 4, 5, 6, 7, 8, 9]
 */
export const ANNEX_A_LISTS: readonly AnnexAList[] = [
  {
    number: 1,
    title: 'contacts',
    signature: /date of contact|contact date/,
    columns: [
      ...common,
      { key: 'contactDate', label: 'Date of Contact', aliases: ['Contact Date'], pattern: /date of contact|contact date/, required: true },
      { key: 'contactSource', label: 'Contact Source', pattern: /source/ },
    ],
    map(row) {
      const source = row.text('contactSource');
      row.event('contact_received', 'contactDate', { contactSource: source === undefined ? undefined : sourceCode(source) });
    },
  },
  {
    number: 2,
    title: 'early help assessments',
    signature: /organi[sz]ation completing/,
    columns: [
      ...common,
      { key: 'ehOrganisation', label: 'Organisation completing assessment', pattern: /organi[sz]ation/ },
      { key: 'ehStart', label: 'Assessment start date', pattern: /start/, required: true },
      { key: 'ehEnd', label: 'Assessment completion date', pattern: /complet/ },
    ],
    map(row) {
      const organisation = row.text('ehOrganisation');
      row.event('early_help_assessment_started', 'ehStart', { organisation });
      row.event('early_help_assessment_completed', 'ehEnd', { organisation });
      row.order('ehStart', 'ehEnd');
    },
  },
  {
    number: 3,
    title: 'referrals',
    signature: /date of referral|referral date/,
    columns: [
      ...common,
      { key: 'referralDate', label: 'Date of referral', aliases: ['Referral Date'], pattern: /date of referral|referral date/, required: true },
      { key: 'referralSource', label: 'Referral Source', pattern: /source/ },
      { key: 'referralNfa', label: 'Referral NFA?', pattern: /\bnfa\b|no further action/ },
    ],
    map(row) {
      const source = row.text('referralSource');
      row.event('referral_received', 'referralDate', { referralSource: source === undefined ? undefined : sourceCode(source), referralNfa: row.yesNo('referralNfa') });
    },
  },
  {
    number: 4,
    title: 'assessments',
    signature: /continuous assessment|assessment start date/,
    columns: [
      ...common,
      { key: 'assessmentStart', label: 'Continuous Assessment Start Date', aliases: ['Assessment Start Date'], pattern: /assessment start|start date/, required: true },
      { key: 'childSeen', label: 'Child Seen During Continuous Assessment', pattern: /\bseen\b/ },
      { key: 'assessmentAuthorised', label: 'Continuous Assessment Date of Authorisation', aliases: ['Assessment Authorisation Date', 'Date of Authorisation'], pattern: /authori[sz]/ },
    ],
    map(row) {
      row.event('assessment_started', 'assessmentStart', { childSeen: row.yesNo('childSeen') });
      row.event('assessment_authorised', 'assessmentAuthorised');
      row.order('assessmentStart', 'assessmentAuthorised');
    },
  },
  {
    number: 5,
    title: 'section 47 enquiries and initial child protection conferences',
    signature: /section 47|\bs47\b|strategy discussion/,
    columns: [
      ...common,
      {
        key: 's47Start',
        label: 'Strategy discussion initiating Section 47 Enquiry Start Date',
        aliases: ['Section 47 Enquiry Start Date', 'S47 Start Date'],
        pattern: /(section|s) ?47.*start|strategy discussion/,
        required: true,
      },
      { key: 'icpcUnnecessary', label: 'Was an Initial Child Protection Conference deemed unnecessary?', pattern: /unnecessary|not required/ },
      { key: 'icpcDate', label: 'Date of Initial Child Protection Conference', aliases: ['ICPC Date', 'Date of ICPC'], pattern: /^date of (the )?(initial child protection conference|icpc)|icpc date/ },
      { key: 'icpcPlan', label: 'Did the Initial Child Protection Conference Result in a Child Protection Plan', pattern: /result/ },
    ],
    map(row) {
      row.event('strategy_discussion', 's47Start', { s47Initiated: true, icpcNotRequired: row.yesNo('icpcUnnecessary') });
      const plan = row.yesNo('icpcPlan');
      row.event('initial_cp_conference', 'icpcDate', { outcome: plan === undefined ? undefined : plan ? 'cp_plan' : 'no_plan' });
      row.order('s47Start', 'icpcDate');
    },
  },
  {
    number: 6,
    title: 'children in need',
    signature: /cin start|cin closure/,
    columns: [
      ...common,
      { key: 'cinStart', label: 'CIN Start Date', pattern: /cin start|start date/, required: true },
      { key: 'primaryNeed', label: 'Primary Need Code', pattern: /need/ },
      { key: 'lastSeen', label: 'Date Child Was Last Seen', pattern: /last seen/ },
      { key: 'closure', label: 'CIN Closure Date', pattern: /closure date|closed date/ },
      { key: 'closureReason', label: 'Reason for Closure', pattern: /reason/ },
      { key: 'caseStatus', label: 'Case Status', pattern: /status/ },
    ],
    map(row) {
      row.event('referral_received', 'cinStart', { primaryNeedCode: row.code('primaryNeed', needCode, CIN_NEED_CODES, 'primary need') });
      if (row.has('lastSeen')) row.latestOnly('visit');
      row.event('visit', 'lastSeen', { childSeen: true });
      row.event('case_closed', 'closure', { reason: row.code('closureReason', closureCode, CIN_CLOSURE_CODES, 'reason for closure') });
      row.order('cinStart', 'closure');
      row.attribute('caseStatus', answerText(row.text('caseStatus')));
    },
  },
  {
    number: 7,
    title: 'child protection',
    signature: /child protection plan start|plan start date/,
    columns: [
      ...common,
      { key: 'cpStart', label: 'Child Protection Plan Start Date', pattern: /plan start|start date/, required: true },
      { key: 'initialCategory', label: 'Initial Category of Abuse', pattern: /initial category/ },
      { key: 'latestCategory', label: 'Latest Category of Abuse', pattern: /latest category/ },
      { key: 'lastVisit', label: 'Date of the Last Statutory Visit', pattern: /statutory visit|last visit/ },
      { key: 'seenAlone', label: 'Was the Child Seen Alone?', pattern: /seen alone/ },
      { key: 'latestReview', label: 'Date of latest review conference', pattern: /review/ },
      { key: 'cpEnd', label: 'Child Protection Plan End Date', pattern: /plan end|end date/ },
    ],
    map(row) {
      row.event('cp_plan_started', 'cpStart', {
        category: row.code('initialCategory', categoryCode, CP_CATEGORY_CODES, 'category of abuse'),
        latestCategory: row.code('latestCategory', categoryCode, CP_CATEGORY_CODES, 'category of abuse'),
      });
      if (row.has('lastVisit')) row.latestOnly('visit');
      row.event('visit', 'lastVisit', { purpose: 'statutory', childSeen: true, seenAlone: row.yesNo('seenAlone') });
      if (row.has('latestReview')) row.latestOnly('review_cp_conference');
      row.event('review_cp_conference', 'latestReview');
      row.event('cp_plan_ended', 'cpEnd');
      row.order('cpStart', 'latestReview');
      row.order('cpStart', 'cpEnd');
    },
  },
  {
    number: 8,
    title: 'children looked after',
    signature: /started to be looked after|ceased to be looked after/,
    columns: [
      ...common,
      { key: 'claStart', label: 'Date Started to be Looked After', pattern: /started to be looked after|date started/, required: true },
      { key: 'legalStatusStart', label: 'Start date of current legal status', pattern: /start date.*legal status|legal status start/ },
      { key: 'legalStatus', label: "Child's Legal Status", pattern: /legal status/ },
      { key: 'latestReview', label: 'Date of Latest Statutory Review', pattern: /review/ },
      { key: 'iroContact', label: 'Date of Last IRO Visit / Contact to the Child', pattern: /\biro\b/ },
      { key: 'lastVisit', label: 'Date of Last Social Work Visit', pattern: /social work visit|last visit/ },
      { key: 'healthAssessment', label: 'Date of Last Health Assessment', pattern: /health/ },
      { key: 'dentalCheck', label: 'Date of Last Dental Check', pattern: /dental/ },
      { key: 'ceased', label: 'Date Ceased to be Looked After', pattern: /date ceased/ },
      { key: 'ceasedReason', label: 'Reason Ceased to be Looked After', pattern: /reason ceased/ },
      { key: 'placementStart', label: 'Start Date of Most Recent Placement', pattern: /placement start|start date of (most recent|latest|current) placement/ },
      { key: 'placementType', label: 'Placement Type', pattern: /placement type/ },
    ],
    map(row) {
      // The list gives the current legal status and when it started: it is the status at entry
      // when it started with the period of care (or no start is given), otherwise a change.
      const legalStatus = row.code('legalStatus', leadingCode, SSDA903_LEGAL_STATUS_CODES, 'legal status');
      const started = row.date('claStart');
      const legalStatusStarted = row.date('legalStatusStart');
      const atEntry = legalStatusStarted === undefined || legalStatusStarted === started;
      row.event('looked_after_started', 'claStart', { legalStatus: atEntry ? legalStatus : undefined });
      if (!atEntry) {
        row.latestOnly('legal_status_changed');
        row.event('legal_status_changed', 'legalStatusStart', { legalStatus });
      }
      const latest: [string, string][] = [
        ['cla_review', 'latestReview'],
        ['iro_contact', 'iroContact'],
        ['health_assessment', 'healthAssessment'],
        ['dental_check', 'dentalCheck'],
        ['placement_started', 'placementStart'],
      ];
      for (const [type, key] of latest) if (row.has(key)) row.latestOnly(type);
      row.event('cla_review', 'latestReview');
      row.event('iro_contact', 'iroContact');
      if (row.has('lastVisit')) row.latestOnly('visit');
      row.event('visit', 'lastVisit', { purpose: 'statutory', childSeen: true });
      row.event('health_assessment', 'healthAssessment');
      row.event('dental_check', 'dentalCheck');
      row.event('placement_started', 'placementStart', { placementType: row.code('placementType', leadingCode, SSDA903_PLACEMENT_CODES, 'placement type') });
      row.event('looked_after_ended', 'ceased', { reason: row.code('ceasedReason', reasonCeasedCode, SSDA903_LEAVING_CARE_REC, 'reason ceased') });
      row.order('claStart', 'legalStatusStart');
      row.order('claStart', 'placementStart');
      row.order('claStart', 'ceased');
    },
  },
  {
    number: 9,
    title: 'care leavers',
    signature: /eligibility|pathway plan|personal advis/,
    columns: [
      ...common,
      { key: 'personalAdvisor', label: 'Allocated Personal Advisor', pattern: /personal advis/ },
      { key: 'eligibility', label: 'Eligibility Category', pattern: /eligib/ },
      { key: 'pathwayReview', label: 'Latest Pathway Plan Review Date', pattern: /pathway/ },
      { key: 'inTouch', label: 'LA in Touch', pattern: /in touch/ },
      { key: 'latestContact', label: 'Latest Date of Contact', pattern: /contact/ },
    ],
    map(row) {
      if (row.has('pathwayReview')) row.latestOnly('pathway_plan_review');
      row.event('pathway_plan_review', 'pathwayReview');
      if (row.has('latestContact')) row.latestOnly('care_leaver_contact');
      row.event('care_leaver_contact', 'latestContact', { inTouch: answerText(row.text('inTouch')) });
      row.attribute('personalAdvisor', row.text('personalAdvisor'));
      row.attribute('careLeaverCategory', answerText(row.text('eligibility')));
    },
  },
];

/**
 * The Annex A list a sheet or CSV name refers to (`List 3`, `list_3.csv`, `List3 - Referrals`),
 * or undefined.
 *
 * @example
 * listNumberOf('List 8 - Children looked after'); //=> 8
 * listNumberOf('annex-a-list_3.csv'); //=> 3
 * listNumberOf('Cover sheet'); //=> undefined
 */
export function listNumberOf(name: string): number | undefined {
  const m = /list\s*[-_ ]?\s*(\d{1,2})(?!\d)/i.exec(name);
  return m ? Number(m[1]) : undefined;
}
