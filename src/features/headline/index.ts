export { HeadlinePanel } from './headline-panel';
