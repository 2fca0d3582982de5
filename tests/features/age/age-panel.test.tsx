import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';

afterEach(() => vi.unstubAllGlobals());

async function agePanel() {
  return screen.findByRole('region', { name: "Victims' age" }, { timeout: 20_000 });
}

describe('age panel', { timeout: 40_000 }, () => {
  it('says which groups the other measure shows, and switches to it', async () => {
    renderApp('/?geo=england-wales,uk');
    const panel = await agePanel();
    expect(
      within(panel).getByText(
        /^Shares show 3 groups not shown here: aged under 11; girls aged 12 to 15; victims who were girls\./,
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show shares' }));
    expect(
      await within(panel).findByText(
        /^Counts show 1 group not shown here: instances with the victim's age given\./,
      ),
    ).toBeInTheDocument();
  });

  it('keys every colour its bars use: each place, and the hollow outline', async () => {
    renderApp('/?geo=england-wales,uk&measure=share');
    const panel = await agePanel();
    const key = within(panel).getByRole('list', { name: 'Key' });
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'England and Wales',
      'United Kingdom',
      'hollow, dashed: approximate (≈) or derived (†); the others are published exactly',
    ]);
  });
});
