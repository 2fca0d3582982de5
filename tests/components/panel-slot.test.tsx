import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { PanelSlot, QUIET_MS } from '../../src/components/panel-slot';
import type { Dataset } from '../../src/data/dataset';
import { useFilterActions, useMeasure } from '../../src/state/store';

// An intersection observer the test drives: it says when a box is on screen.
const callbacks = new Map<Element, IntersectionObserverCallback>();
class DrivenObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(el: Element) {
    callbacks.set(el, this.callback);
  }
  unobserve() {}
  disconnect() {}
}

function boxOf(text: string): HTMLElement {
  return screen.getByText(text).parentElement!;
}

function scroll(text: string, onScreen: boolean) {
  const box = boxOf(text);
  act(() =>
    callbacks.get(box)!(
      [{ isIntersecting: onScreen, target: box } as unknown as IntersectionObserverEntry],
      {} as IntersectionObserver,
    ),
  );
}

// Two data sets, told apart by name: the slot passes them on, it does not read them.
const FIRST = { name: 'first' } as unknown as Dataset;
const SECOND = { name: 'second' } as unknown as Dataset;
const nameOf = (d: Dataset) => (d as unknown as { name: string }).name;

const Above = ({ dataset }: { dataset: Dataset }) => (
  <p>{`above: ${useMeasure()}, ${nameOf(dataset)}`}</p>
);
// Every measure the panel below was drawn with, in order.
let belowDrawn: string[] = [];
const Below = ({ dataset }: { dataset: Dataset }) => {
  const measure = useMeasure();
  belowDrawn.push(measure);
  return <p>{`below: ${measure}, ${nameOf(dataset)}`}</p>;
};

function Page() {
  const { setMeasure } = useFilterActions();
  const [dataset, setDataset] = useState(FIRST);
  return (
    <>
      <button onClick={() => setMeasure('index')}>Index</button>
      <button onClick={() => setMeasure('count')}>Count</button>
      <button onClick={() => setDataset(SECOND)}>Import</button>
      <PanelSlot id="above" Panel={Above} dataset={dataset} />
      <PanelSlot id="below" Panel={Below} dataset={dataset} />
    </>
  );
}

const click = (name: string) => act(() => screen.getByRole('button', { name }).click());
/** Past the wait for the changes to stop, and the frame a background redraw waits for. */
const quiet = () => act(() => vi.advanceTimersByTime(QUIET_MS + 20));

function renderPage() {
  render(<Page />);
  click('Count');
  scroll('below: count, first', false);
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', DrivenObserver);
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] });
  belowDrawn = [];
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  callbacks.clear();
});

describe('a panel slot', () => {
  it('redraws a panel on screen at once, and one off screen once the changes have stopped', () => {
    renderPage();
    click('Index');
    expect(screen.getByText('above: index, first')).toBeInTheDocument();
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    expect(boxOf('below: count, first')).toHaveAttribute('aria-busy', 'true');
    expect(boxOf('above: index, first')).not.toHaveAttribute('aria-busy');

    act(() => vi.advanceTimersByTime(QUIET_MS - 20));
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    quiet();
    expect(screen.getByText('below: index, first')).toBeInTheDocument();
    expect(boxOf('below: index, first')).not.toHaveAttribute('aria-busy');
  });

  it('draws nothing behind changes that keep coming', () => {
    renderPage();
    click('Index');
    belowDrawn = [];
    // Each change comes before the last one's wait is over: the panel below keeps its drawing.
    for (const measure of ['Count', 'Index', 'Count', 'Index']) {
      act(() => vi.advanceTimersByTime(QUIET_MS - 50));
      click(measure);
    }
    expect(belowDrawn).toEqual([]);
    quiet();
    expect(screen.getByText('below: index, first')).toBeInTheDocument();
    expect(belowDrawn).toEqual(['index']);
  });

  it('does the same with new data', () => {
    renderPage();
    click('Import');
    expect(screen.getByText('above: count, second')).toBeInTheDocument();
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    quiet();
    expect(screen.getByText('below: count, second')).toBeInTheDocument();
  });

  it('brings a panel scrolled into view up to date at once', () => {
    renderPage();
    click('Index');
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    scroll('below: count, first', true);
    expect(screen.getByText('below: index, first')).toBeInTheDocument();
  });

  it('ends on the last of quick changes', () => {
    renderPage();
    click('Index');
    click('Count');
    click('Index');
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    quiet();
    expect(screen.getByText('below: index, first')).toBeInTheDocument();
  });

  it('does not draw a background redraw that a newer change overtook', () => {
    renderPage();
    click('Index');
    belowDrawn = [];
    act(() => {
      // The panel's turn comes: React starts drawing it with "index"…
      vi.advanceTimersByTime(QUIET_MS + 20);
      // …and a click changes the measure back before that drawing is done.
      screen.getByRole('button', { name: 'Count' }).click();
    });
    quiet();
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    expect(belowDrawn).not.toContain('index');
  });

  it('prints every panel with the newest filters, redrawn or not', () => {
    renderPage();
    click('Index');
    expect(screen.getByText('below: count, first')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('below: index, first')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
