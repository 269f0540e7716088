import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The host's S3 client already retries transient failures; retrying
        // AccessDenied or NoSuchBucket here would only delay the message.
        retry: false,
        // A desktop window gains focus constantly; relisting on each is noise.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
