import { QueryClient } from '@tanstack/react-query';

/**
 * The data are static files. Their queries try a file twice within one 30-s deadline themselves
 * (`data-file-fetch.ts`, `retry: false`); other queries retry once. Then the error is shown with
 * « Réessayer ».
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  });
}
