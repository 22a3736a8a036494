import type { RefObject } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';

interface GraphCanvasFrameProps {
  containerRef: RefObject<HTMLDivElement | null>;
  /** What the drawing shows, for screen readers (its table says it in full). */
  label: string;
  /** Sigma could not start (no WebGL): say so, keep the table. */
  failed: boolean;
  lang: Lang;
}

/** The element sigma draws in, for the graph of fiches and the graph of communities alike. */
export function GraphCanvasFrame({ containerRef, label, failed, lang }: GraphCanvasFrameProps) {
  return (
    <>
      {failed ? <p className="graph-unsupported">{t('graph.unsupported', lang)}</p> : null}
      <div ref={containerRef} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" hidden={failed} />
    </>
  );
}
