import type { ComponentType } from 'react';
import type { Dataset } from '../data/dataset';
import { AgePanel } from '../features/age/age-panel';
import { CoveragePanel } from '../features/coverage/coverage-panel';
import { HeadlinePanel } from '../features/headline/headline-panel';
import { PlatformChangePanel } from '../features/platform-change/platform-change-panel';
import { PlatformsPanel } from '../features/platforms/platforms-panel';
import { TrendPanel } from '../features/trend/trend-panel';
import { WestMidlandsPanel } from '../features/west-midlands/west-midlands-panel';
import type { PanelId } from '../state/filters';

/** The panels in page (and slide) order. */
export const PANELS: readonly { id: PanelId; Component: ComponentType<{ dataset: Dataset }> }[] = [
  { id: 'headline', Component: HeadlinePanel },
  { id: 'trend', Component: TrendPanel },
  { id: 'platforms', Component: PlatformsPanel },
  { id: 'platform-change', Component: PlatformChangePanel },
  { id: 'age', Component: AgePanel },
  { id: 'west-midlands', Component: WestMidlandsPanel },
  { id: 'coverage', Component: CoveragePanel },
];
