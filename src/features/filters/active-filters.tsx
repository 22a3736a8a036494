/**
 * The result count (announced to screen readers), one removable chip per active filter, and one
 * "reset" for all of them.
 */
import { activeFilterCount, type Filters } from '../../core/filters';
import { KINDS, PRACTICES, PROFILES, SCOPES, themeLabel, type Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { useAtlas, type AtlasState } from '../../state/store';
import { useTerritoryNames, type TerritoryNames } from '../../state/use-territory-names';

interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

export function ActiveFilters({ lang, total }: { lang: Lang; total: number }) {
  const names = useTerritoryNames();
  const filters = useAtlas((s) => s.filters);
  const toggle = useAtlas((s) => s.toggleOption);
  const setFilter = useAtlas((s) => s.setFilter);
  const reset = useAtlas((s) => s.resetFilters);
  const chips = chipsOf(filters, lang, names, toggle, setFilter);

  return (
    <div className="active-filters">
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true" data-testid="result-count">
        {tn('results.count', total, lang)}
      </p>
      {activeFilterCount(filters) > 0 ? (
        <>
          <ul className="chips" aria-label={t('chips.label', lang)}>
            {chips.map((c) => (
              <li key={c.key}>
                <button type="button" className="chip" onClick={c.remove} aria-label={t('chips.remove', lang, { label: c.label })}>
                  {c.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="reset-button" onClick={reset}>
            {t('filters.reset', lang)}
          </button>
        </>
      ) : null}
    </div>
  );
}

function chipsOf(
  f: Filters,
  lang: Lang,
  names: TerritoryNames,
  toggle: AtlasState['toggleOption'],
  setFilter: AtlasState['setFilter'],
): Chip[] {
  return [
    ...f.practices.map((p) => ({ key: `p-${p}`, label: PRACTICES.label(p, lang), remove: () => toggle('practices', p) })),
    ...f.profiles.map((p) => ({ key: `pr-${p}`, label: PROFILES.label(p, lang), remove: () => toggle('profiles', p) })),
    ...f.kinds.map((k) => ({ key: `k-${k}`, label: KINDS.label(k, lang), remove: () => toggle('kinds', k) })),
    ...f.scopes.map((s) => ({ key: `s-${s}`, label: SCOPES.label(s, lang), remove: () => toggle('scopes', s) })),
    ...f.regions.map((r) => ({ key: `r-${r}`, label: names.label('region', r), remove: () => toggle('regions', r) })),
    ...f.departements.map((d) => ({ key: `d-${d}`, label: names.label('departement', d), remove: () => toggle('departements', d) })),
    ...f.themes.map((th) => ({ key: `t-${th}`, label: themeChip(th, lang), remove: () => toggle('themes', th) })),
    ...(f.data !== 'all' ? [{ key: 'data', label: t(`filter.data.${f.data}`, lang), remove: () => setFilter('data', 'all') }] : []),
    ...(f.minQualification > 0
      ? [
          {
            key: 'q',
            label: t('chips.qualification', lang, { n: Math.round(f.minQualification * 100) }),
            remove: () => setFilter('minQualification', 0),
          },
        ]
      : []),
    ...(f.text.trim() ? [{ key: 'text', label: `« ${f.text.trim()} »`, remove: () => setFilter('text', '') }] : []),
  ];
}

/** A theme's chip: its English name, or the French text marked « (FR) » in the English interface. */
function themeChip(theme: string, lang: Lang): string {
  const label = themeLabel(theme, lang);
  return lang !== 'fr' && label.french ? `${label.text} (FR)` : label.text;
}
