import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data is static: no refetching behind the user's back.
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}
