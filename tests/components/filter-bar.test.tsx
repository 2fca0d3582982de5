import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe('filter bar', () => {
  it('drives the trend panel and mirrors every change in the URL', async () => {
    renderApp('/?from=2017-18&to=2018-19&view=table');
    const panel = await screen.findByRole('region', { name: 'Offences over time' });
    const filters = screen.getByRole('region', { name: 'Filters' });

    await userEvent.click(within(filters).getByRole('checkbox', { name: 'United Kingdom' }));
    expect(window.location.search).toBe(
      '?geo=england-wales,west-midlands-region&to=2018-19&view=table',
    );
    expect(
      within(panel)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Year', 'England and Wales', 'West Midlands region']);

    await userEvent.click(within(filters).getByRole('radio', { name: 'Index (2017/18 = 100)' }));
    expect(window.location.search).toContain('measure=index');
    expect(
      within(panel).getByRole('row', {
        name: /^2018\/19 135\.9† all 43 forces.* 134\.0† all 4 forces/,
      }),
    ).toBeInTheDocument();

    await userEvent.selectOptions(within(filters).getByRole('combobox', { name: 'To' }), '2024/25');
    expect(window.location.search).not.toContain('to=');
    expect(
      within(panel).getByRole('row', { name: /^2024\/25 — 201\.5† forces not stated$/ }),
    ).toBeInTheDocument();
  });

  it('keeps at least one place selected', async () => {
    renderApp('/?geo=wales');
    await screen.findByRole('region', { name: 'Offences over time' });
    const wales = screen.getByRole('checkbox', { name: 'Wales' });
    await userEvent.click(wales);
    expect(wales).toBeChecked();
    expect(window.location.search).toBe('?geo=wales');
  });

  it('restores the view from the URL on back and forward', async () => {
    renderApp('/?geo=uk');
    await screen.findByRole('region', { name: 'Offences over time' });
    window.history.pushState(null, '', '/?geo=wales&measure=index');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByRole('checkbox', { name: 'Wales' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'United Kingdom' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Index (2017/18 = 100)' })).toBeChecked();
  });
});
