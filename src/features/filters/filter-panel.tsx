/** All the facets, each option with its count given the other filters. */
import { useId } from 'react';
import type { FacetCounts } from '../../core/filters';
import { KINDS, PRACTICES, PROFILES, SCOPES, type Lang } from '../../core/vocabulary';
import { formatNumber, t } from '../../shared/i18n/strings';
import { PRACTICE_COLORS } from '../../shared/palette';
import { useAtlas } from '../../state/store';
import { useDatasetIndex } from '../../state/use-atlas-data';
import { useTerritoryNames } from '../../state/use-territory-names';
import { FacetGroup, type FacetOption } from './facet-group';
import { ThemeFacet } from './theme-facet';

const NO_THEMES: readonly string[] = [];
const QUALIFICATION_STEPS = [0, 50, 75, 90, 100] as const;

export function FilterPanel({ lang, counts }: { lang: Lang; counts: FacetCounts }) {
  const filters = useAtlas((s) => s.filters);
  const toggle = useAtlas((s) => s.toggleOption);
  const setFilter = useAtlas((s) => s.setFilter);
  const themeNames = useDatasetIndex()?.table.themes ?? NO_THEMES;
  const names = useTerritoryNames();
  const ids = { region: useId(), dep: useId(), qmin: useId() };

  const options = <C extends string>(
    list: readonly { code: C; fr: string; en: string }[],
    facet: Record<string, number>,
    color?: (c: C) => string,
  ): FacetOption[] =>
    list.map((term) => ({
      value: term.code,
      label: term[lang],
      count: facet[term.code] ?? 0,
      ...(color ? { color: color(term.code) } : {}),
    }));

  const regionCodes = Object.keys(counts.regions).sort((a, b) =>
    (names.regions.get(a) ?? a).localeCompare(names.regions.get(b) ?? b, 'fr'),
  );
  const depCodes = Object.keys(counts.departements)
    .filter((d) => filters.regions.length === 0 || filters.regions.includes(names.regionOfDepartement.get(d) ?? ''))
    .sort();

  return (
    <div className="filters">
      <FacetGroup
        legend={t('filter.practices', lang)}
        lang={lang}
        options={options(PRACTICES.list, counts.practices, (c) => PRACTICE_COLORS[c])}
        selected={filters.practices}
        onToggle={(v) => toggle('practices', v)}
      />
      <FacetGroup
        legend={t('filter.profiles', lang)}
        lang={lang}
        options={options(PROFILES.list, counts.profiles)}
        selected={filters.profiles}
        onToggle={(v) => toggle('profiles', v)}
      />
      <FacetGroup
        legend={t('filter.kinds', lang)}
        lang={lang}
        options={options(KINDS.list, counts.kinds)}
        selected={filters.kinds}
        onToggle={(v) => toggle('kinds', v)}
      />
      <FacetGroup
        legend={t('filter.scopes', lang)}
        lang={lang}
        options={options(SCOPES.list, counts.scopes)}
        selected={filters.scopes}
        onToggle={(v) => toggle('scopes', v)}
      />

      <fieldset className="facet">
        <legend>{t('filter.territory', lang)}</legend>
        <label htmlFor={ids.region}>{t('filter.region', lang)}</label>
        <select
          id={ids.region}
          value={filters.regions[0] ?? ''}
          onChange={(e) => {
            setFilter('regions', e.target.value ? [e.target.value] : []);
            setFilter('departements', []);
          }}
        >
          <option value="">{t('filter.allRegions', lang)}</option>
          {regionCodes.map((code) => (
            <option key={code} value={code}>
              {names.regions.get(code) ?? code} ({formatNumber(counts.regions[code] ?? 0, lang)})
            </option>
          ))}
        </select>
        <label htmlFor={ids.dep}>{t('filter.departement', lang)}</label>
        <select
          id={ids.dep}
          value={filters.departements[0] ?? ''}
          onChange={(e) => setFilter('departements', e.target.value ? [e.target.value] : [])}
        >
          <option value="">{t('filter.allDepartements', lang)}</option>
          {depCodes.map((code) => (
            <option key={code} value={code}>
              {code} – {names.departements.get(code) ?? code} ({formatNumber(counts.departements[code] ?? 0, lang)})
            </option>
          ))}
        </select>
      </fieldset>

      <ThemeFacet lang={lang} names={themeNames} counts={counts.themes} selected={filters.themes} onToggle={(v) => toggle('themes', v)} />

      <fieldset className="facet">
        <legend>{t('filter.data', lang)}</legend>
        <ul>
          {(['all', 'real', 'sample'] as const).map((d) => (
            <li key={d}>
              <label>
                <input type="radio" name="data-filter" checked={filters.data === d} onChange={() => setFilter('data', d)} />
                <span className="facet-label">{t(`filter.data.${d}`, lang)}</span>
                <span className="facet-count">{formatNumber(counts.data[d] ?? 0, lang)}</span>
              </label>
            </li>
          ))}
        </ul>
        <label htmlFor={ids.qmin}>{t('filter.minQualification', lang)}</label>
        <select
          id={ids.qmin}
          value={Math.round(filters.minQualification * 100)}
          onChange={(e) => setFilter('minQualification', Number(e.target.value) / 100)}
        >
          {QUALIFICATION_STEPS.map((q) => (
            <option key={q} value={q}>
              {q === 0 ? t('filter.anyQualification', lang) : `≥ ${q} %`}
            </option>
          ))}
        </select>
      </fieldset>
    </div>
  );
}
