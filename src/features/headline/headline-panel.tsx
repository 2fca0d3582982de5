import { useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { PanelFrame } from '../../components/panel-frame';
import { LongText } from '../../components/long-text';
import { usePresenting } from '../../components/presenting';
import { SourceLinks } from '../../components/source-links';
import type { Dataset } from '../../data/dataset';
import { useFrom, useGeos, useMeasure, usePlatformFilter, useTo } from '../../state/store';
import { headlineModel, type HeadlineFigure, type HeadlineModel } from './series';
import { formatCount, withMark } from '../../data/format';

/**
 * A card's value in the table: its number where the card shows a name (the leading platform and
 * its share), so the table holds every number its CSV does; the name leads the detail.
 */
function tableValue(f: HeadlineFigure): string {
  if (!f.figure || /\d/.test(f.value)) return f.value;
  const { value, unit, status, bound } = f.figure;
  return withMark(unit === '%' ? `${value}%` : formatCount(value), status, bound);
}

/** The characters of a figure's longest word: what must fit its card's width on one line. */
function longestWord(text: string): number {
  return Math.max(...text.split(/\s+|(?<=-)/).map((w) => w.length));
}

/**
 * On a slide, what gives when the four cards do not fit the screen (a long detail on a small
 * projector): first each card's source line (the slide's last one names every source in full),
 * then its detail, a line at a time, then all of it (whole in the table view). Each step is laid
 * out and measured in turn, before the frame is painted.
 */
function fitCards(list: HTMLElement) {
  const overflows = () => list.scrollHeight > list.clientHeight + 1;
  delete list.dataset.fit;
  list.style.removeProperty('--detail-lines');
  if (!overflows()) return;
  list.dataset.fit = 'no-source';
  if (!overflows()) return;
  const details = [...list.querySelectorAll<HTMLElement>('.card-detail')];
  const lineHeight = parseFloat(getComputedStyle(details[0]!).lineHeight);
  let lines = Math.max(...details.map((d) => Math.round(d.offsetHeight / lineHeight)));
  list.dataset.fit = 'clamped';
  while (--lines > 0) {
    list.style.setProperty('--detail-lines', String(lines));
    if (!overflows()) return;
  }
  list.dataset.fit = 'no-detail';
}

function Cards({ model }: { model: HeadlineModel }) {
  const onSlide = usePresenting() !== null;
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    // Without the observer (a test's DOM), nothing is laid out to fit.
    if (!onSlide || !el || typeof ResizeObserver === 'undefined') return;
    // The slide's size changes with the window's; the list's own does not with what it holds. An
    // observer reports the size it starts with too, after layout and before paint: that is the
    // first fit, and the fit for new figures.
    const observer = new ResizeObserver(() => fitCards(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, [onSlide, model]);
  return (
    <ul
      ref={list}
      // On a phone the cards are a row to swipe, so the trend chart is still on the first screen.
      className="headline-cards flex snap-x gap-2 overflow-x-auto pb-1 sm:gap-3 md:grid md:grid-cols-4 md:overflow-visible md:pb-0 xl:grid-cols-2"
      aria-label="Headline figures"
    >
      {model.figures.map((f) => (
        <li
          key={f.id}
          className="@container flex w-[72%] shrink-0 snap-start flex-col rounded border border-slate-300 bg-slate-50 p-2 sm:p-3 md:w-auto"
        >
          <p className="text-xs font-medium text-slate-700 sm:text-sm">{f.label}</p>
          <p className="figure-value text-2xl font-bold text-brand sm:text-3xl">
            <span className="fit-word" style={{ '--chars': longestWord(f.value) } as CSSProperties}>
              {f.value}
            </span>
          </p>
          {/* Two lines on the page, so the figures stay on the first screen; the whole detail
              is read out, and is in the table view and every export. */}
          <p className="card-detail mt-1 line-clamp-2 text-xs">
            <LongText text={f.detail} label={f.label} />
          </p>
          {f.confidence === 'M' && (
            <p className="mt-1 text-sm font-semibold text-slate-700">
              Medium confidence: from a single secondary outlet
            </p>
          )}
          {f.importedFrom && (
            <p className="mt-1 text-sm font-semibold text-amber-900">
              Imported from {f.importedFrom}
            </p>
          )}
          {/* On a phone the card's source gives way, so the trend chart is on the first screen:
              the panel's sources line and its table name every source. */}
          <p className="mt-auto pt-1 text-xs text-slate-700 max-md:hidden">
            <SourceLinks sources={f.sources} />
          </p>
        </li>
      ))}
    </ul>
  );
}

export function HeadlinePanel({ dataset }: { dataset: Dataset }) {
  const geos = useGeos();
  const platforms = usePlatformFilter();
  const from = useFrom();
  const to = useTo();
  const measure = useMeasure();
  const model = useMemo(
    () => headlineModel(dataset, { geos, platforms, from, to, measure }),
    [dataset, geos, platforms, from, to, measure],
  );
  return (
    <PanelFrame
      id="headline"
      title="Headline figures"
      headline={model.headline}
      takeaway={model.takeaway}
      caveats={model.caveats}
      chart={<Cards model={model} />}
      chartIsHeadline
      tables={[
        {
          caption: 'Headline figures',
          rowHeader: 'Figure',
          columns: ['Value', 'Detail'],
          rows: model.figures.map((f) => ({
            header: f.label,
            cells: [
              {
                text: tableValue(f),
                status: f.figure && !/\d/.test(f.value) ? f.figure.status : f.status,
                importedFrom: f.importedFrom,
                confidence: f.confidence,
                figure: f.figure,
              },
              { text: f.figure && !/\d/.test(f.value) ? `${f.value}: ${f.detail}` : f.detail },
            ],
          })),
        },
      ]}
      sources={model.sources}
      notes={model.notes}
    />
  );
}
