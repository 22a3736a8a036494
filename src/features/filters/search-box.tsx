/**
 * The text search: each letter typed reaches the store at once and is searched in a worker; the
 * box is marked busy (`aria-busy`) until its hits are in. There is no pause to wait for: a text
 * costs the page nothing until its hits come (the last result stays meanwhile), the hits of a
 * text already replaced by another are dropped, and the hits cost one filter pass (a few ms at
 * 100,000 actors). The letters of one search make one history entry (`url-sync.ts`).
 */
import { useId } from 'react';
import { MAX_TEXT_LENGTH } from '../../core/url-state';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';

export function SearchBox({ lang }: { lang: Lang }) {
  const text = useAtlas((s) => s.filters.text);
  const setFilter = useAtlas((s) => s.setFilter);
  const ensureSearchIndex = useAtlas((s) => s.ensureSearchIndex);
  const pending = useAtlas((s) => s.searchPending);
  const id = useId();

  return (
    <form className="search-box" role="search" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label', lang)}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={MAX_TEXT_LENGTH}
        placeholder={t('search.placeholder', lang)}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setFilter('text', e.target.value)}
        onFocus={() => void ensureSearchIndex()}
      />
    </form>
  );
}
