import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, wrapLines, type PointLabel } from '../../src/components/slide-labels';
import { pageStarts } from '../../src/present/slide-frame';
import { slideFontSize } from '../../src/present/presenter';

describe('slideFontSize', () => {
  it('gives 24 px at 1920×1080, 16 px at 1280×720 and never less than 16 px', () => {
    expect(slideFontSize(1920, 1080)).toBe(24);
    expect(slideFontSize(1280, 720)).toBe(16);
    expect(slideFontSize(1024, 768)).toBe(16);
    expect(slideFontSize(3840, 2160)).toBe(48);
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 8000 }),
        fc.integer({ min: 200, max: 8000 }),
        (w, h) => {
          expect(slideFontSize(w, h)).toBeGreaterThanOrEqual(16);
        },
      ),
    );
  });
});

describe('pageStarts', () => {
  it('fills each page with the rows that fit and starts the next with the rest', () => {
    expect(pageStarts([30, 30, 30, 30, 30], 60, 200)).toEqual([0, 4]);
    expect(pageStarts([30, 30], 60, 200)).toEqual([0]);
  });

  it('gives a row taller than a page a page of its own rather than looping', () => {
    expect(pageStarts([500, 30], 60, 200)).toEqual([0, 1]);
  });

  it('covers every row once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 50, max: 1000 }),
        (rows, fixed, room) => {
          const starts = pageStarts(rows, fixed, room);
          expect(starts[0]).toBe(0);
          for (let i = 1; i < starts.length; i++)
            expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
          expect(starts.at(-1)!).toBeLessThanOrEqual(Math.max(0, rows.length - 1));
        },
      ),
    );
  });
});

describe('wrapLines', () => {
  const width = (t: string) => t.length * 10;
  it('breaks at spaces so no line is wider than asked, unless one word is', () => {
    expect(wrapLines('Aged under 12 (2017/18 to 2022/23)', 140, width)).toEqual([
      'Aged under 12',
      '(2017/18 to',
      '2022/23)',
    ]);
    expect(wrapLines('Instagram', 40, width)).toEqual(['Instagram']);
  });
});

describe('placeLabels', () => {
  const opts = {
    fontSize: 20,
    radius: 5,
    top: 0,
    bottom: 400,
    width: (t: string) => t.length * 11,
  };
  const box = (p: { x: number; y: number; text: string }) => ({
    left: p.x - opts.width(p.text) / 2,
    right: p.x + opts.width(p.text) / 2,
    top: p.y - 13,
    bottom: p.y + 13,
  });

  it('puts the upper of two close points above and the lower below', () => {
    const [upper, lower] = placeLabels(
      [
        { id: 'uk', text: '3,728', color: '#000', x: 100, y: 200 },
        { id: 'ew', text: '3,217', color: '#000', x: 100, y: 215 },
      ],
      opts,
    );
    expect(upper!.y).toBeLessThan(200);
    expect(lower!.y).toBeGreaterThan(215);
  });

  it('never overlaps two labels nor leaves the plot, for points anywhere in it', () => {
    const point = fc.record({
      x: fc.constantFrom(50, 150, 250),
      y: fc.integer({ min: 60, max: 340 }),
      text: fc.constantFrom('100.0†', '5,335†', '7,263', '≈5,500'),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 6 }), (points) => {
        const labels: PointLabel[] = points.map((p, i) => ({ ...p, id: String(i), color: '#000' }));
        const placed = placeLabels(labels, opts);
        for (const p of placed) {
          expect(p.y - 13).toBeGreaterThanOrEqual(opts.top - 0.01);
          expect(p.y + 13).toBeLessThanOrEqual(opts.bottom + 0.01);
        }
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) {
            const a = box(placed[i]!);
            const b = box(placed[j]!);
            const apart =
              a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `${JSON.stringify(placed[i])} ${JSON.stringify(placed[j])}`).toBe(true);
          }
      }),
    );
  });
});
