import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/components/panel-boundary';

let broken = true;
function Panel() {
  if (broken) throw new Error('the age figures could not be read');
  return <p>Victims' age chart</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('PanelBoundary', () => {
  it('keeps a failing panel to itself, says why, and can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <PanelBoundary id="age">
          <Panel />
        </PanelBoundary>
        <p>Another panel</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAccessibleName('This panel could not be drawn');
    expect(alert).toHaveTextContent('the age figures could not be read.');
    expect(alert).toHaveAttribute('id', 'age');
    expect(screen.getByText('Another panel')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText("Victims' age chart")).toBeInTheDocument();
  });
});
