import { useCallback, useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EcosystemGraphModel } from './ecosystem-graph';
import { GraphCanvasFrame } from './graph-canvas-frame';
import { MAX_RATIO, MIN_RATIO, showWholeGraph } from './graph-camera';
import { paled } from './graph-colors';
import { LABEL_PRIORITY, LABEL_SETTINGS, labelLayer } from './graph-label';
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
 * actor and its neighbours stand out (the others paled, never grey: grey is « hors des filtres »),
 * and the view centres on it whenever the selection changes; closing it shows the whole graph
 * again. `pointed`: the node whose name has the keyboard focus (in the table or the search), its
 * label shown; `bridges`: ringed, their names shown.
 */
export function GraphCanvas({
  graph,
  lang,
  pointed,
  bridges,
}: {
  graph: EcosystemGraphModel;
  lang: Lang;
  pointed: string | null;
  bridges: ReadonlySet<string>;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const labels = useRef(labelLayer());
  const [failed, setFailed] = useState(false);
  const selected = useAtlas((s) => s.selected);
  const select = useAtlas((s) => s.select);
  const focus = selected && graph.hasNode(selected) ? selected : null;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, element, {
        edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram },
        defaultEdgeType: 'line',
        ...LABEL_SETTINGS,
        labelFont: 'system-ui, sans-serif',
        defaultDrawNodeLabel: labels.current.drawLabel,
        minCameraRatio: MIN_RATIO,
        maxCameraRatio: MAX_RATIO,
        zIndex: true,
      });
    } catch {
      setFailed(true);
      return;
    }
    const detach = labels.current.attach(sigma, element);
    sigmaRef.current = sigma;
    sigma.on('clickNode', ({ node }) => select(node));
    sigma.on('enterNode', () => element.classList.add('is-pointing'));
    sigma.on('leaveNode', () => element.classList.remove('is-pointing'));
    // The sheet opening beside the graph narrows it without resizing the window.
    const observer = new ResizeObserver(() => sigma.refresh());
    observer.observe(element);
    return () => {
      observer.disconnect();
      detach();
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [graph, select]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const neighbours = new Set(focus ? graph.neighbors(focus) : []);
    labels.current.setBridges(bridges);
    sigma.setSetting('nodeReducer', (node, data) => {
      let out = data;
      if (bridges.has(node)) out = { ...out, forceLabel: true, zIndex: 1 };
      if (focus) {
        if (node === focus) out = { ...out, highlighted: true, forceLabel: true, zIndex: 3, [LABEL_PRIORITY]: 4 };
        else if (neighbours.has(node)) out = { ...out, forceLabel: true, zIndex: 2, [LABEL_PRIORITY]: 2 };
        else out = { ...out, label: '', forceLabel: false, color: paled(data.color ?? '#767676'), zIndex: 0 };
      }
      if (node === pointed) out = { ...out, label: data.label, highlighted: true, forceLabel: true, zIndex: 4, [LABEL_PRIORITY]: 5 };
      return out;
    });
    sigma.setSetting('edgeReducer', (edge, data) => {
      if (!focus) return data;
      return graph.hasExtremity(edge, focus)
        ? { ...data, size: 2.5, zIndex: 1 }
        : { ...data, color: paled(data.color ?? '#767676', 0.25), zIndex: 0 };
    });
  }, [graph, focus, pointed, bridges]);

  // The camera follows the selection: onto the opened fiche, back to the whole graph when closed.
  const framed = useRef<string | null>(null);
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const before = framed.current;
    framed.current = focus;
    if (focus) {
      // Display positions are only framed (normalised) once sigma has processed the graph.
      sigma.refresh();
      const position = sigma.getNodeDisplayData(focus);
      if (position) {
        void sigma
          .getCamera()
          .animate({ x: position.x, y: position.y, ratio: FOCUS_RATIO }, { duration: prefersReducedMotion() ? 0 : 400 });
      }
    } else if (before) showWholeGraph(sigma);
  }, [graph, focus]);

  const focusNodes = useCallback(() => (focus ? [focus, ...graph.neighbors(focus)] : []), [graph, focus]);

  return (
    <GraphCanvasFrame
      containerRef={container}
      sigmaRef={sigmaRef}
      focusNodes={focusNodes}
      label={t('graph.canvasLabel', lang)}
      failed={failed}
      lang={lang}
    />
  );
}
