import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PANELS } from '../../src/app/panels';
import { PanelCaptureContext, type PanelModel } from '../../src/components/panel-capture';
import { PanelsContext } from '../../src/components/panel-registry';
import type { Dataset } from '../../src/data/dataset';
import { figuresOf, readmeText } from '../../src/export/export-files';
import type { PanelExport } from '../../src/export/panel-export';
import { marksOf } from '../../src/export/panel-export';
import { citationFull, citationOneLine } from '../../src/export/citation';
import { tidyCsv } from '../../src/data/tidy';
import { slideSpec, type SlideSpec } from '../../src/deck/pptx-spec';
import { filterLine } from '../../src/state/filter-line';
import { defaultFilters, type Filters, type PanelId } from '../../src/state/filters';
import { SlideFiltersContext } from '../../src/state/store';

/** The views the issue names (#25, "Done when"), as the filters their links decode to. */
export const VIEWS: Record<string, Partial<Filters>> = {
  default: {},
  'geo=wales': { geos: ['wales'] },
  'place=scotland': { place: 'scotland' },
  'place=northern-ireland': { place: 'northern-ireland' },
  'platforms=instagram': { platforms: ['instagram'] },
  'measure=share': { measure: 'share' },
  'measure=index': { measure: 'index' },
};

export function viewFilters(change: Partial<Filters>): Filters {
  return { ...defaultFilters(2017, 2024), ...change };
}

/**
 * Draws one panel off screen under a view, as the deck capture does, and returns the model it
 * reports: the texts and tables every output of the panel is built from.
 */
export async function capturePanel(
  dataset: Dataset,
  id: PanelId,
  filters: Filters,
): Promise<Omit<PanelModel, 'keys'>> {
  const entry = PANELS.find((p) => p.id === id)!;
  let model: Omit<PanelModel, 'keys'> | null = null;
  const capture = {
    panel: (m: Omit<PanelModel, 'keys'>) => {
      model = m;
    },
    key: () => {},
  };
  const tree: ReactNode = (
    <PanelsContext.Provider value={PANELS}>
      <SlideFiltersContext.Provider value={{ ...filters, view: 'chart' }}>
        <PanelCaptureContext.Provider value={capture}>
          <entry.Component dataset={dataset} />
        </PanelCaptureContext.Provider>
      </SlideFiltersContext.Provider>
    </PanelsContext.Provider>
  );
  const view = render(tree);
  for (let i = 0; i < 100 && !model; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  view.unmount();
  if (!model) throw new Error(`${id} did not report its model`);
  return model;
}

/** Every output of a panel under a view, as text: what leaves the page. */
export interface PanelOutputs {
  page: string[];
  csv: string;
  readme: string;
  citation: string;
  slide: SlideSpec;
}

export function outputsOf(
  dataset: Dataset,
  model: Omit<PanelModel, 'keys'>,
  filters: Filters,
): PanelOutputs {
  const line = filterLine(dataset, { ...filters, panel: model.id as PanelId });
  const p: PanelExport = {
    id: model.id,
    title: model.title,
    headline: model.headline,
    takeaway: model.takeaway,
    filterLine: line,
    caveats: model.caveats,
    notes: [],
    marks: [],
    sources: model.sources,
    tables: model.tables,
    link: 'https://example.org/',
    accessed: new Date(Date.UTC(2026, 11, 4)),
  };
  p.marks = marksOf(p);
  const cells = model.tables.flatMap((t) => [
    t.caption,
    ...t.rows.flatMap((r) => r.cells.flatMap((c) => [c.text, c.remark ?? ''])),
  ]);
  return {
    page: [model.headline, model.takeaway, ...model.caveats, ...cells].filter(Boolean),
    csv: tidyCsv(dataset, figuresOf(model.tables)),
    readme: readmeText(model.id, p),
    citation: `${citationOneLine(p)}\n${citationFull(p)}`,
    slide: slideSpec({
      title: model.title,
      takeaway: model.takeaway,
      filterLine: line,
      caveats: model.caveats,
      tables: model.tables,
      keys: [],
      sourceLine: '',
      link: p.link,
      note: '',
    }),
  };
}
