import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bake, type Baked } from '../../build/bake-entry';
import { TITLE_SIZE, WIDTH } from '../../build/preview-card';
import { HEADLINE_MAX } from '../../src/data/format';

const SITE = 'Online grooming of children: recorded offences';
const data = (f: string) => readFileSync(`public/data/${f}`, 'utf8');

let baked: Baked;
/** Each preview's picture, parsed, by panel id ("dashboard" for the whole page's). */
const pictures: Record<string, HTMLElement> = {};

beforeAll(async () => {
  baked = await bake(
    {
      'observations.csv': data('observations.csv'),
      'sources.csv': data('sources.csv'),
      'geographies.csv': data('geographies.csv'),
    },
    SITE,
  );
  for (const [id, svg] of Object.entries(baked.svgs)) {
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    pictures[id] = holder;
  }
}, 120_000);

const cards = () => [
  ['dashboard', baked.dashboard] as const,
  ...baked.panels.map((p) => [p.id, p] as const),
];
const texts = (id: string) => [...pictures[id]!.querySelectorAll('text')];
/** The line under the chart that credits the sources. */
const sourcesLine = (id: string) =>
  texts(id)
    .map((t) => t.textContent!)
    .find((t) => /^Sources? /.test(t));

describe('link previews baked from the bundled data', () => {
  it('are eight: the dashboard and each of the seven panels', () => {
    expect(Object.keys(pictures).sort()).toEqual([
      'age',
      'coverage',
      'dashboard',
      'headline',
      'platform-change',
      'platforms',
      'trend',
      'west-midlands',
    ]);
  });

  it('give the short headline, at most 110 characters, with its figures', () => {
    for (const [id, card] of cards()) {
      expect(card.headline.length, id).toBeLessThanOrEqual(HEADLINE_MAX);
      expect(card.headline, id).toMatch(/\d/);
      // Its figures are the takeaway's, or computed and marked so (the place's growth).
      for (const figure of card.headline.match(/[−+]?[\d,.]*\d%?†?/g) ?? [])
        if (!figure.endsWith('†')) expect(card.takeaway, id).toContain(figure);
    }
    expect(baked.dashboard.headline).toBe(
      'United Kingdom recorded 7,263 offences in 2024/25; +99% from 2017/18 to 2024/25 as published',
    );
  });

  it('show no interface text: no place dropdown, no on-page hint', () => {
    for (const [id, card] of cards()) {
      const shown = [card.headline, ...texts(id).map((t) => t.textContent)].join(' ');
      expect(shown, id).not.toMatch(/PlaceEngland|Compare growth|show the index|Show all/);
    }
  });

  it("draw the title at 48 px or more and the chart's text at 20 px or more", () => {
    for (const [id] of cards()) {
      const [title] = texts(id);
      expect(Number(title!.getAttribute('font-size')), id).toBeGreaterThanOrEqual(48);
      expect(TITLE_SIZE).toBeGreaterThanOrEqual(48);
      const chart = pictures[id]!.querySelector('svg svg');
      if (id === 'headline') {
        expect(chart).toBeNull();
        continue;
      }
      const ticks = chart!.querySelectorAll('.recharts-cartesian-axis-tick-value');
      expect(ticks.length, id).toBeGreaterThan(0);
      for (const t of ticks)
        expect(
          Number(t.getAttribute('font-size')),
          `${id} tick ${t.textContent}`,
        ).toBeGreaterThanOrEqual(20);
    }
  });

  it('give the chart the room under the text: drawn at the size of its box, most of the picture', () => {
    for (const [id] of cards()) {
      const chart = pictures[id]!.querySelector('svg svg');
      if (!chart) continue;
      const [, , w, h] = chart.getAttribute('viewBox')!.split(' ').map(Number);
      // Drawn for its box, not scaled into it: no empty band left beside or under it.
      expect(w, id).toBe(Number(chart.getAttribute('width')));
      expect(h, id).toBe(Number(chart.getAttribute('height')));
      // What is left under a two-line title (the dashboard's) or over a three-row key (the
      // place panel's) is the least: still over a third of the picture.
      expect((w! * h!) / (1200 * 630), id).toBeGreaterThanOrEqual(0.35);
    }
  });

  it("write each key's entries whole, inside the picture", () => {
    for (const [id, card] of cards())
      for (const { label } of card.key) {
        const text = texts(id).find((t) => t.textContent === label);
        expect(text, `${id}: ${label}`).toBeDefined();
        const right = Number(text!.getAttribute('x')) + label.length * 22 * 0.6;
        expect(right, `${id}: ${label}`).toBeLessThanOrEqual(WIDTH);
      }
  });

  it('credit the sources of the figures shown: the 2025 release for 7,263 and +99%, NSPCC for the age figure', () => {
    for (const id of ['dashboard', 'trend', 'headline']) {
      expect(sourcesLine(id), id).toMatch(/^Sources \(2019–2025\): NSPCC; Shropshire Star/);
      expect(sourcesLine(id), id).not.toContain('Recorded online sexual grooming');
    }
    expect(sourcesLine('age')).toBe('Sources (2019–2023): NSPCC; Capital FM Birmingham');
    expect(sourcesLine('coverage')).toMatch(/^Sources \(2019–2025\): NSPCC; /);
    // Every source is named or counted.
    for (const [id, card] of cards()) {
      const publishers = new Set(
        card.sources.flatMap((s) => s.publisher.split('; ').map((p) => p.replace(/\s*\(.*$/, ''))),
      );
      const line = sourcesLine(id)!;
      const named = [...publishers].filter((p) => line.includes(p)).length;
      const counted = Number(line.match(/and (\d+) more$/)?.[1] ?? 0);
      expect(named + counted, id).toBe(publishers.size);
    }
  });

  it("carry the panel's caveat line", () => {
    // The lines from "Note:" to the sources line.
    const note = (id: string) => {
      const lines = texts(id).map((t) => t.textContent!);
      const start = lines.findIndex((l) => l.startsWith('Note: '));
      const end = lines.findIndex((l) => /^Sources? /.test(l));
      return start < 0 ? '' : lines.slice(start, end).join(' ');
    };
    expect(note('coverage')).toBe(
      "Note: From 2021/22 the national figures cover the UK, including Scotland's different offence; before, England and Wales.",
    );
    for (const [id, card] of cards())
      if (card.caveats.length > 0) expect(note(id), id).toMatch(/^Note: /);
  });

  it('carry a caveat on every preview, the headline figures included (#25, item 4)', () => {
    const lines = (id: string) => texts(id).map((t) => t.textContent!);
    for (const [id] of cards())
      expect(
        lines(id).some((l) => l.startsWith('Note: ')),
        id,
      ).toBe(true);
  });
});
