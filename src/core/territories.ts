/** The map's territories: metropolitan France and the five overseas départements, with their extents. */

export interface TerritoryView {
  id: string;
  fr: string;
  en: string;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
}

export const TERRITORY_VIEWS: readonly TerritoryView[] = [
  { id: 'metropole', fr: 'Métropole', en: 'Mainland', bounds: [-5.3, 41.2, 9.7, 51.2] },
  { id: '971', fr: 'Guadeloupe', en: 'Guadeloupe', bounds: [-61.9, 15.8, -60.9, 16.6] },
  { id: '972', fr: 'Martinique', en: 'Martinique', bounds: [-61.3, 14.3, -60.7, 14.95] },
  { id: '973', fr: 'Guyane', en: 'French Guiana', bounds: [-54.7, 2.0, -51.5, 5.9] },
  { id: '974', fr: 'La Réunion', en: 'Réunion', bounds: [55.1, -21.5, 55.9, -20.8] },
  { id: '976', fr: 'Mayotte', en: 'Mayotte', bounds: [44.9, -13.1, 45.4, -12.5] },
];
