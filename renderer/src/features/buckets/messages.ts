import type {
  CapabilityFeature,
  CapabilityStatus,
} from '../../../../shared/domain/capabilities.js';
import type { BucketCannedAcl } from '../../../../shared/domain/bucket-ops.js';

/** What the buckets feature says, in one plain object so a translation can replace it. */
export const bucketMessages = {
  actionsFor: (bucket: string) => `Actions for bucket ${bucket}`,
  properties: 'Properties…',
  delete: 'Delete…',
  cancel: 'Cancel',
  close: 'Close',

  createTitle: 'New bucket',
  createOn: (connection: string) => `On ${connection}`,
  nameLabel: 'Name',
  nameHint: '3 to 63 lowercase letters, digits, dots and hyphens; unique across the endpoint.',
  nameMessage: (message: string) => (/^[a-z]/.test(message) ? `Name ${message}` : message),
  regionLabel: 'Region',
  regionHint: 'Leave empty for the endpoint’s default location.',
  regionMessage: (message: string) => (/^[a-z]/.test(message) ? `Region ${message}` : message),
  aclLabel: 'Access (canned ACL)',
  acls: {
    private: 'Private (owner only)',
    'public-read': 'Public read',
    'public-read-write': 'Public read and write',
    'authenticated-read': 'Any authenticated user may read',
  } satisfies Record<BucketCannedAcl, string>,
  create: 'Create',
  created: (bucket: string) => `Created bucket ${bucket}.`,

  deleteTitle: 'Delete bucket',
  deleteWarning: (bucket: string) => `Delete bucket “${bucket}”? This cannot be undone.`,
  emptyFirstLabel: 'Empty it first',
  emptyFirstHint:
    'Deletes every object and aborts every unfinished upload in the bucket. Without it, a bucket that holds anything is not deleted.',
  confirmLabel: (bucket: string) => `Type ${bucket} to confirm`,
  deleteConfirm: 'Delete bucket',
  deleteProgress: (objects: number, uploads: number) =>
    `Deleted ${objects} ${objects === 1 ? 'object' : 'objects'}` +
    (uploads > 0 ? `, aborted ${uploads} ${uploads === 1 ? 'upload' : 'uploads'}` : '') +
    '…',
  deleting: 'Deleting…',
  notEmpty: 'The bucket is not empty. Tick “Empty it first” to delete what it holds too.',

  propertiesTitle: (bucket: string) => `Properties of ${bucket}`,
  propName: 'Name',
  propConnection: 'Connection',
  propRegion: 'Region',
  propCreated: 'Created',
  propAccess: 'Access',
  regionUnknown: 'Not reported by the server',
  regionOfConnection: (region: string) => `${region} (the connection’s; the server did not say)`,
  createdUnknown: 'Not reported by the server',
  loading: 'Loading…',
  access: {
    exists: 'You can open this bucket',
    forbidden: 'The bucket exists, but these keys may not open it',
    missing: 'The bucket no longer exists',
  },
  capabilitiesTitle: 'What this endpoint supports for the bucket',
  capabilitiesLoading: 'Asking the server…',
  capabilitiesChecked: (when: string) => `Checked ${when}`,
  features: {
    policy: 'Bucket policy',
    acl: 'Access control list (ACL)',
    cors: 'CORS',
    website: 'Static website',
    replication: 'Replication',
    notification: 'Event notifications',
    versioning: 'Versioning',
  } satisfies Record<CapabilityFeature, string>,
  status: {
    supported: 'Supported',
    unsupported: 'Not supported',
    unknown: 'Unknown',
  } satisfies Record<CapabilityStatus, string>,
} as const;
