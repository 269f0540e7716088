/**
 * The tabs of bucket properties, in the order they are shown. Plain data, no UI: the dialog
 * builds its tab list from it, and the accessibility walk (e2e) reads it too, so a tab added
 * here is walked there.
 */
export const configTabKinds = [
  'policy',
  'acl',
  'cors',
  'website',
  'replication',
  'notification',
  'tagging',
  'versioning',
  'publicAccessBlock',
  'requestPayment',
  'objectLock',
  'lifecycle',
] as const;
export type ConfigTabKind = (typeof configTabKinds)[number];

/** Every tab: General (read-only facts about the bucket) first, then the configurations. */
export type BucketSettingsTab = 'general' | ConfigTabKind;
export const bucketSettingsTabs: readonly BucketSettingsTab[] = ['general', ...configTabKinds];

/** The tabs' English names; messages.ts holds them with their translations. */
export const bucketSettingsTabNames: Readonly<Record<BucketSettingsTab, string>> = {
  general: 'General',
  policy: 'Policy',
  acl: 'ACL',
  cors: 'CORS',
  website: 'Website',
  replication: 'Replication',
  notification: 'Notifications',
  tagging: 'Tags',
  versioning: 'Versioning',
  publicAccessBlock: 'Public access',
  requestPayment: 'Requester pays',
  objectLock: 'Object lock',
  lifecycle: 'Lifecycle',
};
