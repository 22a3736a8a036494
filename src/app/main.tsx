import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startUrlSync } from '../state/url-sync';
import { tellInputs } from '../state/input-pauses';
import { createQueryClient } from '../state/query-client';
import { atlasStore } from '../state/store';
import { ViewBoundary } from '../shared/ui/view-boundary';
import '../shared/ui/base.css';
import '../shared/ui/motion.css';

startUrlSync();
// Work for later (network measures, the search's descriptions) pauses while the person acts.
tellInputs(window);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      {/* The last resort: a failure no view's boundary caught still leaves a message, never a blank page. */}
      <ViewBoundary lang={atlasStore.getState().lang}>
        <App />
      </ViewBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
