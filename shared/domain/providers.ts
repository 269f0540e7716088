import type { Addressing, ProviderId } from './profile.js';

export interface ProviderInfo {
  readonly id: ProviderId;
  readonly label: string;
  /** AWS and JD Cloud serve virtual-hosted buckets; self-hosted servers usually only path style. */
  readonly defaultAddressing: Addressing;
  /** Only AWS has a public endpoint the SDK knows; every other provider needs an address. */
  readonly endpointRequired: boolean;
  /** Shown as the endpoint field's placeholder: what this provider's address looks like. */
  readonly endpointExample: string;
}

/** What both sides need to know of each provider; core's dialects add the request details. */
export const providers: readonly ProviderInfo[] = [
  {
    id: 'aws',
    label: 'Amazon S3',
    defaultAddressing: 'virtual',
    endpointRequired: false,
    endpointExample: 'https://s3.eu-west-1.amazonaws.com',
  },
  {
    id: 'jdcloud',
    label: 'JD Cloud OSS',
    defaultAddressing: 'virtual',
    endpointRequired: true,
    endpointExample: 'https://s3.cn-north-1.jdcloud-oss.com',
  },
  {
    id: 'ceph',
    label: 'Ceph RGW',
    defaultAddressing: 'path',
    endpointRequired: true,
    endpointExample: 'http://rgw.example.com:7480',
  },
  {
    id: 'minio',
    label: 'MinIO',
    defaultAddressing: 'path',
    endpointRequired: true,
    endpointExample: 'http://minio.example.com:9000',
  },
  {
    id: 'generic',
    label: 'Other S3-compatible',
    defaultAddressing: 'path',
    endpointRequired: true,
    endpointExample: 'https://s3.example.com',
  },
];

export function providerInfo(id: ProviderId): ProviderInfo {
  const info = providers.find((p) => p.id === id);
  if (info === undefined) throw new Error(`Unknown provider ${id}`);
  return info;
}
