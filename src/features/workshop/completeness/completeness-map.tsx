/**
 * The share of complete fiches per département on a small map of its own: the atlas's map
 * (`createAtlasMap`, offline style on the loaded basemap) with the coverage choropleth layer
 * coloured by class. Without WebGL it says so: the table by département holds the same values.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { setWorkerUrl, type Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TerritoryCompleteness } from './completeness';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../workshop-i18n';
import { FRANCE_BOUNDS } from '../../../shared/map/config';
import { OVERLAY_BEFORE } from '../../../shared/map/map-context';
import { BASEMAP_COLORS } from '../../../shared/palette';
import type { Basemap } from '../../../state/queries';
import { classColorExpression, COVERAGE_LAYERS, coverageFillLayer } from '../../coverage/map-layers';
import { createAtlasMap } from '../../map/atlas-map';
import { maplibreLocale } from '../../map/locale';
import { offlineStyle } from '../../map/style';
import { hasWebGl } from '../../map/webgl';
import { formatPercent } from './format';
import { departementClasses, SHARE_BREAKS, SHARE_PALETTE } from './share-classes';

// As the atlas's map does (map-view.tsx): the bundled MapLibre cannot find its worker next to itself.
setWorkerUrl(workerUrl);

interface CompletenessMapProps {
  basemap: Basemap;
  departements: readonly TerritoryCompleteness[];
  lang: Lang;
  headingId: string;
}

export function CompletenessMap({ basemap, departements, lang, headingId }: CompletenessMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed, setFailed] = useState(() => !hasWebGl());
  const fillColor = useMemo(() => classColorExpression(departementClasses(departements), SHARE_PALETTE), [departements]);

  useEffect(() => {
    const element = container.current;
    if (!element || failed) return;
    let instance: MapLibreMap;
    try {
      instance = createAtlasMap({
        container: element,
        style: offlineStyle(basemap),
        bounds: FRANCE_BOUNDS,
        fitBoundsOptions: { padding: 8 },
        locale: maplibreLocale(lang),
      });
    } catch (error) {
      console.error(error);
      setFailed(true);
      return;
    }
    instance.on('load', () => {
      instance.addLayer(coverageFillLayer('departement'), instance.getLayer(OVERLAY_BEFORE) ? OVERLAY_BEFORE : undefined);
      setMap(instance);
    });
    return () => {
      setMap(null);
      instance.remove();
    };
  }, [basemap, lang, failed]);

  useEffect(() => {
    map?.setPaintProperty(COVERAGE_LAYERS.fill, 'fill-color', fillColor);
  }, [map, fillColor]);

  if (failed)
    return (
      <section className="workshop-section" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('completeness.map.title', lang)}</h3>
        <p className="workshop-hint" data-testid="completeness-map-missing">
          {t('completeness.map.noWebgl', lang)}
        </p>
      </section>
    );
  const bounds = [0, ...SHARE_BREAKS, 1];
  return (
    <section className="workshop-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('completeness.map.title', lang)}</h3>
      <p className="workshop-hint">{t('completeness.map.alternative', lang)}</p>
      <div ref={container} className="workshop-map" data-testid="completeness-map" data-ready={map ? 'true' : 'false'} />
      <p className="workshop-legend-title" id={`${headingId}-legend`}>
        {t('completeness.map.legend', lang)}
      </p>
      <ul className="workshop-legend" aria-labelledby={`${headingId}-legend`}>
        {SHARE_PALETTE.map((color, k) => {
          const min = formatPercent(bounds[k]!, lang);
          const label =
            k === SHARE_PALETTE.length - 1
              ? t('completeness.map.last', lang, { min })
              : t('completeness.map.class', lang, { min, max: formatPercent(bounds[k + 1]!, lang) });
          return (
            <li key={color}>
              <span className="workshop-swatch" style={{ background: color }} aria-hidden="true" />
              {label}
            </li>
          );
        })}
        <li>
          <span className="workshop-swatch" style={{ background: BASEMAP_COLORS.land }} aria-hidden="true" />
          {t('completeness.map.noFiche', lang)}
        </li>
      </ul>
    </section>
  );
}
