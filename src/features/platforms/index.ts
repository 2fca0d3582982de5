export { PlatformsPanel } from './platforms-panel';
