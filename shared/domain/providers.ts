import type { Addressing, ProviderId } from './profile.js';

export interface ProviderInfo {
  readonly id: ProviderId;
  readonly label: string;
  /** AWS and JD Cloud serve virtual-hosted buckets; self-hosted servers usually only path style. */
  readonly defaultAddressing: Addressing;
}

/** What both sides need to know of each provider; core's dialects add the request details. */
export const providers: readonly ProviderInfo[] = [
  { id: 'aws', label: 'Amazon S3', defaultAddressing: 'virtual' },
  { id: 'jdcloud', label: 'JD Cloud OSS', defaultAddressing: 'virtual' },
  { id: 'ceph', label: 'Ceph RGW', defaultAddressing: 'path' },
  { id: 'minio', label: 'MinIO', defaultAddressing: 'path' },
  { id: 'generic', label: 'Other S3-compatible', defaultAddressing: 'path' },
];

export function providerInfo(id: ProviderId): ProviderInfo {
  const info = providers.find((p) => p.id === id);
  if (info === undefined) throw new Error(`Unknown provider ${id}`);
  return info;
}
