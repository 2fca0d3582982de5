import type { CSSProperties } from 'react';
import type { Dataset } from '../data/dataset';
import type { SlideFilters } from '../state/filters';
import { SlideFiltersContext } from '../state/store';
import { PanelBoundary } from './panel-boundary';
import { PanelCaptureContext, type PanelCapture } from './panel-capture';
import type { PanelEntry } from './panel-registry';
import { PresentingContext, type Presenting } from './presenting';

/** A slide is drawn at a laptop screen's size, as presented there, then scaled to its box. */
export const SLIDE_DRAWN = { width: 1280, height: 720, font: 16 };

/**
 * A panel as a slide, drawn at SLIDE_DRAWN's size under its own filters and scaled by `scale`:
 * the presenter view's slides and the deck list's thumbnails. The panel reports its own title and
 * headline to `capture`.
 */
export function ScaledSlide({
  panel,
  dataset,
  filters,
  presenting,
  capture,
  scale,
}: {
  panel: PanelEntry;
  dataset: Dataset;
  filters: SlideFilters;
  presenting: Presenting;
  capture: PanelCapture;
  scale: number;
}) {
  return (
    <div
      className="presenter theme-light absolute top-0 left-0 flex origin-top-left flex-col"
      style={
        {
          width: SLIDE_DRAWN.width,
          height: SLIDE_DRAWN.height,
          transform: `scale(${scale})`,
          '--slide-font': `${SLIDE_DRAWN.font}px`,
        } as CSSProperties
      }
    >
      <div className="slide flex min-h-0 flex-1 flex-col px-6 pt-2 pb-3">
        <PresentingContext.Provider value={presenting}>
          <PanelCaptureContext.Provider value={capture}>
            <SlideFiltersContext.Provider value={filters}>
              <PanelBoundary id={panel.id}>
                <panel.Component dataset={dataset} />
              </PanelBoundary>
            </SlideFiltersContext.Provider>
          </PanelCaptureContext.Provider>
        </PresentingContext.Provider>
      </div>
    </div>
  );
}
