/**
 * The theme facet: the most used themes, a search within the facet and « Afficher plus ». The
 * selected themes are always shown, so that they can be unticked.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { FacetGroup } from './facet-group';
import { pickThemes, THEMES_PAGE } from './theme-options';
import { ThemeName } from '../../shared/ui/french-text';

interface ThemeFacetProps {
  lang: Lang;
  /** Every theme of the dataset. */
  names: readonly string[];
  counts: Readonly<Record<string, number>>;
  selected: readonly string[];
  onToggle: (theme: string) => void;
}

export function ThemeFacet({ lang, names, counts, selected, onToggle }: ThemeFacetProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(THEMES_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  // After « Afficher plus », the first option it revealed takes the focus (the button may go); after
  // « Afficher moins », which goes, « Afficher plus » takes it.
  const focusAt = useRef<number | 'more' | null>(null);
  const picked = useMemo(() => pickThemes(names, counts, { query, limit, selected }), [names, counts, query, limit, selected]);

  useEffect(() => {
    if (focusAt.current === 'more') moreRef.current?.focus();
    else if (focusAt.current !== null) listRef.current?.querySelectorAll('input')[focusAt.current]?.focus();
    focusAt.current = null;
  }, [limit]);

  const search = (value: string) => {
    setQuery(value);
    setLimit(THEMES_PAGE);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Escape empties the search first; only an empty field lets it through (the embed's drawer closes).
    if (event.key !== 'Escape' || query === '') return;
    event.preventDefault();
    search('');
  };

  const searchable = names.length > THEMES_PAGE;
  const status = statusText(lang, query, picked.ranked, picked.matching);
  const intro = searchable ? (
    <div className="facet-search">
      <label htmlFor={`${id}-search`}>{t('filter.themeSearch', lang)}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} className="facet-status" role="status" data-testid="theme-status">
        {status}
      </p>
    </div>
  ) : null;

  return (
    <FacetGroup
      legend={t('filter.themes', lang)}
      lang={lang}
      intro={intro}
      listRef={listRef}
      options={picked.shown.map((theme) => ({ value: theme, label: <ThemeName lang={lang} theme={theme} />, count: counts[theme] ?? 0 }))}
      selected={selected}
      onToggle={onToggle}
    >
      {picked.matching > picked.ranked || limit > THEMES_PAGE ? (
        <p className="facet-more">
          {picked.matching > picked.ranked ? (
            <button
              ref={moreRef}
              type="button"
              className="link-button"
              aria-describedby={`${id}-status`}
              onClick={() => {
                focusAt.current = picked.ranked;
                setLimit((n) => n + THEMES_PAGE);
              }}
            >
              {t('filter.moreThemes', lang)}
            </button>
          ) : null}
          {limit > THEMES_PAGE ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                focusAt.current = 'more';
                setLimit(THEMES_PAGE);
              }}
            >
              {t('filter.fewerThemes', lang)}
            </button>
          ) : null}
        </p>
      ) : null}
    </FacetGroup>
  );
}

function statusText(lang: Lang, query: string, shown: number, matching: number): string {
  if (query.trim() === '') return tn('filter.themesShown', shown, lang, { total: matching });
  if (matching === 0) return t('filter.noTheme', lang);
  if (shown === matching) return tn('filter.themesFound', matching, lang);
  return t('filter.themesFoundShown', lang, { n: matching, shown });
}
