/**
 * The table alternative of a coverage layer: every département (or région) with its values,
 * sortable; focusing or clicking a row outlines the territory on the map and reads it out.
 */
import type { CountedKind, DensityRow } from './coverage';
import type { Lang } from '../../core/vocabulary';
import { formatNumber, t } from '../../shared/i18n/strings';
import { formatDensity, formatShare, type WhiteRow } from './format';
import { SortTable } from './sort-table';

interface CoverageTableProps {
  lang: Lang;
  level: 'departement' | 'region';
  kind: CountedKind;
  km: number;
  densities: readonly DensityRow[] | undefined;
  white: readonly WhiteRow[] | undefined;
  active: string | null;
  onActivate: (code: string) => void;
  shown: boolean;
  onShow: (shown: boolean) => void;
}

const dash = '—';

export function CoverageTable({ lang, level, kind, km, densities, white, active, onActivate, shown, onShow }: CoverageTableProps) {
  const rows = white ?? densities;
  if (!rows) return null;
  const name = {
    key: 'name',
    label: t(level === 'departement' ? 'coverage.col.departement' : 'coverage.col.region', lang),
    sortValue: (r: { code: string }) => r.code,
    render: (r: { name: string }) => r.name,
  };
  const population = {
    key: 'population',
    label: t('coverage.col.population', lang),
    numeric: true,
    initial: 'descending' as const,
    sortValue: (r: { population: number }) => r.population,
    render: (r: { population: number }) => formatNumber(r.population, lang),
  };
  const caption = t('coverage.table.caption', lang, {
    unit: white ? t('coverage.unit.white', lang, { km }) : t(`coverage.unit.${kind}`, lang),
    level: t(`coverage.level.${level}`, lang),
  });

  return (
    <div className="coverage-table-block">
      <button type="button" className="coverage-table-toggle" aria-expanded={shown} onClick={() => onShow(!shown)}>
        {shown ? t('coverage.table.hide', lang) : t('coverage.table.show', lang)}
      </button>
      {!shown ? null : white ? (
        <SortTable<WhiteRow>
          caption={caption}
          rows={white}
          columns={[
            name,
            population,
            {
              key: 'beyond',
              label: t('coverage.col.beyond', lang),
              numeric: true,
              initial: 'descending',
              sortValue: (r) => r.beyond,
              render: (r) => formatNumber(r.beyond, lang),
            },
            {
              key: 'share',
              label: t('coverage.col.share', lang, { km }),
              numeric: true,
              initial: 'descending',
              sortValue: (r) => r.share,
              render: (r) => (r.share === null ? dash : formatShare(r.share, lang)),
            },
            {
              key: 'communes',
              label: t('coverage.col.communes', lang),
              numeric: true,
              initial: 'descending',
              sortValue: (r) => r.communes,
              render: (r) => formatNumber(r.communes, lang),
            },
          ]}
          initialSort={{ column: 'name', direction: 'ascending' }}
          headerColumn="name"
          active={active}
          onActivate={onActivate}
          testId="coverage-table"
        />
      ) : (
        <SortTable<DensityRow>
          caption={caption}
          rows={densities ?? []}
          columns={[
            name,
            {
              key: 'count',
              label: t(`coverage.col.count.${kind}`, lang),
              numeric: true,
              initial: 'descending',
              sortValue: (r) => r.count,
              render: (r) => formatNumber(r.count, lang),
            },
            population,
            {
              key: 'density',
              label: t('coverage.col.density', lang),
              numeric: true,
              sortValue: (r) => r.density,
              render: (r) => (r.density === null ? dash : formatDensity(r.density, lang)),
            },
          ]}
          initialSort={{ column: 'name', direction: 'ascending' }}
          headerColumn="name"
          active={active}
          onActivate={onActivate}
          testId="coverage-table"
        />
      )}
    </div>
  );
}
