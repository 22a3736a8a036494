/**
 * Entry of the data workshop (`atelier.html`): its own store and pipeline worker; the language
 * follows `?lang=` as on the atlas.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../core/vocabulary';
import { ViewBoundary } from '../../shared/ui/view-boundary';
import { createQueryClient } from '../../state/query-client';
import { columnAdvisor } from './column-advisor';
import { createPipelineClient } from './pipeline-client';
import { listenForProposalLinks } from './moderation/proposal-fragment';
import { WorkshopApp } from './workshop-app';
import { createWorkshopStore, setWorkshopStore } from './workshop-store';
import '../../shared/ui/base.css';
import './workshop.css';

const lang: Lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'fr';
const store = createWorkshopStore({ client: createPipelineClient(), advisor: columnAdvisor, lang });
setWorkshopStore(store);
// `atelier.html#proposition=…`: the proposal goes into the queue at once.
listenForProposalLinks(store);

// The language in the address, so that a reload or a shared link keeps it.
store.subscribe((state, prev) => {
  if (state.lang === prev.lang) return;
  const url = new URL(window.location.href);
  if (state.lang === 'fr') url.searchParams.delete('lang');
  else url.searchParams.set('lang', state.lang);
  window.history.replaceState(window.history.state, '', url);
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    {/* The last resort: a failure no step's boundary caught still leaves a message, never a blank page. */}
    {/* The atlas's data files (the basemap, for the territories' names and the map of « Qualité »), loaded as the atlas loads them. */}
    <QueryClientProvider client={createQueryClient()}>
      <ViewBoundary lang={lang}>
        <WorkshopApp />
      </ViewBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
