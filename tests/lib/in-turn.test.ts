import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inTurn } from '../../src/lib/in-turn';

describe('inTurn', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }),
  );
  afterEach(() => vi.useRealTimers());

  const frame = () => vi.advanceTimersByTime(20);

  it('runs one piece at a time, each after a frame, the next once the last says it is done', () => {
    const ran: string[] = [];
    const doneA = inTurn(() => void ran.push('a'));
    const doneB = inTurn(() => void ran.push('b'));
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual(['a']);
    frame();
    // b waits for a to be drawn.
    expect(ran).toEqual(['a']);
    doneA();
    frame();
    expect(ran).toEqual(['a', 'b']);
    doneB();
  });

  it('drops a piece no longer wanted, and moves on from one that never says it is done', () => {
    const ran: string[] = [];
    inTurn(() => void ran.push('a'));
    const dropB = inTurn(() => void ran.push('b'));
    inTurn(() => void ran.push('c'));
    dropB();
    frame();
    expect(ran).toEqual(['a']);
    // a never says it is done: after a second the next piece runs anyway.
    vi.advanceTimersByTime(1000);
    frame();
    expect(ran).toEqual(['a', 'c']);
  });
});
