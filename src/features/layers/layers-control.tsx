/**
 * The map's layers control as the first view needs it: its folded button. The control itself
 * (`CoverageOverlay`: fragility and coverage layers, legends, tables) is loaded when the button is
 * first used, or at once when the URL turns a layer on.
 */
import { lazy, Suspense, useState } from 'react';
import type { Lang } from '../../core/vocabulary';
import { useAtlas } from '../../state/store';
import type { FilteredView } from '../../state/use-atlas-data';
import './layers.css';
import { LayersTitle } from './layers-title';
import { LAYERS_BUTTON_ID } from './layers-button-id';
import { RegionProfile } from '../fragility/region-profile';

const loadControl = () => import('./layers-panel');
const CoverageOverlay = lazy(() => loadControl().then((m) => ({ default: m.CoverageOverlay })));

export function LayersControl({ lang, view }: { lang: Lang; view: FilteredView | undefined }) {
  const overlayId = useAtlas((s) => s.overlay);
  const [unfolded, setUnfolded] = useState(false);
  const folded = <FoldedLayers lang={lang} busy={unfolded} onUnfold={() => setUnfolded(true)} />;
  return (
    <>
      {!unfolded && overlayId === null ? (
        folded
      ) : (
        <Suspense fallback={folded}>
          <CoverageOverlay lang={lang} view={view} unfolded={unfolded} />
        </Suspense>
      )}
      {/* A région's profile, in its own panel, with or without a layer. */}
      <RegionProfile lang={lang} />
    </>
  );
}

function FoldedLayers({ lang, busy, onUnfold }: { lang: Lang; busy: boolean; onUnfold: () => void }) {
  return (
    <section className="coverage-control" aria-labelledby="coverage-title" data-open="false" data-testid="coverage-control">
      <h2 id="coverage-title" className="coverage-title">
        {/* Fetched as soon as the pointer or the focus comes near, so that a click rarely waits. */}
        <button
          id={LAYERS_BUTTON_ID}
          type="button"
          aria-expanded="false"
          aria-busy={busy}
          onClick={onUnfold}
          onPointerEnter={() => void loadControl()}
          onFocus={() => void loadControl()}
        >
          <LayersTitle lang={lang} />
          <span aria-hidden="true"> ▾</span>
        </button>
      </h2>
    </section>
  );
}
