import { lazy, type ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import { HeadlinePanel } from '../features/headline/headline-panel';
import { TrendPanel } from '../features/trend/trend-panel';
import type { PanelId } from '../state/filters';

type Panel = ComponentType<{ dataset: Dataset }>;

// The first screen (headline and trend) loads with the page; the panels below it, and the chart
// types only they use, load in a chunk of their own right after.
const later = (load: () => Promise<Record<string, Panel>>, name: string) =>
  lazy(() => load().then((m) => ({ default: m[name]! })));

/** The panels in page (and slide) order. */
export const PANELS: readonly { id: PanelId; Component: Panel }[] = [
  { id: 'headline', Component: HeadlinePanel },
  { id: 'trend', Component: TrendPanel },
  {
    id: 'platforms',
    Component: later(() => import('../features/platforms/platforms-panel'), 'PlatformsPanel'),
  },
  {
    id: 'platform-change',
    Component: later(
      () => import('../features/platform-change/platform-change-panel'),
      'PlatformChangePanel',
    ),
  },
  { id: 'age', Component: later(() => import('../features/age/age-panel'), 'AgePanel') },
  {
    id: 'west-midlands',
    Component: later(
      () => import('../features/west-midlands/west-midlands-panel'),
      'WestMidlandsPanel',
    ),
  },
  {
    id: 'coverage',
    Component: later(() => import('../features/coverage/coverage-panel'), 'CoveragePanel'),
  },
];
