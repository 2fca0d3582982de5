import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { DeckSlide } from '../state/deck';
import { loadDeckStore } from './deck-loader';
import { useDeckSlides, useRemovedSlide } from './deck-store';
import { useLinkedDeck } from '../state/store';
import { DeckList } from './deck-list';

// Printing a deck is rarer still: its code loads when first asked for.
const DeckPrint = lazy(() => import('./deck-print').then((m) => ({ default: m.DeckPrint })));

/** The deck list (the link's deck, else the stored one) and its printing. */
export function DeckSection({ dataset }: { dataset: Dataset }) {
  // A link's deck can be saved here: the stored one must be read first, and other tabs followed.
  useEffect(() => void loadDeckStore(), []);
  const stored = useDeckSlides();
  const linked = useLinkedDeck();
  const removed = useRemovedSlide();
  const [printing, setPrinting] = useState<DeckSlide[] | null>(null);
  const printed = useCallback(() => setPrinting(null), []);
  const slides = linked ?? stored;
  if (slides.length === 0 && !removed) return null;
  return (
    <>
      <DeckList dataset={dataset} onPrint={() => setPrinting([...slides])} />
      {printing && (
        <Suspense fallback={null}>
          <DeckPrint slides={printing} dataset={dataset} onDone={printed} />
        </Suspense>
      )}
    </>
  );
}
