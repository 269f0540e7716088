import { QueryClient } from '@tanstack/react-query';
import { refreshOnReturn } from './away-refresh.js';

export function createQueryClient(): QueryClient {
  refreshOnReturn();
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The host's S3 client already retries transient failures; retrying
        // AccessDenied or NoSuchBucket here would only delay the message.
        retry: false,
        // A desktop window gains focus constantly; relisting on each is noise. The lists opt
        // in, and are told of focus only after a while away (refreshOnReturn).
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
