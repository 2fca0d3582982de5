import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Geography } from '../data/schema';

const TYPE_WORDS: Record<Geography['type'], string> = {
  group: 'group of places',
  nation: 'nation',
  region: 'region',
  force: 'police force',
};

/** Most suggestions shown at once: more is a list to read, not a suggestion. */
const MAX_SUGGESTIONS = 8;

/**
 * The places whose name holds what was typed, any case: names that start with it first, then
 * those with a word that does ("thames" → Thames Valley Police), then the rest; groups of places
 * after single places; otherwise in the order given.
 */
export function matchPlaces(places: readonly Geography[], typed: string): Geography[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [];
  const rank = (g: Geography) => {
    const name = g.name.toLowerCase();
    const where = name.startsWith(q)
      ? 0
      : name.split(/[\s-]+/).some((w) => w.startsWith(q))
        ? 1
        : 2;
    return where * 2 + (g.type === 'group' ? 1 : 0);
  };
  return places
    .filter((g) => g.name.toLowerCase().includes(q))
    .map((g, i) => ({ g, i, r: rank(g) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ g }) => g);
}

/**
 * A search box for a nation, region or force, typed in part (ARIA combobox pattern: arrow keys
 * move through the suggestions, Enter chooses, Escape closes, then empties). `action` says what
 * choosing does, beside the box and to a screen reader.
 */
export function PlaceSearch({
  places,
  action,
  onChoose,
}: {
  places: readonly Geography[];
  action: string;
  onChoose: (id: string) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchPlaces(places, typed), [places, typed]);
  const shown = open && matches.length > 0;
  const choose = (g: Geography) => {
    onChoose(g.id);
    setTyped('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!shown) {
        setOpen(true);
        setActive(0);
      } else {
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + matches.length) % matches.length);
      }
    } else if (e.key === 'Enter') {
      const g = shown ? matches[active] : undefined;
      if (g) {
        e.preventDefault();
        choose(g);
      }
    } else if (e.key === 'Escape') {
      if (shown) setOpen(false);
      else setTyped('');
    }
  };
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-semibold">
        Find a nation, region or force
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        aria-describedby={hintId}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        placeholder="e.g. Thames"
        className="mt-1 w-full max-w-xs rounded border border-slate-400 bg-white px-2 py-1 text-sm"
      />
      <p id={hintId} className="mt-1 text-xs text-slate-700">
        {action}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Matching places"
        hidden={!shown}
        className="absolute z-30 mt-1 max-h-72 w-full max-w-xs overflow-auto rounded border border-slate-400 bg-white py-1 text-sm shadow-lg"
      >
        {matches.map((g, i) => (
          <li
            key={g.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={shown && i === active}
            // Chosen on mouse down, before the box loses focus and closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(g);
            }}
            className={`cursor-pointer px-2 py-1 ${shown && i === active ? 'bg-brand text-white' : ''}`}
          >
            {g.name} <span className="text-xs opacity-80">({TYPE_WORDS[g.type]})</span>
          </li>
        ))}
      </ul>
      <p role="status" className="mt-1 text-xs text-amber-950 empty:hidden">
        {open && typed.trim() && matches.length === 0 ? `No place matches "${typed.trim()}".` : ''}
      </p>
    </div>
  );
}
