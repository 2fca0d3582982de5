export { AgePanel } from './age-panel';
