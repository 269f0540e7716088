import type { ProviderId } from '../../../shared/domain/profile.js';

type ChecksumMode = 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';

/** What differs between S3-compatible services, as data rather than scattered ifs. */
export interface Dialect {
  readonly id: ProviderId;
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
    requestChecksums: 'WHEN_SUPPORTED',
    responseChecksums: 'WHEN_SUPPORTED',
  },
  jdcloud: {
    id: 'jdcloud',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
  ceph: {
    id: 'ceph',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
  minio: {
    id: 'minio',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
  generic: {
    id: 'generic',
    requestChecksums: 'WHEN_REQUIRED',
    responseChecksums: 'WHEN_REQUIRED',
  },
};
