import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

const PANELS = [
  'Headline figures',
  'Offences over time',
  'Platforms by year',
  'Change in platform use',
  "Victims' age",
  'West Midlands and national',
  'Data coverage and notes',
];

function panel(name: string) {
  return screen.getByRole('region', { name });
}

async function showTable(name: string) {
  // The panels below the first screen are drawn one at a time after it.
  await screen.findByRole('region', { name }, { timeout: 5000 });
  await userEvent.click(within(panel(name)).getByRole('button', { name: 'Table' }));
  return within(panel(name));
}

describe('the panels', () => {
  it('are all there, in order, each with a chart/table toggle, a takeaway and its sources', async () => {
    renderApp('/');
    // The panels below the first screen arrive with their own code, which a cold test run
    // compiles first: more than the default second on a busy machine.
    const slowly = { timeout: 5000 };
    await waitFor(
      () =>
        expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual(
          [
            'filters-heading',
            ...[
              'headline',
              'trend',
              'platforms',
              'platform-change',
              'age',
              'west-midlands',
              'coverage',
            ].map((id) => `${id}-heading`),
            'sources-heading',
          ],
        ),
      slowly,
    );
    for (const name of PANELS) {
      const p = panel(name);
      expect(within(p).getByRole('group', { name: `Show ${name} as` })).toBeInTheDocument();
      // Listed once the panel has painted (folded, they are not seen before).
      const heading = await within(p).findByRole('heading', { name: 'Sources' });
      // Each source links to the publication itself, or says its address was not recorded.
      const list = heading.nextElementSibling!;
      for (const item of within(list as HTMLElement).getAllByRole('listitem')) {
        const link = within(item).queryByRole('link');
        if (link) expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        else expect(item).toHaveTextContent('(address not recorded)');
      }
    }
  });

  it('lists every source with how many figures cite it, in words that agree', async () => {
    renderApp('/');
    const sources = await screen.findByRole('region', { name: 'All sources' }, { timeout: 5000 });
    const items = within(sources).getAllByRole('listitem');
    expect(items).toHaveLength(22);
    expect(items.filter((i) => /Cited by 1 figure\./.test(i.textContent ?? ''))).toHaveLength(2);
    expect(sources).not.toHaveTextContent(/Cited by 1 figures/);
  });

  it('platforms and platform change show the 2019 release counts', async () => {
    renderApp('/?from=2017-18&to=2018-19');
    await screen.findByRole('region', { name: 'Platforms by year' }, { timeout: 5000 });
    const platforms = await showTable('Platforms by year');
    expect(platforms.getByRole('row', { name: 'Instagram 418 929' })).toBeInTheDocument();
    expect(
      platforms.getByRole('row', { name: 'Other or unnamed methods 567† 674†' }),
    ).toBeInTheDocument();
    const change = await showTable('Change in platform use');
    expect(
      change.getByRole('row', {
        name: /^Instagram 418 929 \+511† \+122%† 19\.7%† 34\.4%† \+14\.7 pp†$/,
      }),
    ).toBeInTheDocument();
  });

  it('measure=share switches platforms to shares; the headline says count, share and base in both', async () => {
    renderApp('/?geo=england-wales,west-midlands-region&from=2017-18&to=2018-19');
    await screen.findByRole('region', { name: 'Headline figures' });
    const detail =
      '929 offences, 34.4%† of offences where the method was known (2,700 of 4,373 recorded offences, 61.7%†).';
    expect(within(panel('Headline figures')).getByText(detail)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Filters:/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'Share (%)' }));
    expect(within(panel('Headline figures')).getByText(detail)).toBeInTheDocument();
    const platforms = await showTable('Platforms by year');
    expect(
      platforms.getByRole('cell', {
        name: /^29\.2%†\s+618 \/ 2,117; published as 30%, which differs$/,
      }),
    ).toBeInTheDocument();
  });

  it('selecting Instagram only changes every panel that shows platforms', async () => {
    renderApp('/?geo=england-wales,west-midlands-region&from=2017-18&to=2018-19');
    await screen.findByRole('region', { name: 'Headline figures' });
    const filters = screen.getByRole('region', { name: 'Filters' });
    await userEvent.click(within(filters).getByRole('button', { name: /^Filters:/ }));
    for (const name of [
      'Facebook',
      'WhatsApp',
      'Snapchat',
      'Kik',
      'Meta / Facebook-owned apps',
      'Facebook-owned apps or Snapchat',
      'Other or unnamed methods',
    ]) {
      await userEvent.click(within(filters).getByRole('checkbox', { name }));
    }
    expect(window.location.search).toContain('platforms=instagram');
    const platforms = await showTable('Platforms by year');
    expect(platforms.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Instagram',
      'Base: offences with the method known, of all recorded',
    ]);
    const change = await showTable('Change in platform use');
    expect(change.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Instagram']);
    const wm = await showTable('West Midlands and national');
    expect(wm.getByRole('columnheader', { name: 'Instagram (share)' })).toBeInTheDocument();
    expect(
      wm.queryByRole('columnheader', { name: 'Facebook-owned apps or Snapchat (share)' }),
    ).not.toBeInTheDocument();
    expect(within(panel('Headline figures')).getByText('Instagram')).toBeInTheDocument();
  });

  it('age, West Midlands and coverage show their published and derived numbers', async () => {
    renderApp('/?geo=england-wales,west-midlands-region&from=2017-18&to=2018-19&measure=share');
    await screen.findByRole('region', { name: "Victims' age" }, { timeout: 5000 });
    const age = await showTable("Victims' age");
    expect(
      age.getByRole('row', {
        name: 'Aged under 12 2017/18 to 2018/19, England and Wales ≈20% base not stated: all victims or those whose age was known',
      }),
    ).toBeInTheDocument();
    const wm = await showTable('West Midlands and national');
    expect(wm.getByRole('row', { name: '2017/18 194 3,217 6.0%†' })).toBeInTheDocument();
    expect(wm.getByRole('row', { name: '2018/19 260 4,373 5.9%†' })).toBeInTheDocument();
    const coverage = await showTable('Data coverage and notes');
    expect(
      coverage.getByRole('row', {
        name: '2017/18 England and Wales 43 all 43 forces 3,217 2,117 65.8%†',
      }),
    ).toBeInTheDocument();
    expect(
      coverage.getByRole('row', {
        name: '2018/19 England and Wales 43 all 43 forces 4,373 2,700 61.7%†',
      }),
    ).toBeInTheDocument();
    expect(coverage.getByText(/its 4 forces add up to 564/)).toBeInTheDocument();
  });
});
