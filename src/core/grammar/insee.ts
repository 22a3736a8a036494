/**
 * The official codes of French territories (INSEE's Code officiel géographique), as written in
 * sheets and URLs. Corsica's départements are 2A and 2B; overseas départements are 971 to 976.
 * Régions and départements are checked against their lists, not a pattern: "99" has the shape
 * of a région and names none. Each check is case-insensitive: callers upper-case what they keep.
 */

/** A commune: "86194", "2A004". */
export const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/i;
/** A postcode: five digits. */
export const POSTCODE = /^\d{5}$/;

/** The 18 régions: overseas 01 to 06 (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte), metropolitan 11 to 94. */
// prettier-ignore
export const REGION_CODES = [
  '01', '02', '03', '04', '06',
  '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94',
] as const;

/** The 101 départements: 01 to 95 with Corsica as 2A and 2B (no 20), and overseas 971 to 976 (975 is not one). */
// prettier-ignore
export const DEPARTEMENT_CODES = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '2A', '2B',
  '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40',
  '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60',
  '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80',
  '81', '82', '83', '84', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95', '971', '972', '973', '974', '976',
] as const;

const REGIONS: ReadonlySet<string> = new Set(REGION_CODES);
const DEPARTEMENTS: ReadonlySet<string> = new Set(DEPARTEMENT_CODES);

/** One of the 18 région codes ("84"); a well-formed code that names none ("99") is not. */
export function isRegionCode(code: string): boolean {
  return REGIONS.has(code);
}

/** One of the 101 département codes, whatever the case ("2a" is 2A); "20", "975" or "977" are not. */
export function isDepartementCode(code: string): boolean {
  return DEPARTEMENTS.has(code.toUpperCase());
}

/** A territory that exists, named by kind and code ("r84", "D2a"); "r99" or "d977" are not. */
export function isAreaCode(code: string): boolean {
  const kind = code.charAt(0).toLowerCase();
  const rest = code.slice(1);
  return kind === 'r' ? isRegionCode(rest) : kind === 'd' && isDepartementCode(rest);
}
