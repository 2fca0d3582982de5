import { useState } from 'react';
import { usePanels } from './panel-registry';

/** Moves focus to a place on the page, not only the view: the next Tab goes on from there. */
function jumpTo(headingId: string) {
  const heading = document.getElementById(headingId);
  // A panel's section, so focus lands on the panel named by its heading; the filters' heading is
  // focusable itself.
  const el = heading?.hasAttribute('tabindex') ? heading : heading?.closest('section');
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView();
  el.focus({ preventScroll: true });
}

/**
 * On a phone the page is many screens long: a menu kept at the foot of the screen jumps to any
 * panel and back to the filters. Panel names are read from their headings when it opens, as the
 * place panel's title follows the place shown.
 */
export function PanelMenu() {
  const panels = usePanels();
  const [items, setItems] = useState<{ id: string; name: string }[] | null>(null);
  const open = () =>
    setItems([
      { id: 'filters-heading', name: 'Filters' },
      ...[...panels.map((p) => p.id), 'sources'].flatMap((panel) => {
        const id = `${panel}-heading`;
        const name = document.getElementById(id)?.textContent;
        return name ? [{ id, name }] : [];
      }),
    ]);
  return (
    <>
      {/* Room at the end of the page, so the menu never covers its last lines. */}
      <div className="h-14 md:hidden" />
      <nav
        aria-label="Jump to a panel"
        className="no-print fixed right-3 bottom-3 z-40 flex flex-col items-end gap-2 md:hidden"
      >
        {items && (
          <ul
            id="panel-menu-list"
            className="max-h-[70vh] overflow-auto rounded border border-slate-400 bg-white py-1 text-sm shadow-lg"
          >
            {items.map((item) => (
              <li key={item.id}>
                <a
                  href={`#${item.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    setItems(null);
                    jumpTo(item.id);
                  }}
                  className="block px-3 py-2 text-brand underline"
                >
                  {item.name}
                </a>
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          aria-expanded={items !== null}
          aria-controls="panel-menu-list"
          onClick={() => (items ? setItems(null) : open())}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setItems(null);
          }}
          className="rounded-full bg-brand px-4 py-2 text-sm font-semibold text-white shadow-lg"
        >
          Panels {items ? '▼' : '▲'}
        </button>
      </nav>
    </>
  );
}
