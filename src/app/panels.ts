import { createElement, lazy } from 'react';
import { HeadlinePanel } from '../features/headline';
import { TrendPanel } from '../features/trend';
import type { PanelId } from '../state/filters';
import type { RetryableError } from '../components/panel-boundary';
import type { Panel, PanelEntry } from '../components/panel-registry';

/**
 * A panel whose code loads on first use, or before when `load` is called. Once loaded it is drawn
 * straight away, never suspending again. React keeps a failed load for good, so a download that
 * failed (a dropped connection) is retried once; after that the error offers a retry, which the
 * panel's "Try again" calls to ask for the code afresh.
 */
function retryingLazy(load: () => Promise<Panel>): Pick<PanelEntry, 'Component' | 'load'> {
  let loaded: Panel | null = null;
  let loading: Promise<{ default: Panel }> | null = null;
  const attempt = () =>
    (loading ??= load()
      .catch(() => new Promise((r) => setTimeout(r, 1000)).then(load))
      .then(
        (Component) => {
          loaded = Component;
          return { default: Component };
        },
        () => {
          // The browser's message names the chunk's address, which means nothing to a user.
          const error: RetryableError = new Error(
            'The code of this panel could not be downloaded (are you offline?)',
          );
          error.retry = () => {
            loading = null;
            Lazy = lazy(attempt);
          };
          throw error;
        },
      ));
  let Lazy = lazy(attempt);
  return {
    Component: function LazyPanel(props) {
      return createElement(loaded ?? Lazy, props);
    },
    load: attempt,
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
  ...retryingLazy(() => load().then((m) => m[name]!)),
});

/** The panels in page (and slide) order. */
export const PANELS: readonly PanelEntry[] = [
  { id: 'headline', Component: HeadlinePanel },
  { id: 'trend', Component: TrendPanel },
  later('platforms', () => import('../features/platforms'), 'PlatformsPanel'),
  later('platform-change', () => import('../features/platform-change'), 'PlatformChangePanel'),
  later('age', () => import('../features/age'), 'AgePanel'),
  {
    ...later('west-midlands', () => import('../features/place'), 'PlacePanel'),
    charts: 2,
    tables: 3,
  },
  {
    ...later('coverage', () => import('../features/coverage'), 'CoveragePanel'),
    tables: 2,
  },
];
