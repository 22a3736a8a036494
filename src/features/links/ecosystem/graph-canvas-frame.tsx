import type { RefObject } from 'react';
import type Sigma from 'sigma';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { frameNodes, showWholeGraph, zoomIn, zoomOut } from './graph-camera';

interface GraphCanvasFrameProps {
  containerRef: RefObject<HTMLDivElement | null>;
  /** The drawing, once sigma has started; the zoom buttons move its camera. */
  sigmaRef: RefObject<Sigma | null>;
  /** The nodes « Ajuster » frames (the open fiche and its links); none: the whole graph. */
  focusNodes?: () => readonly string[];
  /** What the drawing shows, for screen readers (its table says it in full). */
  label: string;
  /** Sigma could not start (no WebGL): say so, keep the table. */
  failed: boolean;
  lang: Lang;
}

/**
 * The element sigma draws in, for the graph of fiches and the graph of communities alike, with
 * its zoom buttons (in, out, fit, whole graph) in a row above its top right corner: they cover
 * nothing of the drawing.
 */
export function GraphCanvasFrame({ containerRef, sigmaRef, focusNodes, label, failed, lang }: GraphCanvasFrameProps) {
  const run = (move: (sigma: Sigma) => void) => () => {
    if (sigmaRef.current) move(sigmaRef.current);
  };
  const hasFocus = (focusNodes?.().length ?? 0) > 0;
  return (
    <>
      {failed ? <p className="graph-unsupported">{t('graph.unsupported', lang)}</p> : null}
      <div className="graph-stage" hidden={failed}>
        <div className="graph-zoom" role="group" aria-label={t('graph.zoom.toolbar', lang)} data-testid="graph-zoom">
          <button type="button" aria-label={t('graph.zoom.in', lang)} title={t('graph.zoom.in', lang)} onClick={run(zoomIn)}>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" aria-label={t('graph.zoom.out', lang)} title={t('graph.zoom.out', lang)} onClick={run(zoomOut)}>
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            aria-label={t(hasFocus ? 'graph.zoom.fitOpen' : 'graph.zoom.fitAll', lang)}
            title={t(hasFocus ? 'graph.zoom.fitOpen' : 'graph.zoom.fitAll', lang)}
            onClick={run((sigma) => frameNodes(sigma, focusNodes?.() ?? []))}
          >
            {t('graph.zoom.fit', lang)}
          </button>
          <button type="button" aria-label={t('graph.zoom.reset', lang)} title={t('graph.zoom.reset', lang)} onClick={run(showWholeGraph)}>
            {t('graph.zoom.resetShort', lang)}
          </button>
        </div>
        <div ref={containerRef} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />
      </div>
    </>
  );
}
