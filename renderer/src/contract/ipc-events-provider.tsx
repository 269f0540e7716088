import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { openConnectLink } from '../features/connection-files/pending-connect-link.js';
import { openLinkedPlace } from '../features/navigation/place-store.js';
import { useContract } from './contract-context.js';
import { profilesQuery } from './queries.js';

/** The one place that listens to host events and folds them into the query cache. */
export function IpcEventsProvider({ children }: { children: ReactNode }) {
  const client = useContract();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      client.on('profiles.changed', ({ profiles }) => {
        queryClient.setQueryData(profilesQuery(client).queryKey, profiles);
      }),
    [client, queryClient],
  );

  useEffect(() => client.on('desktop.openPlace', openLinkedPlace), [client]);
  useEffect(
    () => client.on('desktop.openConnectLink', ({ link }) => openConnectLink(link)),
    [client],
  );

  // Whatever changed while the event socket was down is only known by asking again.
  useEffect(
    () => client.onReconnect(() => void queryClient.invalidateQueries()),
    [client, queryClient],
  );

  return children;
}
