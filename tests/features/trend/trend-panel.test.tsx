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
    expect(
      within(panel).getByText(
        'Recorded offences: England and Wales up 36%†, 3,217 to 4,373 (2017/18 to 2018/19); West Midlands region up 34%†, 194 to 260 (2017/18 to 2018/19).',
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Table' }));
    expect(tableRows(panel)).toEqual([
      ['Year', 'England and Wales', 'West Midlands region'],
      ['2017/18', '3,217', '194'],
      ['2018/19', '4,373', '260'],
    ]);
  });

  it('opens a shared index link on the index, region and nation on one axis', async () => {
    renderApp(
      '/?geo=west-midlands-region,england-wales&from=2017-18&to=2018-19&measure=index&view=table',
    );
    const panel = await trendPanel();
    expect(tableRows(panel)).toEqual([
      ['Year', 'West Midlands region', 'England and Wales'],
      ['2017/18', '100.0†', '100.0†'],
      ['2018/19', '134.0†', '135.9†'],
    ]);
    expect(within(panel).getByRole('table', { name: /index, 2017\/18 = 100/ })).toBeInTheDocument();
  });

  it('marks derived values and gaps in the table, and lists their sources and notes', async () => {
    renderApp('/?geo=england-wales,west-midlands-region&view=table');
    const panel = await trendPanel();
    const rows = tableRows(panel);
    expect(rows[3]).toEqual(['2019/20', '5,335†', '—']);
    expect(rows[7]).toEqual(['2023/24', '—', '457']);
    expect(
      within(panel).getByText(/† derived: computed from published figures/),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', { name: 'Recorded online sexual grooming' }),
    ).toHaveAttribute(
      'href',
      'https://www.nspcc.org.uk/about-us/news-opinion/2019/recorded-online-sexual-grooming/',
    );
    expect(
      within(panel).getByText(/12,925 \(April 2017 to March 2020\) − 3,217 − 4,373 = 5,335/),
    ).toBeInTheDocument();
  });

  it('draws the chart with a text alternative, a key and the coverage events', async () => {
    renderApp('/?geo=england-wales,uk');
    const panel = await trendPanel();
    const figure = within(panel).getByRole('figure');
    expect(figure).toHaveAccessibleName(
      /^Line chart\. Recorded offences: England and Wales up 69%†, 3,217 to 5,441/,
    );
    // Recharts draws the plot after measuring its container.
    const svg = await waitFor(() => {
      const surface = figure.querySelector('svg.recharts-surface');
      expect(surface).not.toBeNull();
      return surface!;
    });
    expect(await within(svg as HTMLElement).findByText('3')).toBeInTheDocument();
    expect(within(figure).getByRole('list', { name: 'Marked events' })).toHaveTextContent(
      '3 UK-wide figures from 2021/22',
    );

    expect(await within(svg as HTMLElement).findByText('2024/25')).toBeInTheDocument();
    expect(within(figure).getByRole('list', { name: 'Key' })).toHaveTextContent('derived †');
  });
});
