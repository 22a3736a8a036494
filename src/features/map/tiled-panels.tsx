/**
 * What the page shows beside a tiled map (`meta.json` has `tiles`): the filters the tiles can
 * apply (practice, profile, kind, with the dataset's totals), "near me" read from the tiles
 * around the place, and, where a view needs every row (the list, the ecosystem), a plain
 * message saying so instead of a view that would wait for data that never come.
 */
import { useQuery } from '@tanstack/react-query';
import { KINDS, PRACTICES, PROFILES, type Lang } from '../../core/vocabulary';
import { formatNumber, t, type StringKey } from '../../shared/i18n/strings';
import { PRACTICE_COLORS } from '../../shared/palette';
import { LoadingStatus } from '../../shared/ui/loading-status';
import { metaQuery } from '../../state/queries';
import { useAtlas } from '../../state/store';
import { FacetGroup, type FacetOption } from '../filters/facet-group';
import { useNearOrigin } from '../near-me/use-nearby';
import { countsAreBounds, nearestFromTiles, tilesAround, unsupportedFilters } from './tiled-filter';
import { readTiles } from './tiled-source';
import type { TilesInfo } from './tiled-map-view';
import './tiled-panels.css';

const NEAR_SHOWN = 10;

export function TiledFilters({ lang }: { lang: Lang }) {
  const meta = useQuery(metaQuery()).data;
  const filters = useAtlas((s) => s.filters);
  const toggle = useAtlas((s) => s.toggleOption);
  if (!meta) return null;
  const { counts } = meta;
  const total = counts.actors + counts.projects;
  const options = <C extends string>(
    list: readonly { code: C; fr: string; en: string }[],
    count: (c: C) => number,
    color?: (c: C) => string,
  ): FacetOption[] =>
    list.map((term) => ({ value: term.code, label: term[lang], count: count(term.code), ...(color ? { color: color(term.code) } : {}) }));
  const ignored = unsupportedFilters(filters).map((f) => t(`tiled.facet.${f}` as StringKey, lang));
  return (
    <div className="filters" data-testid="tiled-filters">
      <p className="tiled-intro">{t('tiled.filters.intro', lang, { n: formatNumber(total, lang) })}</p>
      {countsAreBounds(filters) ? (
        <p className="tiled-intro" role="status">
          {t('tiled.filters.bounds', lang)}
        </p>
      ) : null}
      {ignored.length > 0 ? (
        <p className="tiled-intro" role="status">
          {t('tiled.filters.ignored', lang, { list: ignored.join(', ') })}
        </p>
      ) : null}
      <FacetGroup
        legend={t('filter.practices', lang)}
        lang={lang}
        options={options(
          PRACTICES.list,
          (c) => counts.byPractice[c] ?? 0,
          (c) => PRACTICE_COLORS[c],
        )}
        selected={filters.practices}
        onToggle={(v) => toggle('practices', v)}
      />
      <FacetGroup
        legend={t('filter.profiles', lang)}
        lang={lang}
        options={options(PROFILES.list, (c) => counts.byProfile[c] ?? 0)}
        selected={filters.profiles}
        onToggle={(v) => toggle('profiles', v)}
      />
      <FacetGroup
        legend={t('filter.kinds', lang)}
        lang={lang}
        options={options(KINDS.list, (c) => (c === 'project' ? counts.projects : counts.actors))}
        selected={filters.kinds}
        onToggle={(v) => toggle('kinds', v)}
      />
    </div>
  );
}

/** "Near me" on the tiles: the rows and groups within the radius, read from the few tiles around the place. */
export function TiledNearResults({ lang, tiles }: { lang: Lang; tiles: TilesInfo }) {
  const origin = useNearOrigin();
  const radius = useAtlas((s) => s.radius);
  const filters = useAtlas((s) => s.filters);
  const place = origin.status === 'ready' ? { lat: origin.lat, lon: origin.lon } : null;
  const read = useQuery({
    queryKey: ['tiles-near', tiles.file, place?.lon, place?.lat, radius],
    enabled: place !== null,
    staleTime: Infinity,
    queryFn: ({ signal }) => {
      if (!place) return Promise.resolve([]);
      return readTiles(tiles.file, tilesAround(place.lon, place.lat, radius, tiles.maxZoom), signal);
    },
  });
  if (!place) return null;
  if (read.isError) return <p role="alert">{t('tiled.near.failed', lang)}</p>;
  if (!read.data) return <LoadingStatus text={t('tiled.near.reading', lang)} />;
  const near = nearestFromTiles(read.data, place.lon, place.lat, radius, filters);
  const km = (d: number) => formatNumber(Math.round(d * 10) / 10, lang);
  return (
    <div className="tiled-near" data-testid="tiled-near">
      <p role="status">
        {near.total === 0
          ? t('tiled.near.none', lang, { r: radius })
          : t(near.exact ? 'tiled.near.count' : 'tiled.near.countAtMost', lang, { n: near.total, r: radius })}
      </p>
      <ol>
        {near.items.slice(0, NEAR_SHOWN).map((item, i) => (
          <li key={item.id ?? `group-${i}`}>
            {item.name === null
              ? t('tiled.near.group', lang, { n: item.count, d: km(item.km) })
              : t('tiled.near.item', lang, { name: item.name, d: km(item.km) })}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Instead of a view that needs every row: what it would take, and what still works. */
export function TiledViewNotice({ id, lang, view }: { id: string; lang: Lang; view: 'list' | 'graph' }) {
  const meta = useQuery(metaQuery()).data;
  const n = meta ? meta.counts.actors + meta.counts.projects : 0;
  return (
    <section id={id} className="map-message tiled-view-notice" tabIndex={-1} data-testid="tiled-view-notice">
      <p role="status">{t(view === 'list' ? 'tiled.list' : 'tiled.graph', lang, { n: formatNumber(n, lang) })}</p>
    </section>
  );
}
