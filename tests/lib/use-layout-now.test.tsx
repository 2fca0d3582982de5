import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLayoutNow } from '../../src/lib/use-layout-now';

function Probe({ k }: { k: string }) {
  useLayoutNow(k);
  return null;
}

afterEach(() => vi.restoreAllMocks());

describe('useLayoutNow', () => {
  it('lays the page out in the commit that changed its key, and only then', () => {
    const layout = vi.spyOn(document.documentElement, 'getBoundingClientRect');
    const { rerender } = render(<Probe k="count" />);
    expect(layout).toHaveBeenCalledTimes(1);
    rerender(<Probe k="count" />);
    expect(layout).toHaveBeenCalledTimes(1);
    rerender(<Probe k="index" />);
    expect(layout).toHaveBeenCalledTimes(2);
  });
});
