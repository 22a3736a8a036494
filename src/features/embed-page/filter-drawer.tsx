/** The embed's filters, in a panel over the map that the filter button opens and Escape closes. */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { FacetCounts } from '../../core/filters';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { FilterPanel } from '../filters/filter-panel';

interface FilterDrawerProps {
  id: string;
  lang: Lang;
  counts: FacetCounts;
  onClose: () => void;
}

export function FilterDrawer({ id, lang, counts, onClose }: FilterDrawerProps) {
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    onClose();
  };

  return (
    <section id={id} className="embed-drawer" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="embed-drawer-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('embed.filters', lang)}
        </h2>
        <button type="button" className="detail-close" onClick={onClose}>
          {t('embed.closeFilters', lang)}
        </button>
      </div>
      <div className="embed-drawer-body">
        <FilterPanel lang={lang} counts={counts} />
      </div>
    </section>
  );
}
