import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { Source } from '../data/schema';
import { PanelBoundary } from '../components/panel-boundary';
import { PanelCaptureContext, type PanelCapture } from '../components/panel-capture';
import type { PanelEntry } from '../components/panel-registry';
import { PresentingContext, type Presenting } from '../components/presenting';
import { SlideFiltersContext, type SlideFilters } from '../state/store';
import { pageStarts } from './slide-frame';

/** A slide shown before the closing slide: its panel, under its own filters for a deck's. */
export interface ShownPanel {
  key: string;
  entry: PanelEntry;
  filters: SlideFilters | null;
  /** A deck slide's own title. */
  title?: string;
}

interface Said {
  title: string;
  caveats: readonly string[];
  sources: readonly Source[];
}

/** Each panel drawn where no one sees it, as on the page, to hear its notes and sources. */
function Listener({
  dataset,
  shown,
  onSaid,
}: {
  dataset: Dataset;
  shown: ShownPanel;
  onSaid: (key: string, said: Said) => void;
}) {
  const capture = useMemo<PanelCapture>(
    () => ({
      panel: (m) =>
        onSaid(shown.key, {
          title: shown.title || m.title,
          caveats: m.caveats,
          sources: m.sources,
        }),
      key: () => {},
    }),
    [onSaid, shown.key, shown.title],
  );
  return (
    <PresentingContext.Provider value={null}>
      <SlideFiltersContext.Provider value={shown.filters}>
        <PanelCaptureContext.Provider value={capture}>
          <PanelBoundary id={shown.entry.id}>
            <shown.entry.Component dataset={dataset} />
          </PanelBoundary>
        </PanelCaptureContext.Provider>
      </SlideFiltersContext.Provider>
    </PresentingContext.Provider>
  );
}

function sourceText(s: Source): string {
  if (s.imported) return `${s.title}, added in this browser ${s.date ?? ''} (not checked)`;
  return `${s.publisher}${s.date ? `, ${s.date}` : ''}: ${s.title}`;
}

interface Block {
  key: string;
  kind: 'heading' | 'note' | 'source';
  text: string;
  number?: number;
}

function blocksOf(said: readonly Said[]): Block[] {
  const blocks: Block[] = [];
  said.forEach((s, i) => {
    if (s.caveats.length === 0) return;
    blocks.push({ key: `h${i}`, kind: 'heading', text: s.title });
    s.caveats.forEach((c, n) =>
      blocks.push({ key: `n${i}.${n}`, kind: 'note', text: c, number: n + 1 }),
    );
  });
  const sources = new Map<string, Source>();
  for (const s of said) for (const source of s.sources) sources.set(source.id, source);
  if (sources.size > 0) blocks.push({ key: 's', kind: 'heading', text: 'Sources' });
  for (const source of sources.values())
    blocks.push({ key: `s${source.id}`, kind: 'source', text: sourceText(source) });
  return blocks;
}

function BlockItem({ block }: { block: Block }) {
  if (block.kind === 'heading') return <h3 className="mt-[0.3em] font-bold">{block.text}</h3>;
  return (
    <p className="flex gap-[0.4em]">
      <span className="w-[1.2em] shrink-0 text-right font-semibold">
        {block.kind === 'note' ? block.number : '·'}
      </span>
      <span>{block.text}</span>
    </p>
  );
}

/**
 * The closing slide: every note (numbered as on its slide) and every source of the slides shown
 * before it, which carry only their note numbers and a one-line source. Laid out once in full,
 * out of sight, and shown a page at a time when it does not fit one slide.
 */
export function NotesSlide({
  dataset,
  shown,
  presenting,
}: {
  dataset: Dataset;
  shown: readonly ShownPanel[];
  presenting: Presenting;
}) {
  const [said, setSaid] = useState<ReadonlyMap<string, Said>>(new Map());
  const onSaid = useCallback(
    (key: string, next: Said) =>
      setSaid((known) => {
        const before = known.get(key);
        const same =
          before &&
          JSON.stringify([before.title, before.caveats, before.sources.map((s) => s.id)]) ===
            JSON.stringify([next.title, next.caveats, next.sources.map((s) => s.id)]);
        return same ? known : new Map(known).set(key, next);
      }),
    [],
  );
  const blocks = useMemo(
    () => blocksOf(shown.flatMap((s) => said.get(s.key) ?? [])),
    [shown, said],
  );
  const box = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(0);
  const [measured, setMeasured] = useState<{ blocks: Block[]; room: number; starts: number[] }>({
    blocks: [],
    room: 0,
    starts: [0],
  });
  // The blocks are laid out out of sight only until measured: a probe left in place would make
  // the slide taller than the screen.
  const valid = measured.blocks === blocks && measured.room === room;
  const { setPages } = presenting;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setRoom(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const el = probe.current;
    if (valid || !el || room === 0) return;
    // A block's height with the gap after it, so the pages' sums match the drawn column.
    const tops = [...el.children].map((c) => c.getBoundingClientRect().top);
    const bottom = el.getBoundingClientRect().bottom;
    const heights = tops.map((t, i) => (tops[i + 1] ?? bottom) - t);
    const next = pageStarts(heights, 0, room);
    setMeasured({ blocks, room, starts: next });
    setPages(1, 0, next.length);
  }, [valid, blocks, room, setPages]);
  const { starts } = measured;
  const page = Math.min(presenting.page, starts.length - 1);
  const title =
    starts.length > 1 ? `Notes and sources (${page + 1} of ${starts.length})` : 'Notes and sources';
  return (
    <section aria-labelledby="notes-slide-heading" className="flex min-h-0 flex-1 flex-col">
      <h2 id="notes-slide-heading" className="slide-title font-bold">
        {title}
      </h2>
      {/* The page's slides share its filters; a deck's each have their own. */}
      {shown.every((s) => s.filters === null) && (
        <p className="slide-filters mt-[0.15em] text-slate-700">{presenting.filterLine}</p>
      )}
      <div ref={box} className="relative mt-[0.3em] min-h-0 flex-1">
        {valid ? (
          blocks
            .slice(starts[page], starts[page + 1])
            .map((b) => <BlockItem key={b.key} block={b} />)
        ) : (
          <div ref={probe} aria-hidden="true" className="invisible absolute inset-x-0 top-0">
            {blocks.map((b) => (
              <BlockItem key={b.key} block={b} />
            ))}
          </div>
        )}
      </div>
      <div hidden>
        {shown.map((s) => (
          <Listener key={s.key} dataset={dataset} shown={s} onSaid={onSaid} />
        ))}
      </div>
    </section>
  );
}
