import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EcosystemGraphModel } from './ecosystem-graph';
import { GraphCanvasFrame } from './graph-canvas-frame';
import { drawLabelOnBacking } from './graph-label';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';
import { useAtlas } from '../../../state/store';

/** Zoom (camera ratio) when the view centres on a node. */
const FOCUS_RATIO = 0.35;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The graph drawn by sigma.js (WebGL). Clicking a node selects that actor everywhere; the selected
 * actor and its neighbours stand out, and the view centres on it whenever the selection changes.
 */
export function GraphCanvas({ graph, lang }: { graph: EcosystemGraphModel; lang: Lang }) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const [failed, setFailed] = useState(false);
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, element, {
        edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram },
        defaultEdgeType: 'line',
        labelRenderedSizeThreshold: 8,
        labelFont: 'system-ui, sans-serif',
        defaultDrawNodeLabel: drawLabelOnBacking,
        zIndex: true,
      });
    } catch {
      setFailed(true);
      return;
    }
    sigmaRef.current = sigma;
    sigma.on('clickNode', ({ node }) => select(node));
    sigma.on('enterNode', () => element.classList.add('is-pointing'));
    sigma.on('leaveNode', () => element.classList.remove('is-pointing'));
    // The sheet opening beside the graph narrows it without resizing the window.
    const observer = new ResizeObserver(() => sigma.refresh());
    observer.observe(element);
    return () => {
      observer.disconnect();
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [graph, select]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const focus = selected && graph.hasNode(selected) ? selected : null;
    const neighbours = new Set(focus ? graph.neighbors(focus) : []);
    sigma.setSetting('nodeReducer', (node, data) => {
      if (!focus) return data;
      if (node === focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
      if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
      return { ...data, label: '', color: '#d9d6cf', zIndex: 0 };
    });
    sigma.setSetting('edgeReducer', (edge, data) => {
      if (!focus) return data;
      return graph.hasExtremity(edge, focus) ? { ...data, size: 2.5, zIndex: 1 } : { ...data, color: '#e6e3dc', zIndex: 0 };
    });
    if (focus) {
      // Display positions are only framed (normalised) once sigma has processed the graph.
      sigma.refresh();
      const position = sigma.getNodeDisplayData(focus);
      if (position) {
        void sigma
          .getCamera()
          .animate({ x: position.x, y: position.y, ratio: FOCUS_RATIO }, { duration: prefersReducedMotion() ? 0 : 400 });
      }
    }
  }, [graph, selected]);

  return <GraphCanvasFrame containerRef={container} label={t('graph.canvasLabel', lang)} failed={failed} lang={lang} />;
}
