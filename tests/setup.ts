import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetImports } from '../src/import/import-store';
import { memoryStorage } from './fixtures/memory-storage';

// Panels below the first screen load their code on demand; on a busy 2-core machine that can
// take longer than the default second of findBy and waitFor.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout: Recharts' ResponsiveContainer needs a ResizeObserver that reports a size.
class SizedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 340, top: 0, left: 0, bottom: 340, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = SizedResizeObserver as unknown as typeof ResizeObserver;

// jsdom has no modal dialogs: open and close them as a browser would, without the top layer.
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.open = false;
};

// Panels below the first screen load their code on first render: on a machine shared by several
// test runs that can take seconds, far past the default wait of one second.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => resetImports(memoryStorage()));

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
