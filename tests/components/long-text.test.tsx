import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CLAMP_CHARS, LongText } from '../../src/components/long-text';

describe('LongText', () => {
  it('shows short text whole, with no button', () => {
    render(<LongText text="43 forces." label="Note" />);
    expect(screen.getByText('43 forces.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts long text, and shows it whole only in a dialog once asked', async () => {
    const text = `${'a'.repeat(CLAMP_CHARS)}THE-END-${'b'.repeat(1700)}`;
    const { container } = render(<LongText text={text} label="Note on 2025/26" />);
    expect(container.textContent).not.toContain('THE-END');
    expect(container.textContent!.length).toBeLessThan(CLAMP_CHARS + 20);
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show all: Note on 2025/26' }));
    const dialog = await screen.findByRole('dialog', { name: 'Note on 2025/26' });
    expect(dialog).toHaveTextContent(text);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: /^Show all/ })).toHaveFocus();
  });
});
