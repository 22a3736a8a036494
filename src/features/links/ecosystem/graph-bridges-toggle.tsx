import { useId } from 'react';
import type { Lang } from '../../../core/vocabulary';
import { t, tn } from '../../../shared/i18n/strings';
import type { LinkMetricsState } from '../use-link-metrics';

/**
 * « Ponts »: rings the graph's bridges (the fiches with the highest betweenness) or not. The
 * betweenness comes from the links worker: until it answers, « calcul en cours ».
 */
export function GraphBridgesToggle({
  lang,
  state,
  shown,
  count,
  onToggle,
}: {
  lang: Lang;
  state: LinkMetricsState;
  shown: boolean;
  count: number;
  onToggle: () => void;
}) {
  const statusId = useId();
  const status =
    state === 'pending'
      ? t('graph.bridges.pending', lang)
      : state === 'unavailable'
        ? t('graph.bridges.unavailable', lang)
        : shown
          ? count === 0
            ? t('graph.bridges.none', lang)
            : tn('graph.bridges.count', count, lang)
          : '';
  return (
    <div className="graph-bridges" data-testid="graph-bridges" data-bridges-state={state} data-bridges-count={count}>
      <button type="button" className="graph-toggle" aria-pressed={shown} aria-describedby={statusId} onClick={onToggle}>
        {t('graph.bridges.toggle', lang)}
      </button>
      <p id={statusId} className="detail-note" role="status">
        {status}
      </p>
    </div>
  );
}
