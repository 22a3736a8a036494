/** Messages between the page and the white-zones worker. */

export type WhiteZonesRequest =
  /** The communes' points, sent once (about 35,000 of them). */
  | { type: 'init'; lon: Float64Array; lat: Float64Array }
  /** The matching actors' points (longitude, latitude pairs), on every change of the filters. */
  | { type: 'nearest'; points: Float64Array };

export interface WhiteZonesReplies {
  init: null;
  /** Distance in km from each commune to the nearest point; time taken in the worker. */
  nearest: { distances: Float32Array; ms: number };
}

