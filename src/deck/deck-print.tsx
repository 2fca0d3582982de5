import { useEffect, useMemo, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { filterLine } from '../state/filter-line';
import { PanelBoundary } from '../components/panel-boundary';
import { PresentingContext, type Presenting } from '../components/presenting';
import type { Dataset } from '../data/dataset';
import type { DeckSlide } from '../state/deck';
import { SlideFiltersContext } from '../state/store';
import { usePanels } from '../components/panel-registry';

/** Time for the slides' panels and charts to load and draw before the print dialog opens. */
const DRAW_MS = 1500;

function PrintedSlide({ slide, dataset }: { slide: DeckSlide; dataset: Dataset }) {
  const entry = usePanels().find((p) => p.id === slide.panel)!;
  const presenting = useMemo<Presenting>(
    () => ({
      fontSize: 16,
      width: 1040,
      filterLine: filterLine(dataset, slide),
      title: slide.title || undefined,
      headline: slide.headline || undefined,
      part: 0,
      page: 0,
      setPages: () => {},
    }),
    [dataset, slide],
  );
  return (
    <div
      className="presenter theme-light deck-print-page flex flex-col"
      style={{ '--slide-font': '16px' } as CSSProperties}
    >
      <div className="slide flex min-h-0 flex-1 flex-col">
        <PresentingContext.Provider value={presenting}>
          <SlideFiltersContext.Provider value={slide}>
            <PanelBoundary id={entry.id}>
              <entry.Component dataset={dataset} />
            </PanelBoundary>
          </SlideFiltersContext.Provider>
        </PresentingContext.Provider>
      </div>
      {slide.note && <p className="mt-2 text-sm whitespace-pre-wrap">Note: {slide.note}</p>}
    </div>
  );
}

/**
 * The deck on paper: each slide as it is presented, one per landscape page. The page around it
 * is hidden while it prints; it closes when the print dialog does.
 */
export function DeckPrint({
  slides,
  dataset,
  onDone,
}: {
  slides: readonly DeckSlide[];
  dataset: Dataset;
  onDone: () => void;
}) {
  useEffect(() => {
    document.documentElement.classList.add('printing-deck');
    window.addEventListener('afterprint', onDone);
    const timer = setTimeout(() => window.print(), DRAW_MS);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', onDone);
      document.documentElement.classList.remove('printing-deck');
    };
  }, [onDone]);
  // Beside the page, not inside it, so the print stylesheet can leave out everything else.
  return createPortal(
    <div className="deck-print" aria-label="Deck for printing" role="region">
      {slides.map((s) => (
        <PrintedSlide key={s.id} slide={s} dataset={dataset} />
      ))}
    </div>,
    document.body,
  );
}
