export { TrendPanel } from './trend-panel';
