import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { DeckActionsContext, type DeckActions } from './deck-actions';
import type { Dataset } from '../data/dataset';
import type { DeckSlide } from '../state/deck';
import type { PanelId } from '../state/filters';
import { usePageFilters } from '../state/store';
import type { UrlContext } from '../state/url';
import type { Job } from './deck-capture-view';

const Capture = lazy(() => import('./deck-capture-view').then((m) => ({ default: m.Capture })));

/** Lets panels and the deck list download PowerPoint files; one download at a time. */
export function DeckExporter({
  dataset,
  ctx,
  children,
}: {
  dataset: Dataset;
  ctx: UrlContext;
  children: ReactNode;
}) {
  const [job, setJob] = useState<Job | null>(null);
  const pageFilters = usePageFilters();
  const run = useCallback(
    (slides: readonly DeckSlide[], fileName: string, progress?: Job['progress']) =>
      new Promise<void>((resolve, reject) =>
        setJob({ slides, fileName, resolve, reject, progress }),
      ),
    [],
  );
  const actions = useMemo<DeckActions>(
    () => ({
      downloadPanel: (panel, title) => {
        const f = pageFilters();
        return run(
          [{ id: 'panel', panel: panel as PanelId, ...f, title, note: '' }],
          `${panel}.pptx`,
        );
      },
      downloadDeck: (slides, progress) => run(slides, 'briefing-deck.pptx', progress),
    }),
    [run, pageFilters],
  );
  const done = useCallback(() => setJob(null), []);
  return (
    <DeckActionsContext.Provider value={actions}>
      {children}
      {job && (
        <Suspense fallback={null}>
          <Capture job={job} dataset={dataset} ctx={ctx} onDone={done} />
        </Suspense>
      )}
    </DeckActionsContext.Provider>
  );
}
