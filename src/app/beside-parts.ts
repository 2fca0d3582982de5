// The capabilities' parts of the dashboard, asked for as the page starts (app.tsx imports this
// module) so they download beside the data files, not after the dashboard's own code.
import { loadDataActions } from '../import';
import { loadDeckExporter } from '../deck';
import { besideData } from '../lib/beside-data';

// Without it (its download failed twice) the dashboard is drawn all the same.
export const DeckExporter = besideData(loadDeckExporter, ({ children }) => children);
export const DataButtons = besideData(() => loadDataActions().then((m) => m.DataButtons));
export const ImportsList = besideData(() => loadDataActions().then((m) => m.ImportsList));
