import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledText, fakeFetch } from '../fixtures/bundled';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe('loading the data', () => {
  it('names the file, row and column of a corrupted figure, and recovers on Retry', async () => {
    const corrupt = bundledText('observations.csv').replace('"4,373"', '4.373.0');
    let served = corrupt;
    const { fetchMock } = renderApp('/', (input) =>
      fakeFetch({ 'observations.csv': served })(input as RequestInfo),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'The data file observations.csv could not be used',
    );
    expect(alert).toHaveTextContent(
      'observations.csv, row 3, column value: "4.373.0" is not a number',
    );
    expect(screen.queryByRole('region', { name: 'Offences over time' })).not.toBeInTheDocument();

    served = bundledText('observations.csv');
    const calls = fetchMock.mock.calls.length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Offences over time' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.length).toBeGreaterThan(calls);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says which file is missing', async () => {
    renderApp('/', fakeFetch({ 'sources.csv': 404 }) as typeof fetch);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'sources.csv, could not be loaded: the server answered 404 Not Found',
    );
  });

  it('explains the parts of a hand-edited link it could not use, and shows the rest', async () => {
    renderApp('/?geo=uk,narnia&measure=<b>');
    const notice = await screen.findByRole('status', {
      name: 'Some settings in this link were not used',
    });
    expect(notice).toHaveTextContent('geo: "narnia" is not a known geography, so it was left out.');
    expect(notice).toHaveTextContent(
      'measure: "<b>" is not one of count, share, index, so it was ignored.',
    );
    expect(window.location.search).toBe('?geo=uk');
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/narnia/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Offences over time' })).toBeInTheDocument();
  });
});
