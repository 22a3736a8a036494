/** The text search: typed text reaches the store after a short pause, so typing stays fluid. */
import { useEffect, useId, useState } from 'react';
import { MAX_TEXT_LENGTH } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { loadSearch } from '../../state/data-slice';

const DEBOUNCE_MS = 150;

export function SearchBox({ lang }: { lang: Lang }) {
  const text = useAtlas((s) => s.filters.text);
  const setFilter = useAtlas((s) => s.setFilter);
  const [value, setValue] = useState(text);
  const id = useId();

  // The store may change from elsewhere (reset, back button): follow it.
  useEffect(() => setValue(text), [text]);

  useEffect(() => {
    if (value === text) return;
    const timer = window.setTimeout(() => setFilter('text', value), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value, text, setFilter]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        setFilter('text', value);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('search.label', lang)}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={MAX_TEXT_LENGTH}
        placeholder={t('search.placeholder', lang)}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setValue(e.target.value)}
        onFocus={() => void loadSearch()}
      />
    </form>
  );
}
