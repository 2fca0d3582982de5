import { createElement, lazy, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import { HeadlinePanel } from '../features/headline/headline-panel';
import { TrendPanel } from '../features/trend/trend-panel';
import type { PanelId } from '../state/filters';
import type { RetryableError } from '../components/panel-boundary';

type Panel = ComponentType<{ dataset: Dataset }>;

interface PanelEntry {
  id: PanelId;
  Component: Panel;
  /** Charts and tables it shows, each on a slide of its own in presenter mode (when more than
   * one), so the slides can be counted before the panel is drawn. */
  charts?: number;
  tables?: number;
  /** Loaded, and drawn, once the first screen is painted. */
  later?: true;
}

/**
 * A panel whose code loads on first use. React keeps a failed load for good, so a download that
 * failed (a dropped connection) is retried once; after that the error offers a retry, which the
 * panel's "Try again" calls to ask for the code afresh.
 */
function retryingLazy(load: () => Promise<Panel>): Panel {
  const attempt = () =>
    load()
      .catch(() => new Promise((r) => setTimeout(r, 1000)).then(load))
      .then(
        (Component) => ({ default: Component }),
        () => {
          // The browser's message names the chunk's address, which means nothing to a user.
          const error: RetryableError = new Error(
            'The code of this panel could not be downloaded (are you offline?)',
          );
          error.retry = () => {
            Lazy = lazy(attempt);
          };
          throw error;
        },
      );
  let Lazy = lazy(attempt);
  return function LazyPanel(props) {
    return createElement(Lazy, props);
  };
}

// The first screen (headline and trend) loads with the page; the panels below it, and the chart
// types only they use, load in chunks of their own once the first screen is painted.
const later = (
  id: PanelId,
  load: () => Promise<Record<string, Panel>>,
  name: string,
): PanelEntry => ({
  id,
  later: true,
  Component: retryingLazy(() => load().then((m) => m[name]!)),
});

/** The panels in page (and slide) order. */
export const PANELS: readonly PanelEntry[] = [
  { id: 'headline', Component: HeadlinePanel },
  { id: 'trend', Component: TrendPanel },
  later('platforms', () => import('../features/platforms/platforms-panel'), 'PlatformsPanel'),
  later(
    'platform-change',
    () => import('../features/platform-change/platform-change-panel'),
    'PlatformChangePanel',
  ),
  later('age', () => import('../features/age/age-panel'), 'AgePanel'),
  {
    ...later(
      'west-midlands',
      () => import('../features/west-midlands/west-midlands-panel'),
      'WestMidlandsPanel',
    ),
    charts: 2,
    tables: 3,
  },
  {
    ...later('coverage', () => import('../features/coverage/coverage-panel'), 'CoveragePanel'),
    tables: 2,
  },
];
