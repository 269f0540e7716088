import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { transferKeys } from './transfer-keys.js';

export function transferSettingsQuery(client: ContractClient) {
  return queryOptions({
    queryKey: transferKeys.settings(),
    queryFn: () => client.invoke('transfers.settings.get', {}),
    // Only this dialog changes them, and it writes what the host answered into the cache.
    staleTime: Infinity,
  });
}

export function useTransferSettings() {
  return useQuery(transferSettingsQuery(useContract()));
}
