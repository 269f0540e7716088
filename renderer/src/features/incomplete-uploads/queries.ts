import { infiniteQueryOptions } from '@tanstack/react-query';
import type { UploadPage, UploadRow } from '../../../../shared/domain/multipart-upload.js';
import type { ContractClient } from '../../contract/contract-client.js';

export const multipartKeys = {
  all: ['multipart'] as const,
  bucket: (profileId: string, bucket: string) => [...multipartKeys.all, profileId, bucket] as const,
  uploads: (profileId: string, bucket: string) =>
    [...multipartKeys.bucket(profileId, bucket), 'uploads'] as const,
  parts: (profileId: string, bucket: string, key: string, uploadId: string) =>
    [...multipartKeys.bucket(profileId, bucket), 'parts', key, uploadId] as const,
};

interface UploadMarker {
  keyMarker: string;
  uploadIdMarker?: string;
}

function nextMarker(page: UploadPage): UploadMarker | undefined {
  if (page.nextKeyMarker === null) return undefined;
  return page.nextUploadIdMarker === null
    ? { keyMarker: page.nextKeyMarker }
    : { keyMarker: page.nextKeyMarker, uploadIdMarker: page.nextUploadIdMarker };
}

function uploadsPage(
  client: ContractClient,
  profileId: string,
  bucket: string,
  marker: UploadMarker | undefined,
) {
  return client.invoke('multipart.listUploads', { profileId, bucket, ...marker });
}

export function uploadsQuery(client: ContractClient, profileId: string, bucket: string) {
  return infiniteQueryOptions({
    queryKey: multipartKeys.uploads(profileId, bucket),
    queryFn: ({ pageParam }) => uploadsPage(client, profileId, bucket, pageParam),
    initialPageParam: undefined as UploadMarker | undefined,
    getNextPageParam: nextMarker,
  });
}

/** Every page, for "abort all older than": the count shown must be the whole bucket's. */
export async function allUploads(
  client: ContractClient,
  profileId: string,
  bucket: string,
): Promise<UploadRow[]> {
  const all: UploadRow[] = [];
  let marker: UploadMarker | undefined;
  for (;;) {
    const page = await uploadsPage(client, profileId, bucket, marker);
    all.push(...page.uploads);
    marker = nextMarker(page);
    if (marker === undefined) return all;
  }
}

export function partsQuery(
  client: ContractClient,
  profileId: string,
  bucket: string,
  key: string,
  uploadId: string,
) {
  return infiniteQueryOptions({
    queryKey: multipartKeys.parts(profileId, bucket, key, uploadId),
    queryFn: ({ pageParam }) =>
      client.invoke('multipart.listParts', {
        profileId,
        bucket,
        key,
        uploadId,
        ...(pageParam === undefined ? {} : { partNumberMarker: pageParam }),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextPartNumberMarker ?? undefined,
  });
}
