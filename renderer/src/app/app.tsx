import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContractClient } from '../contract/contract-client.js';
import { ContractProvider } from '../contract/contract-context.js';
import { IpcEventsProvider } from '../contract/ipc-events-provider.js';
import { createQueryClient } from './query-client.js';
import { Shell } from './shell.js';

export function App({ client }: { client: ContractClient }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ContractProvider client={client}>
        <IpcEventsProvider>
          <Shell />
        </IpcEventsProvider>
      </ContractProvider>
    </QueryClientProvider>
  );
}
