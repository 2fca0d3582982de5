export { PlacePanel } from './place-panel';
