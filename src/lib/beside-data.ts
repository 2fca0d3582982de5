import { createElement, useSyncExternalStore, type ComponentType } from 'react';

/**
 * Code the dashboard draws but its first script need not hold (the page's and the panels' action
 * buttons, the filters, the table view): asked for as the page starts, so it downloads beside the data files, and waited for
 * with them, so the dashboard is never drawn without it and nothing moves when it arrives. A
 * download that fails is asked again once; if that fails too the page is drawn with `Fallback`
 * (nothing, or a wrapper's children): the figures matter more than the buttons.
 */
let pending = 0;
const listeners = new Set<() => void>();
const settle = () => {
  pending--;
  for (const listener of listeners) listener();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const retried = <T>(load: () => Promise<T>): Promise<T> =>
  load().catch(() => new Promise((r) => setTimeout(r, 1000)).then(load));

export function besideData<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback: ComponentType<P> | null = null,
): ComponentType<P> {
  let Loaded: ComponentType<P> | null = null;
  pending++;
  void retried(load)
    .then((C) => {
      Loaded = C;
    })
    .catch(() => {})
    .finally(settle);
  return function BesideData(props: P) {
    // Drawn before its code arrived (outside the dashboard's wait): drawn again when it does.
    const C = useSyncExternalStore(subscribe, () => Loaded) ?? Fallback;
    return C ? createElement(C, props) : null;
  };
}

/** True once every piece asked for by besideData has arrived (or failed for good). */
export function useBesideDataReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => pending === 0,
    () => pending === 0,
  );
}
