import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SecretStorage } from '../../../../shared/domain/host.js';
import { useContract } from '../../contract/contract-context.js';
import { hostInfoQuery } from '../../contract/queries.js';
import { hostMessages } from './messages.js';

/** The storage warning in the current language; null when the storage is the OS keychain's. */
export function storageWarningText(storage: SecretStorage): string | null {
  if (storage.warning === null) return null;
  // The host's own sentence is English; the kinds it can report are worded in every language here.
  return storage.kind === 'os-keychain'
    ? storage.warning
    : hostMessages.storageWarning[storage.kind];
}

/** The host's info, and a way to say its storage warning was read (remembered by the host). */
export function useHostInfo() {
  const client = useContract();
  const queryClient = useQueryClient();
  const info = useQuery(hostInfoQuery(client));
  const acknowledge = useMutation({
    mutationFn: () => client.invoke('host.acknowledgeStorageWarning', {}),
    onSuccess: (next) => queryClient.setQueryData(hostInfoQuery(client).queryKey, next),
  });
  return { info, acknowledge };
}
