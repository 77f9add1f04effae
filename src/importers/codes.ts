// National code lists the importers check values against. An unknown code is reported and
// kept as given, so nothing is lost and a pack can still test for it.

/**
 * CIN census `Disability` codes; `NONE` means the child has no disability.
 *
 * @example
 * CIN_DISABILITY_CODES.has('HAND'); //=> true
 */
export const CIN_DISABILITY_CODES: ReadonlySet<string> = new Set([
  'NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA',
]);

/**
 * CIN census category of abuse (`InitialCategoryOfAbuse`, `LatestCategoryOfAbuse`).
 *
 * @example
 * CP_CATEGORY_CODES.has('NEG'); //=> true
 */
export const CP_CATEGORY_CODES: ReadonlySet<string> = new Set(['NEG', 'PHY', 'EMO', 'SAB', 'MUL']);

/**
 * CIN census `ReasonForClosure`.
 *
 * @example
 * CIN_CLOSURE_CODES.has('RC8'); //=> true
 */
export const CIN_CLOSURE_CODES: ReadonlySet<string> = new Set(['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9']);

/**
 * CIN census `ReferralSource`.
 *
 * @example
 * CIN_REFERRAL_SOURCE_CODES.has('2A'); //=> true
 */
export const CIN_REFERRAL_SOURCE_CODES: ReadonlySet<string> = new Set([
  '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10',
]);

/**
 * CIN census `PrimaryNeedCode` (also the SSDA903 `CIN` column).
 *
 * @example
 * CIN_NEED_CODES.has('N1'); //=> true
 */
export const CIN_NEED_CODES: ReadonlySet<string> = new Set(['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9']);

/**
 * SSDA903 reason for new episode (`RNE`): S started to be looked after; L change of legal
 * status only; P change of placement and carer(s) only; T change of placement (same carers)
 * only; B change of legal status and placement and carer(s); U change of legal status and
 * placement (same carers).
 *
 * @example
 * SSDA903_RNE_CODES.has('S'); //=> true
 */
export const SSDA903_RNE_CODES: ReadonlySet<string> = new Set(['S', 'L', 'P', 'T', 'B', 'U']);

/**
 * RNE codes that mean the child moved placement (or the placement changed) on DECOM.
 *
 * @example
 * SSDA903_PLACEMENT_CHANGE_RNE.has('L'); //=> false (legal status only)
 */
export const SSDA903_PLACEMENT_CHANGE_RNE: ReadonlySet<string> = new Set(['P', 'T', 'B', 'U']);

/**
 * SSDA903 legal status (`LS`).
 *
 * @example
 * SSDA903_LEGAL_STATUS_CODES.has('V2'); //=> true
 */
export const SSDA903_LEGAL_STATUS_CODES: ReadonlySet<string> = new Set([
  'C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3',
]);

/**
 * SSDA903 placement type (`PLACE`).
 *
 * @example
 * SSDA903_PLACEMENT_CODES.has('U4'); //=> true
 */
export const SSDA903_PLACEMENT_CODES: ReadonlySet<string> = new Set([
  'A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1',
]);

/**
 * SSDA903 reason episode ceased (`REC`) codes that end the period of care (E codes: adopted,
 * died, returned home, special guardianship, independent living, aged 18 ...). `X1` (episode
 * ceases and a new one begins the same day) is the only code that continues it.
 *
 * @example
 * SSDA903_LEAVING_CARE_REC.has('E11'); //=> true
 * SSDA903_LEAVING_CARE_REC.has('X1'); //=> false
 */
export const SSDA903_LEAVING_CARE_REC: ReadonlySet<string> = new Set([
  'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E43', 'E44', 'E45', 'E46', 'E47', 'E48',
  'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9',
]);

/**
 * The SSDA903 REC code for "episode ceases, and new episode begins on same day, for any reason".
 *
 * @example
 * episode.rec === SSDA903_REC_CONTINUES; // the period of care goes on
 */
export const SSDA903_REC_CONTINUES = 'X1';

/**
 * Reads a yes/no value as returns write it: `true`/`false`, `1`/`0`, `Y`/`N`, `Yes`/`No`,
 * Annex A's `a) Yes`/`b) No`. Anything else (including `Unknown`) is undefined.
 *
 * @example
 * readYesNo('a) Yes'); //=> true
 * readYesNo('false'); //=> false
 * readYesNo('c) Unknown'); //=> undefined
 */
export function readYesNo(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase().replace(/^[a-z]\)\s*/, '');
  if (['true', '1', 'y', 'yes'].includes(v)) return true;
  if (['false', '0', 'n', 'no'].includes(v)) return false;
  return undefined;
}
