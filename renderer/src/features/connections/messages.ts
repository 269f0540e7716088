/** What the connections feature says, in one plain object so a translation can replace it. */
export const connectionMessages = {
  newTitle: 'New connection',
  editTitle: 'Edit connection',
  duplicateTitle: 'Duplicate connection',
  duplicateName: (name: string) => `${name} (copy)`,
  endpointHint: "Leave empty for Amazon S3's public endpoint.",
  secretKeepHint: 'Leave empty to keep the stored secret.',
  secretCopyHint: 'Leave empty to use the same secret as the original connection.',
  secretPlaceholder: (hint: string) => `Unchanged (…${hint})`,
  bucketHint: 'For keys that may not list buckets: only this bucket is shown.',
  pathStyle: 'Path style',
  virtualStyle: 'Virtual-hosted style',
  testConnection: 'Test connection',
  cancel: 'Cancel',
  save: 'Save',
  connected: (count: number, ms: number) =>
    `Connected: ${count} ${count === 1 ? 'bucket' : 'buckets'} in ${ms} ms`,
  connectedBucket: (bucket: string, ms: number) =>
    `Connected: bucket ${bucket} answered in ${ms} ms`,

  actionsFor: (name: string) => `Actions for ${name}`,
  edit: 'Edit…',
  duplicate: 'Duplicate…',
  newBucket: 'New bucket…',
  delete: 'Delete…',

  deleteTitle: 'Delete connection',
  deleteBody: (name: string) =>
    `Delete “${name}”? Its saved keys are removed from this computer. Buckets and objects on the server are not touched.`,
  deleteConfirm: 'Delete',

  loadingConnections: 'Loading connections…',
  loadingBuckets: 'Loading buckets…',
  noBuckets: 'No buckets',
  createFirstBucket: 'Create a bucket',
  bucketOnly: 'Only this bucket',

  importButton: 'Import from AWS CLI…',
  importTitle: 'Import from AWS CLI',
  importIntro:
    'Profiles found in ~/.aws/credentials and ~/.aws/config. Their keys are read by Holdall and kept sealed on this computer; they are never shown here.',
  importLoading: 'Reading ~/.aws…',
  importEmpty: 'No profiles found in ~/.aws/credentials or ~/.aws/config.',
  importListLabel: 'AWS CLI profiles',
  importRegion: (region: string) => `region ${region}`,
  importEndpoint: (endpoint: string) => (endpoint === '' ? 'Amazon S3' : endpoint),
  importNoKeys: 'no keys',
  importSubmit: (count: number) =>
    count === 0 ? 'Import' : `Import ${count} ${count === 1 ? 'profile' : 'profiles'}`,
  importDone: (count: number) => `Imported ${count} ${count === 1 ? 'connection' : 'connections'}.`,
  importSkipped: (name: string, reason: string) => `${name}: ${reason}`,
  close: 'Close',
} as const;
