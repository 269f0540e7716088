import { useMutation, useQuery } from '@tanstack/react-query';
import type { SizeSpec } from '../../../../shared/domain/folder-size.js';
import { useContract } from '../../contract/contract-context.js';

export const folderSizeKeys = {
  all: (profileId: string, bucket: string) => ['folderSize', profileId, bucket] as const,
  place: (profileId: string, bucket: string, prefix: string, versions: boolean) =>
    [...folderSizeKeys.all(profileId, bucket), prefix, versions] as const,
};

/** The last size calculated for a folder or bucket (null if never); read again when one ends. */
export function useRememberedSize(
  profileId: string,
  bucket: string,
  prefix: string,
  versions: boolean,
  enabled = true,
) {
  const client = useContract();
  return useQuery({
    enabled,
    queryKey: folderSizeKeys.place(profileId, bucket, prefix, versions),
    queryFn: () => client.invoke('folderSize.remembered', { profileId, bucket, prefix, versions }),
    staleTime: Infinity,
  });
}

/** Starts "Calculate size"; its progress and result come as task snapshots. */
export function useCalculateSize() {
  const client = useContract();
  return useMutation({
    mutationFn: (spec: Omit<SizeSpec, 'kind'>) =>
      client.invoke('tasks.start', { kind: 'size', ...spec }),
  });
}
