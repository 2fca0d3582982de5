export { CoveragePanel } from './coverage-panel';
