import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeRectangleProgram } from 'sigma/rendering';
import type { CommunityGraphModel } from './community-model';
import { GraphCanvasFrame } from './graph-canvas-frame';
import { LABEL_SETTINGS, labelLayer } from './graph-label';
import { MAX_RATIO, MIN_RATIO } from './graph-camera';
import type { Lang } from '../../../core/vocabulary';
import { t } from '../../../shared/i18n/strings';

/**
 * The communities drawn by sigma.js (WebGL): clicking one opens it. Their names are placed like
 * the fiches' (`graph-label.ts`): the larger communities first, none over another. The table that follows does
 * the same from the keyboard.
 */
export function CommunityCanvas({
  graph,
  lang,
  onOpen,
  onDrawn,
}: {
  graph: CommunityGraphModel;
  lang: Lang;
  onOpen: (community: number) => void;
  onDrawn: () => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const labels = useRef(labelLayer());
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, element, {
        edgeProgramClasses: { line: EdgeRectangleProgram },
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
      onDrawn();
      return;
    }
    const detach = labels.current.attach(sigma, element);
    sigmaRef.current = sigma;
    sigma.on('clickNode', ({ node }) => onOpen(Number(node)));
    sigma.on('enterNode', () => element.classList.add('is-pointing'));
    sigma.on('leaveNode', () => element.classList.remove('is-pointing'));
    const observer = new ResizeObserver(() => sigma.refresh());
    observer.observe(element);
    // Ready once the first frame is on screen (sigma draws on the next animation frame).
    let first = true;
    sigma.on('afterRender', () => {
      if (first) onDrawn();
      first = false;
    });
    sigma.refresh();
    return () => {
      observer.disconnect();
      detach();
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [graph, onOpen, onDrawn]);

  return (
    <GraphCanvasFrame
      containerRef={container}
      sigmaRef={sigmaRef}
      label={t('graph.communities.canvasLabel', lang)}
      failed={failed}
      lang={lang}
    />
  );
}
