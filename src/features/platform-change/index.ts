export { PlatformChangePanel } from './platform-change-panel';
