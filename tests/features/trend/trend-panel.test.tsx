import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';

afterEach(() => vi.unstubAllGlobals());

async function trendPanel() {
  return screen.findByRole('region', { name: 'Offences over time' });
}

/** The table's rows as arrays of cell texts, header row first. */
function tableRows(panel: HTMLElement): string[][] {
  const table = within(panel).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('trend panel', () => {
  it('shows the published national and West Midlands counts with a computed takeaway', async () => {
    renderApp('/?geo=england-wales,west-midlands-region&from=2017-18&to=2018-19');
    const panel = await trendPanel();
    // The chart's text alternative leads with the computed takeaway.
    expect(within(panel).getByRole('figure')).toHaveAccessibleName(
      /^Line chart\. Recorded offences: England and Wales 3,217 to 4,373, 2017\/18 to 2018\/19: \+36% as published\. West Midlands region 194 to 260, 2017\/18 to 2018\/19: \+34% as published\./,
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Table' }));
    // Each cell says the forces behind it, and the published change beside the count.
    expect(tableRows(panel)).toEqual([
      ['Year', 'England and Wales', 'West Midlands region'],
      ['2017/18', '3,217 all 43 forces', '194 all 4 forces'],
      [
        '2018/19',
        '4,373 all 43 forces; published +36% on 2017/18: 43 forces in both years; Capital FM Birmingham\'s report of the release says "by a third"',
        "260 all 4 forces; published +34% on 2017/18: the region's four forces in both years",
      ],
    ]);
  });

  it('opens a shared index link on the index, region and nation on one axis', async () => {
    renderApp(
      '/?geo=west-midlands-region,england-wales&from=2017-18&to=2018-19&measure=index&view=table',
    );
    const panel = await trendPanel();
    expect(tableRows(panel)).toEqual([
      ['Year', 'West Midlands region', 'England and Wales'],
      ['2017/18', '100.0† all 4 forces', '100.0† all 43 forces'],
      [
        '2018/19',
        "134.0† all 4 forces; published +34% on 2017/18: the region's four forces in both years",
        '135.9† all 43 forces; published +36% on 2017/18: 43 forces in both years; Capital FM Birmingham\'s report of the release says "by a third"',
      ],
    ]);
    expect(within(panel).getByRole('table', { name: /index, 2017\/18 = 100/ })).toBeInTheDocument();
  });

  it('marks derived values and gaps in the table, and lists their sources and notes', async () => {
    renderApp('/?geo=england-wales,west-midlands-region&view=table');
    const panel = await trendPanel();
    const rows = tableRows(panel);
    expect(rows[3]).toEqual(['2019/20', '5,119† medium confidence forces not stated', '—']);
    expect(rows[7]).toEqual(['2023/24', '—', '457 medium confidence forces not stated']);
    expect(
      within(panel).getByText(/† derived: computed from published figures/),
    ).toBeInTheDocument();
    expect(
      await within(panel).findByRole('link', { name: 'Recorded online sexual grooming' }),
    ).toHaveAttribute(
      'href',
      'https://www.nspcc.org.uk/about-us/news-opinion/2019/recorded-online-sexual-grooming/',
    );
    expect(
      within(panel).getByText(/5,954 − 184 \(Northern Ireland\) − 651 \(Scotland\) = 5,119/),
    ).toBeInTheDocument();
  });

  it('draws the chart with a text alternative, a key and the coverage events', async () => {
    renderApp('/?geo=england-wales,uk');
    const panel = await trendPanel();
    const figure = within(panel).getByRole('figure');
    expect(figure).toHaveAccessibleName(
      /^Line chart\. Recorded offences: England and Wales 3,217 to 5,441, 2017\/18 to 2020\/21: ≈\+70% as published; \+69%† computed, not like-for-like/,
    );
    // The chart is drawn once its box is measured.
    const svg = await waitFor(() => {
      const surface = figure.querySelector('svg.chart-surface');
      expect(surface).not.toBeNull();
      return surface!;
    });
    expect(await within(svg as HTMLElement).findByText('3')).toBeInTheDocument();
    expect(within(figure).getByRole('list', { name: 'Marked events' })).toHaveTextContent(
      '3 NSPCC releases give UK totals from 2021/22',
    );

    expect(await within(svg as HTMLElement).findByText('2024/25')).toBeInTheDocument();
    expect(within(figure).getByRole('list', { name: 'Key' })).toHaveTextContent('derived †');
  });
});
