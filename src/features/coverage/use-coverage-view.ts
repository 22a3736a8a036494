/**
 * Everything a coverage layer shows, for the overlay that is on and the current filters: the
 * rows of its territories, their classes and colours, the white-zone communes, what is counted.
 * The computing is the domain's; this only puts it together for the components.
 */
import type { FeatureCollection, Point } from 'geojson';
import { useMemo } from 'react';
import {
  classify,
  countedTotals,
  densityClasses,
  unplacedCount,
  WHITE_SHARE_CLASSES,
  type DensityRow,
} from './coverage';
import { overlayLevel, type CoverageOverlay } from '../../core/overlays';
import {
  classColorExpression,
  COVERAGE_PALETTE,
  WHITE_ZONE_PALETTE,
  type WhiteZoneCommuneProperties,
} from './map-layers';
import type { FilteredView } from '../../state/use-atlas-data';
import type { WhiteRow } from './format';
import { useCoverageFragility, useCoverageGazetteer, useDensities, useWhiteZones, type WhiteZones } from './use-coverage';

/** The communes of a white zone as points for the map, with their distance rounded (-1: no actor at all). */
function communeFeatures({ communes: c, beyond, distances }: WhiteZones): FeatureCollection<Point, WhiteZoneCommuneProperties> {
  return {
    type: 'FeatureCollection',
    features: beyond.map((i) => {
      const d = distances[i] ?? Infinity;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [c.lon[i] ?? 0, c.lat[i] ?? 0] },
        properties: {
          code: c.code[i] ?? '',
          name: c.name[i] ?? '',
          population: c.population[i] ?? 0,
          distance: Number.isFinite(d) ? Math.round(d) : -1,
        },
      };
    }),
  };
}

export function useCoverageView(overlay: CoverageOverlay | null, view: FilteredView | undefined) {
  const level = overlay ? overlayLevel(overlay) : 'departement';
  const isWhite = overlay?.kind === 'white';
  const km = overlay?.kind === 'white' ? overlay.distance : 0;
  const gazetteer = useCoverageGazetteer(overlay !== null);
  const fragility = useCoverageFragility(overlay?.kind === 'ranking');
  const densityRows = useDensities(level, view, overlay ? gazetteer.data : undefined);
  const white = useWhiteZones(isWhite, view, gazetteer.data, km);

  const densities = useMemo<DensityRow[] | undefined>(
    () => densityRows?.map((r) => (level === 'departement' ? { ...r, name: `${r.code} – ${r.name}` } : r)),
    [densityRows, level],
  );
  const whiteRows = useMemo<WhiteRow[] | undefined>(() => {
    if (!white || !gazetteer.data) return undefined;
    const byCode = new Map(white.rows.map((r) => [r.code, r]));
    return gazetteer.data.departements.map((d) => ({
      ...(byCode.get(d.code) ?? { code: d.code, population: 0, beyond: 0, share: null, communes: 0 }),
      name: `${d.code} – ${d.name}`,
    }));
  }, [white, gazetteer.data]);

  const values = useMemo(
    () =>
      isWhite
        ? (whiteRows ?? []).map((r) => ({ code: r.code, value: r.share }))
        : (densities ?? []).map((r) => ({ code: r.code, value: r.density })),
    [isWhite, whiteRows, densities],
  );
  const classes = useMemo(
    () => (isWhite ? WHITE_SHARE_CLASSES : densityClasses(values.map((v) => v.value))),
    [isWhite, values],
  );
  const palette = isWhite ? WHITE_ZONE_PALETTE : COVERAGE_PALETTE;
  const { classOfCode, counts } = useMemo(() => classify(values, classes), [values, classes]);
  const fillColor = useMemo(() => classColorExpression(classOfCode, palette), [classOfCode, palette]);
  const zeroCodes = useMemo(
    () => (isWhite ? [] : (densities ?? []).filter((r) => r.count === 0).map((r) => r.code)),
    [isWhite, densities],
  );
  const communes = useMemo(() => (white ? communeFeatures(white) : null), [white]);
  // Once per change of data or filters, not at every pointer move over the map.
  const totals = useMemo(() => countedTotals(densities ?? []), [densities]);
  const unplaced = useMemo(() => (view ? unplacedCount(view.data.columns.coords, view.result.matches) : 0), [view]);

  return {
    level,
    isWhite,
    km,
    gazetteer,
    fragility,
    densities,
    white,
    whiteRows,
    classes,
    palette,
    counts,
    fillColor,
    zeroCodes,
    communes,
    totals,
    unplaced,
    ready: overlay !== null && gazetteer.data !== undefined && (!isWhite || white !== undefined),
    computing: isWhite && gazetteer.data !== undefined && (white === undefined || !white.current),
  };
}
