import { QueryClient } from '@tanstack/react-query';

/** The data are static files: retry once, then show the error and let the reader retry. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}
