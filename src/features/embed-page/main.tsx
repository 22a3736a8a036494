/**
 * Entry of the embed page (`embed.html`): the same store, URL state and components as the full
 * app, with the embed's own parameters and the postMessage channel to the host page.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../../state/query-client';
import { EMBED_PARAM_NAMES, parseEmbedParams } from './embed-params';
import { atlasStore } from '../../state/store';
import { OTHER_PARAMS, startUrlSync } from '../../state/url-sync';
import { tellInputs } from '../../state/input-pauses';
import { EmbedApp } from './embed-app';
import { createHostChannel } from './host-channel';
import { markLegendFold } from './legend-fold';
import { ViewBoundary } from '../../shared/ui/view-boundary';
import '../../shared/ui/base.css';
import '../filters/filters.css';
import './embed.css';

OTHER_PARAMS.push(...EMBED_PARAM_NAMES.filter((name) => !OTHER_PARAMS.includes(name)));
const { options, notices } = parseEmbedParams(window.location.search);
// Inside a frame, history entries would hijack the host page's "back" button.
startUrlSync(atlasStore, { history: 'replace' });
atlasStore.getState().addNotices(notices);
// Work for later (network measures, the search's descriptions) pauses while the person acts.
tellInputs(window);
const channel = createHostChannel(options.origins);
markLegendFold(document.documentElement, window.innerHeight);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      {/* The last resort: a failure no view's boundary caught still leaves a message, never a blank page. */}
      <ViewBoundary lang={atlasStore.getState().lang}>
        <EmbedApp options={options} channel={channel} />
      </ViewBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
