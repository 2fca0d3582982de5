// Presenting is for some users only: its code loads when first used, through these.
import { lazy } from 'react';

/** Presenter mode: the page's panels, or a deck, one slide at a time. */
export const Presenter = lazy(() => import('./presenter').then((m) => ({ default: m.Presenter })));

/** A panel drawn as a slide (presenter mode, a deck's print, a slide file). */
export const SlideFrame = lazy(() =>
  import('./slide-frame').then((m) => ({ default: m.SlideFrame })),
);

/** The presenter view, in a window of its own (`?console=1`), following presenter mode. */
export const PresenterConsole = lazy(() =>
  import('./presenter-console').then((m) => ({ default: m.PresenterConsole })),
);
