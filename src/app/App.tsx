import { useState } from 'react';
import { DEFAULT_LANG } from '../i18n/strings';
import { AppHeader } from './AppHeader';
import { MapArea } from './MapArea';
import { SampleDataNotice } from './SampleDataNotice';
import { SkipLinks } from './SkipLinks';
import { isSmallScreen } from './smallScreen';
import { SummaryPanel } from './SummaryPanel';

export const SUMMARY_ID = 'resume';
export const MAP_ID = 'carte';

export function App() {
  const lang = DEFAULT_LANG;
  // On small screens the summary starts folded, so that the map gets the room.
  const [panelOpen, setPanelOpen] = useState(() => !isSmallScreen());

  return (
    <div className="app">
      <SkipLinks lang={lang} summaryId={SUMMARY_ID} mapId={MAP_ID} />
      <AppHeader lang={lang} />
      <SampleDataNotice lang={lang} />
      <main className="app-main">
        <SummaryPanel
          id={SUMMARY_ID}
          lang={lang}
          open={panelOpen}
          onToggle={() => setPanelOpen((open) => !open)}
        />
        <MapArea id={MAP_ID} lang={lang} />
      </main>
    </div>
  );
}
