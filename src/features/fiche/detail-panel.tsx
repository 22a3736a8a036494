import { useCallback, useId, useRef, type KeyboardEvent } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../../shared/i18n/strings';
import { useAtlas } from '../../state/store';
import { useDatasetIndex } from '../../state/use-atlas-data';
import { ActorsLoadState } from '../../shared/ui/actors-load-state';
import { ViewBoundary } from '../../shared/ui/view-boundary';
import { DetailBody } from './detail-body';
import { useFocusReturn } from './use-focus-return';
import './fiche.css';

/** The sheet of the selected actor: everything known about it, its relations, a link to share. */
export function DetailPanel({
  lang,
  ecosystem = true,
  proposals = true,
}: {
  lang: Lang;
  /** Offer the territory's ecosystem view (not in the embed, which has none). */ ecosystem?: boolean;
  /** Offer corrections and reports (in the embed only when its host asks: `propose=1`). */ proposals?: boolean;
}) {
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const data = useDatasetIndex();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const restore = useFocusReturn(selected, panelRef, headingRef);

  const close = useCallback(() => {
    restore(selected);
    select(null);
  }, [restore, select, selected]);

  if (selected === null) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  const row = data?.rowOf.get(selected);
  const actor = row === undefined ? undefined : data?.features[row]?.properties;

  return (
    <aside ref={panelRef} className="detail-panel" data-testid="detail-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="detail-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="detail-title" lang={actor && lang !== 'fr' ? 'fr' : undefined}>
          {actor ? actor.name : data ? t('detail.notFoundTitle', lang) : t('detail.loadingTitle', lang)}
        </h2>
        <button type="button" className="detail-close" onClick={close}>
          {t('detail.close', lang)}
        </button>
      </div>
      <div className="detail-body">
        {/* A fiche that fails to show leaves the panel, its close button and the page; another fiche is tried afresh. */}
        <ViewBoundary lang={lang} resetKey={selected}>
          {!data ? <ActorsLoadState lang={lang} quiet /> : null}
          {data && !actor ? <p className="detail-not-found">{t('detail.notFound', lang)}</p> : null}
          {data && actor && row !== undefined ? (
            <DetailBody data={data} actor={actor} row={row} lang={lang} idPrefix={titleId} ecosystem={ecosystem} proposals={proposals} />
          ) : null}
        </ViewBoundary>
      </div>
    </aside>
  );
}
