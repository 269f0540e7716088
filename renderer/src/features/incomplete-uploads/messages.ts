/** Every string the incomplete-uploads view shows, in one plain object so a translation can replace it. */
export const messages = {
  intro:
    'Multipart uploads that were started but never completed or aborted. Their parts take space (and are billed) until aborted.',
  connection: 'Connection',
  bucket: 'Bucket',
  chooseConnection: 'Choose a connection',
  chooseBucket: 'Choose a bucket',
  noConnections: 'Add a connection first.',
  loadingBuckets: 'Loading buckets…',
  loading: 'Loading incomplete uploads…',
  empty: 'No incomplete uploads in this bucket.',
  tableLabel: 'Incomplete uploads',
  key: 'Key',
  started: 'Started',
  age: 'Age',
  actions: 'Actions',
  days: (n: number) =>
    n < 1 ? 'today' : `${Math.floor(n)} ${Math.floor(n) === 1 ? 'day' : 'days'}`,
  showParts: 'Parts',
  hideParts: 'Hide parts',
  partsOf: (key: string) => `Parts of ${key}`,
  partsLoading: 'Loading parts…',
  partsEmpty: 'No parts uploaded yet.',
  partsTotal: (count: number, size: string) =>
    `${count} ${count === 1 ? 'part' : 'parts'}, ${size}`,
  part: 'Part',
  size: 'Size',
  modified: 'Uploaded',
  abort: 'Abort',
  abortOf: (key: string) => `Abort the upload of ${key}`,
  loadMore: 'Load more',
  refresh: 'Refresh',
  olderThan: 'Older than (days)',
  abortOlder: 'Abort old uploads…',
  counting: 'Counting…',
  confirmTitle: 'Abort old uploads',
  confirmNone: (days: number) => `No incomplete upload in this bucket is older than ${days} days.`,
  confirmText: (count: number, days: number) =>
    `Abort ${count} incomplete ${count === 1 ? 'upload' : 'uploads'} started more than ${days} days ago? Their uploaded parts are deleted from the server; this cannot be undone.`,
  confirmAbort: (count: number) => `Abort ${count}`,
  cancel: 'Cancel',
  close: 'Close',
  aborting: (done: number, total: number) => `Aborting… ${done} of ${total}`,
  abortedSome: (aborted: number, failed: number) =>
    `${aborted} aborted${failed > 0 ? `, ${failed} failed` : ''}.`,
  ownJobsHint:
    'Paused uploads in the transfer queue show here too; aborting one makes its transfer start over.',
} as const;
