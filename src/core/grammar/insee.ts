/**
 * The official codes of French territories (INSEE's Code officiel géographique), as written in
 * sheets and URLs. Corsica's départements are 2A and 2B; overseas départements are 971 to 976.
 * Each pattern is case-insensitive: callers upper-case what they keep.
 */

/** A région: "84", "11", "94". */
export const REGION_CODE = /^\d{2}$/;
/** A département: "01", "2A", "974". */
export const DEPARTEMENT_CODE = /^(\d{2}|2[AB]|97\d)$/i;
/** A commune: "86194", "2A004". */
export const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/i;
/** A postcode: five digits. */
export const POSTCODE = /^\d{5}$/;
/** A territory named by kind and code: "r84" (région) or "d2A" (département). */
export const AREA_CODE = /^(r\d{2}|d(\d{2}|2[AB]|97\d))$/i;
