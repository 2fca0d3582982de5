import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

/** The filter bar, opened as a person opens it: its controls fold behind a one-line summary. */
async function openFilters() {
  const filters = screen.getByRole('region', { name: 'Filters' });
  await userEvent.click(within(filters).getByRole('button', { name: /^Filters:/ }));
  return filters;
}

describe('filter bar', () => {
  it('drives the trend panel and mirrors every change in the URL', async () => {
    renderApp('/?from=2017-18&to=2018-19&view=table');
    const panel = await screen.findByRole('region', { name: 'Offences over time' });
    const filters = await openFilters();

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
    await openFilters();
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

  it('"only" keeps one place or platform in one click, by mouse or keyboard', async () => {
    renderApp('/');
    await screen.findByRole('region', { name: 'Offences over time' });
    const filters = await openFilters();
    await userEvent.click(within(filters).getByRole('button', { name: 'Only Wales' }));
    expect(window.location.search).toBe('?geo=wales');
    within(filters).getByRole('button', { name: 'Only Snapchat' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(window.location.search).toBe('?geo=wales&platforms=snapchat');
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Instagram' }));
    expect(window.location.search).toBe('?geo=wales&platforms=instagram,snapchat');
    await userEvent.click(within(filters).getByRole('button', { name: 'All platforms' }));
    expect(window.location.search).toBe('?geo=wales');
    expect(within(filters).getByRole('button', { name: 'All platforms' })).toBeDisabled();
  });

  it('"Clear" empties a group; the first box ticked then becomes the selection', async () => {
    renderApp('/');
    await screen.findByRole('region', { name: 'Offences over time' });
    const filters = await openFilters();
    await userEvent.click(within(filters).getByRole('button', { name: 'Clear platforms' }));
    // Nothing is dropped from the charts until a platform is chosen.
    expect(window.location.search).toBe('');
    expect(within(filters).getByRole('checkbox', { name: 'Instagram' })).not.toBeChecked();
    // The place search has a status line of its own.
    expect(
      within(filters)
        .getAllByRole('status')
        .map((s) => s.textContent),
    ).toContain(
      'Platforms cleared: tick one or more; the charts keep the last selection until you do.',
    );
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Snapchat' }));
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'WhatsApp' }));
    expect(window.location.search).toBe('?platforms=whatsapp,snapchat');

    await userEvent.click(within(filters).getByRole('button', { name: 'Clear places' }));
    expect(within(filters).getByRole('checkbox', { name: 'England and Wales' })).not.toBeChecked();
    await userEvent.click(within(filters).getByRole('checkbox', { name: 'Scotland' }));
    expect(window.location.search).toBe('?geo=scotland&platforms=whatsapp,snapchat');
    await userEvent.click(within(filters).getByRole('button', { name: 'All places' }));
    expect(new URLSearchParams(window.location.search).get('geo')?.split(',')).toContain(
      'england-wales',
    );
  });
});

describe('folded lists', () => {
  it('are drawn once the page has painted, or at once when opened', async () => {
    // No frame is ever painted here: what waits for one stays out.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    renderApp('/?geo=england-wales,west-midlands-police');
    const panel = await screen.findByRole('region', { name: 'Offences over time' });
    const filters = screen.getByRole('region', { name: 'Filters' });
    expect(within(filters).queryByRole('radio', { name: 'Count' })).toBeNull();
    expect(within(panel).queryByRole('heading', { name: 'Sources' })).toBeNull();

    await openFilters();
    expect(within(filters).getByRole('radio', { name: 'Count' })).toBeChecked();
    expect(within(filters).queryByRole('checkbox', { name: 'West Midlands Police' })).toBeNull();
    await userEvent.click(within(filters).getByText(/^Police forces \(/));
    expect(within(filters).getByRole('checkbox', { name: 'West Midlands Police' })).toBeChecked();
    await userEvent.click(within(panel).getByText(/^Notes and sources \(/));
    expect(within(panel).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
  });
});
