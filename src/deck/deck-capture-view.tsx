// Loaded when a PowerPoint file is first asked for.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyItem } from '../components/chart-key';
import {
  PanelCaptureContext,
  type PanelCapture,
  type PanelModel,
} from '../components/panel-capture';
import { filterLine } from '../state/filter-line';
import { PanelBoundary } from '../components/panel-boundary';
import type { Dataset } from '../data/dataset';
import type { Source } from '../data/schema';
import { download } from '../lib/export';
import type { DeckSlide } from '../state/deck';
import { defaultFilters } from '../state/filters';
import { SlideFiltersContext } from '../state/store';
import { encodeFilters, type UrlContext } from '../state/url';
import { usePanels } from '../components/panel-registry';

export interface Job {
  slides: readonly DeckSlide[];
  fileName: string;
  resolve: () => void;
  reject: (e: unknown) => void;
  /** Told as each slide is drawn, for a progress message. */
  progress?: (drawn: number, total: number) => void;
}

/** Long enough for a panel's code to load on a slow connection; then the download gives up. */
const CAPTURE_TIMEOUT_MS = 30_000;
/** Quiet time after the last report before the file is built: charts report their keys late. */
const SETTLE_MS = 300;

function sourceLine(sources: readonly Source[]): string {
  if (sources.length === 0) return 'Source: figures added in this browser.';
  const each = sources.map((s) =>
    s.imported
      ? `${s.title}, added in this browser (not checked against a publication)`
      : `${s.title}, ${s.publisher}${s.date ? `, ${s.date}` : ''}`,
  );
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${each.join('; ')}.`;
}

/** The address of a slide's view on the dashboard. */
function linkTo(slide: DeckSlide, ctx: UrlContext): string {
  const filters = { ...defaultFilters(ctx.firstYear, ctx.lastYear), ...slide, panel: slide.panel };
  const query = encodeFilters(filters, ctx);
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

/**
 * Draws each slide's panel off screen, under the slide's filters, and builds the file from what
 * the panels report: the numbers in the file are the ones the page would show.
 */
export function Capture({
  job,
  dataset,
  ctx,
  onDone,
}: {
  job: Job;
  dataset: Dataset;
  ctx: UrlContext;
  onDone: () => void;
}) {
  const reports = useRef(
    job.slides.map(() => ({
      panel: null as Omit<PanelModel, 'keys'> | null,
      keys: [] as (readonly KeyItem[])[],
    })),
  );
  const [version, setVersion] = useState(0);
  // Slides are drawn one at a time, the page given a turn between them (and within each, in a
  // transition's slices): a 60-slide deck drawn in one commit would freeze the page for over a
  // second.
  const [shown, setShown] = useState(1);
  const captures = useMemo<PanelCapture[]>(
    () =>
      job.slides.map((_, i) => ({
        panel: (model) => {
          reports.current[i]!.panel = model;
          setVersion((v) => v + 1);
        },
        key: (items) => {
          const keys = reports.current[i]!.keys;
          const same = (k: readonly KeyItem[]) => JSON.stringify(k) === JSON.stringify(items);
          if (keys.some(same)) return;
          keys.push(items);
          setVersion((v) => v + 1);
        },
        unseen: true,
      })),
    [job],
  );

  useEffect(() => {
    const timer = setTimeout(() => {
      job.reject(new Error('the panels did not load in time'));
      onDone();
    }, CAPTURE_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [job, onDone]);

  useEffect(() => {
    if (reports.current[shown - 1]?.panel === null) return;
    job.progress?.(shown, job.slides.length);
    if (shown >= job.slides.length) return;
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [version, shown, job]);

  useEffect(() => {
    if (reports.current.some((r) => r.panel === null)) return;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const [{ slideSpec }, { buildPptx }] = await Promise.all([
            import('./pptx-spec'),
            import('./pptx-client'),
          ]);
          const specs = job.slides.map((slide, i) => {
            const { panel, keys } = reports.current[i]!;
            return slideSpec({
              title: slide.title || panel!.title,
              takeaway: slide.headline || panel!.takeaway,
              computedTakeaway: panel!.takeaway,
              filterLine: filterLine(dataset, slide),
              caveats: panel!.caveats,
              tables: panel!.tables,
              keys,
              sourceLine: sourceLine(panel!.sources),
              link: linkTo(slide, ctx),
              note: slide.note,
            });
          });
          download(job.fileName, await buildPptx(specs, job.fileName.replace(/\.pptx$/, '')));
          job.resolve();
        } catch (e) {
          job.reject(e);
        } finally {
          onDone();
        }
      })();
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [version, job, dataset, ctx, onDone]);

  // The same elements on every report, so reporting does not draw the panels again (they
  // would report again, for ever).
  const registry = usePanels();
  const panels = useMemo(
    () =>
      job.slides.map((slide, i) => {
        const entry = registry.find((p) => p.id === slide.panel)!;
        return (
          <SlideFiltersContext.Provider key={slide.id} value={{ ...slide, view: 'chart' }}>
            <PanelCaptureContext.Provider value={captures[i]!}>
              <PanelBoundary id={entry.id}>
                <entry.Component dataset={dataset} />
              </PanelBoundary>
            </PanelCaptureContext.Provider>
          </SlideFiltersContext.Provider>
        );
      }),
    [job, captures, dataset, registry],
  );
  return (
    <div aria-hidden="true" inert className="deck-capture">
      {panels.slice(0, shown)}
    </div>
  );
}
