import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowFilters } from '../../src/components/follow-filters';
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

function Probe({ name }: { name: string }) {
  return <p>{`${name}: ${useMeasure()}`}</p>;
}

function Measures() {
  const { setMeasure } = useFilterActions();
  return (
    <>
      <button onClick={() => setMeasure('index')}>Index</button>
      <button onClick={() => setMeasure('count')}>Count</button>
    </>
  );
}

function renderPage() {
  render(
    <>
      <Measures />
      <FollowFilters>
        <Probe name="above" />
      </FollowFilters>
      <FollowFilters>
        <Probe name="below" />
      </FollowFilters>
    </>,
  );
  act(() => screen.getByRole('button', { name: 'Count' }).click());
  scroll('below: count', false);
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', DrivenObserver);
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  callbacks.clear();
});

describe('panels follow the filters', () => {
  it('redraws a panel on screen at once, and one off screen once that frame is painted', () => {
    renderPage();
    act(() => screen.getByRole('button', { name: 'Index' }).click());
    expect(screen.getByText('above: index')).toBeInTheDocument();
    expect(screen.getByText('below: count')).toBeInTheDocument();
    expect(boxOf('below: count')).toHaveAttribute('aria-busy', 'true');
    expect(boxOf('above: index')).not.toHaveAttribute('aria-busy');

    act(() => vi.advanceTimersByTime(20));
    expect(screen.getByText('below: index')).toBeInTheDocument();
    expect(boxOf('below: index')).not.toHaveAttribute('aria-busy');
  });

  it('brings a panel scrolled into view up to date at once', () => {
    renderPage();
    act(() => screen.getByRole('button', { name: 'Index' }).click());
    expect(screen.getByText('below: count')).toBeInTheDocument();
    scroll('below: count', true);
    expect(screen.getByText('below: index')).toBeInTheDocument();
  });

  it('ends on the last of quick changes', () => {
    renderPage();
    act(() => screen.getByRole('button', { name: 'Index' }).click());
    act(() => screen.getByRole('button', { name: 'Count' }).click());
    act(() => screen.getByRole('button', { name: 'Index' }).click());
    expect(screen.getByText('below: count')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(20));
    expect(screen.getByText('below: index')).toBeInTheDocument();
  });
});
