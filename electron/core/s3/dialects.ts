import type { Addressing, ProviderId } from '../../../shared/domain/profile.js';

type ChecksumMode = 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';

/** What differs between S3-compatible services, as data rather than scattered ifs. */
export interface Dialect {
  readonly id: ProviderId;
  readonly label: string;
  readonly defaultAddressing: Addressing;
  /**
   * Current SDKs add CRC32 trailers by default; servers other than AWS reject
   * streamed bodies with them (RGW answers 411), so they get WHEN_REQUIRED.
   */
  readonly requestChecksums: ChecksumMode;
  readonly responseChecksums: ChecksumMode;
}

export const dialects: Readonly<Record<ProviderId, Dialect>> = {
  aws: {
    id: 'aws',
    label: 'Amazon S3',
    defaultAddressing: 'virtual',
    requestChecksums: 'WHEN_SUPPORTED',
    responseChecksums: 'WHEN_SUPPORTED',
  },
  jdcloud: {
    id: 'jdcloud',
    label: 'JD Cloud OSS',
    defaultAddressing: 'virtual',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
  ceph: {
    id: 'ceph',
    label: 'Ceph RGW',
    defaultAddressing: 'path',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
  minio: {
    id: 'minio',
    label: 'MinIO',
    defaultAddressing: 'path',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
  generic: {
    id: 'generic',
    label: 'Other S3-compatible',
    defaultAddressing: 'path',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
};
