import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../src/app/app';
import { createQueryClient } from '../src/app/query-client';
import { fakeFetch } from './fixtures/bundled';

/** Renders the whole app at a URL, with the bundled data served by a fake fetch. */
export function renderApp(url = '/', fetchImpl: typeof fetch = fakeFetch() as typeof fetch) {
  window.history.replaceState(null, '', url);
  const fetchMock = vi.fn(fetchImpl);
  vi.stubGlobal('fetch', fetchMock);
  const client = createQueryClient();
  return {
    ...render(<QueryClientProvider client={client}>{<App />}</QueryClientProvider>),
    fetchMock,
  };
}
