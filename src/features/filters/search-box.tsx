/**
 * The text search: typed text reaches the store after a short pause, so typing stays fluid; the
 * search runs in a worker, and the box is marked busy (`aria-busy`) until its hits are in.
 */
import { useEffect, useId, useState } from 'react';
import { MAX_TEXT_LENGTH } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';

/**
 * The pause in the typing after which the text is searched. Short: the search runs in a worker
 * and each result costs the page one filter pass (a few ms at 100,000 actors), so the results can
 * follow the typing closely.
 */
const DEBOUNCE_MS = 50;

export function SearchBox({ lang }: { lang: Lang }) {
  const text = useAtlas((s) => s.filters.text);
  const setFilter = useAtlas((s) => s.setFilter);
  const ensureSearchIndex = useAtlas((s) => s.ensureSearchIndex);
  const pending = useAtlas((s) => s.searchPending);
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
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        // Searched already once the pause is over: the same text again would filter again for nothing.
        if (value !== text) setFilter('text', value);
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
        onFocus={() => void ensureSearchIndex()}
      />
    </form>
  );
}
