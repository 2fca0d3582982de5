import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  printing = value;
  // The print layout is taken right after beforeprint: render before returning.
  flushSync(() => listeners.forEach((l) => l()));
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
    }
  };
}

function onBefore() {
  set(true);
}

function onAfter() {
  set(false);
}

/** True while the page is being printed (or saved as PDF). */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing);
}
