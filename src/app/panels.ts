import { lazy, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import { HeadlinePanel } from '../features/headline/headline-panel';
import { TrendPanel } from '../features/trend/trend-panel';
import type { PanelId } from '../state/filters';

type Panel = ComponentType<{ dataset: Dataset }>;

// The first screen (headline and trend) loads with the page; the panels below it, and the chart
// types only they use, load in chunks of their own once the first screen is painted.
const later = (load: () => Promise<Record<string, Panel>>, name: string) =>
  lazy(() => load().then((m) => ({ default: m[name]! })));

/** The panels in page (and slide) order; `later` ones load after the first screen is drawn. */
export const PANELS: readonly { id: PanelId; Component: Panel; later?: true }[] = [
  { id: 'headline', Component: HeadlinePanel },
  { id: 'trend', Component: TrendPanel },
  {
    id: 'platforms',
    later: true,
    Component: later(() => import('../features/platforms/platforms-panel'), 'PlatformsPanel'),
  },
  {
    id: 'platform-change',
    later: true,
    Component: later(
      () => import('../features/platform-change/platform-change-panel'),
      'PlatformChangePanel',
    ),
  },
  {
    id: 'age',
    later: true,
    Component: later(() => import('../features/age/age-panel'), 'AgePanel'),
  },
  {
    id: 'west-midlands',
    later: true,
    Component: later(
      () => import('../features/west-midlands/west-midlands-panel'),
      'WestMidlandsPanel',
    ),
  },
  {
    id: 'coverage',
    later: true,
    Component: later(() => import('../features/coverage/coverage-panel'), 'CoveragePanel'),
  },
];
