import { useEffect, useState } from 'react';
import { PANEL_IDS, type PanelId } from '../state/filters';
import { loadDeckStore } from './deck-loader';
import { usePageFilters } from '../state/store';
import { useDeckActions } from './deck-actions';

const link = 'text-sm font-medium text-brand underline disabled:opacity-60';

/**
 * A panel's way into a briefing: "Add to deck" keeps the panel under the page's filters as a slide
 * (its title and note are edited in the Deck list); the panel alone also downloads as PowerPoint.
 */
export function DeckButtons({ id, title }: { id: string; title: string }) {
  const pageFilters = usePageFilters();
  const actions = useDeckActions();
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(null), 5000);
    return () => clearTimeout(timer);
  }, [said]);
  if (!(PANEL_IDS as readonly string[]).includes(id)) return null;

  const add = async () => {
    // The filters are read at the click, before the deck's code has loaded.
    const slide = { panel: id as PanelId, ...pageFilters(), title, note: '' };
    const deck = await loadDeckStore();
    const count = deck.deckSlides().length;
    await deck.addSlides([slide]);
    setSaid(`Added as slide ${count + 1} of the deck.`);
  };
  const download = async () => {
    if (!actions) return;
    setBusy(true);
    try {
      await actions.downloadPanel(id, title);
    } catch (e) {
      setSaid(`The PowerPoint file could not be made: ${e instanceof Error ? e.message : e}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={link} onClick={() => void add()}>
        Add to deck
      </button>
      {actions && (
        <button type="button" className={link} disabled={busy} onClick={() => void download()}>
          {busy ? 'Making the PowerPoint file…' : 'Download as PowerPoint (.pptx)'}
        </button>
      )}
      <span role="status" className="text-sm text-slate-700">
        {said}
      </span>
    </>
  );
}
