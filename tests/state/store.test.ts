import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAuto, useFilterActions, usePresent } from '../../src/state/store';

describe('presenter mode in the view state', () => {
  it('leaving presenter mode stops auto-advance, so no auto= is left in the address', () => {
    const { result } = renderHook(() => ({
      actions: useFilterActions(),
      auto: useAuto(),
      present: usePresent(),
    }));
    act(() => {
      result.current.actions.setPresent(true);
      result.current.actions.setAuto(10);
    });
    expect(result.current.auto).toBe(10);
    act(() => result.current.actions.setPresent(false));
    expect(result.current.present).toBe(false);
    expect(result.current.auto).toBeNull();
  });
});
