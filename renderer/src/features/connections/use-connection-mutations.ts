import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { profilesQuery } from '../../contract/queries.js';
import { bucketKeys, objectKeys, profileKeys } from '../../contract/query-keys.js';
import type { ProfileDraftInput } from './connection-form.js';

/**
 * The cache is updated from the reply at once; the profiles.changed event
 * that follows carries the same list, so the two cannot disagree for long.
 */
export function useSaveConnection() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ProfileDraftInput) => client.invoke('profiles.save', draft),
    onSuccess: async (saved) => {
      queryClient.setQueryData(profilesQuery(client).queryKey, (list) =>
        list === undefined
          ? [saved]
          : list.some((p) => p.id === saved.id)
            ? list.map((p) => (p.id === saved.id ? saved : p))
            : [...list, saved],
      );
      // New endpoint or keys may show different buckets and objects.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: bucketKeys.profile(saved.id) }),
        queryClient.invalidateQueries({ queryKey: objectKeys.profile(saved.id) }),
      ]);
    },
  });
}

export function useDeleteConnection() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: ProfileSummary) => client.invoke('profiles.delete', { id: profile.id }),
    onSuccess: (_value, profile) => {
      queryClient.setQueryData(profilesQuery(client).queryKey, (list) =>
        list?.filter((p) => p.id !== profile.id),
      );
      queryClient.removeQueries({ queryKey: bucketKeys.profile(profile.id) });
      queryClient.removeQueries({ queryKey: objectKeys.profile(profile.id) });
    },
  });
}

export function useTestConnection() {
  const client = useContract();
  return useMutation({
    mutationFn: (draft: ProfileDraftInput) => client.invoke('profiles.test', { draft }),
  });
}

export function awsCandidatesQuery(client: ContractClient) {
  return queryOptions({
    queryKey: [...profileKeys.all, 'awsCandidates'] as const,
    queryFn: () => client.invoke('profiles.awsCandidates', {}),
    // The files may have changed since the dialog was last open: read them every time.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useImportAws() {
  const client = useContract();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (names: string[]) => client.invoke('profiles.importAws', { names }),
    onSuccess: ({ imported }) => {
      queryClient.setQueryData(profilesQuery(client).queryKey, (list) => [
        ...(list ?? []).filter((p) => !imported.some((i) => i.id === p.id)),
        ...imported,
      ]);
    },
  });
}
