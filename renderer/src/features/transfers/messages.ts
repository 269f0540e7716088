/** Every string the transfers feature shows, in one plain object so a translation can replace it. */
export const messages = {
  panelTitle: 'Transfers',
  queueTab: 'Queue',
  incompleteTab: 'Incomplete uploads',
  show: 'Show transfers',
  hide: 'Hide transfers',
  queueLabel: 'Transfer queue',
  queueActions: 'Queue actions',
  loading: 'Loading transfers…',
  empty: 'No transfers. Drop files or folders on the object list, or use Upload.',
  loadFailed: 'Could not load the transfers:',
  summary: (active: number, failed: number) =>
    [active > 0 ? `${active} active` : '', failed > 0 ? `${failed} failed` : '']
      .filter((part) => part !== '')
      .join(', '),

  pauseAll: 'Pause all',
  resumeAll: 'Resume all',
  retryAll: 'Retry failed',
  cancelAll: 'Cancel all',
  cancelAllConfirm:
    'Cancel every unfinished transfer? Partial uploads are removed from the server.',
  clearFinished: 'Clear finished',
  pause: 'Pause',
  resume: 'Resume',
  retry: 'Retry',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  actionFailed: 'That did not work:',
  enableNotifications: 'Notify me',
  enableNotificationsHint: 'Show a desktop notification when a long transfer ends',

  states: {
    queued: 'Queued',
    running: 'Running',
    paused: 'Paused',
    succeeded: 'Done',
    failed: 'Failed',
    canceled: 'Canceled',
  },
  upload: 'Upload',
  download: 'Download',
  uploadTo: (bucket: string, key: string) => `to ${bucket}/${key}`,
  downloadTo: (path: string) => `to ${path}`,
  progressOf: (name: string) => `Progress of ${name}`,
  bytes: (done: string, total: string) => `${done} of ${total}`,
  files: (done: number, total: number, counting: boolean) =>
    `${done} of ${total}${counting ? '+' : ''} files`,
  skipped: (count: number) => `${count} skipped`,
  eta: (left: string) => `${left} left`,
  failedBecause: 'Why it failed:',
  refused: (count: number) => `${count} ${count === 1 ? 'item was' : 'items were'} left alone`,
  refusedMore: (count: number) => `… and ${count} more`,

  conflictUpload: (key: string) => `“${key}” already exists in the bucket. Replace it?`,
  conflictDownload: (path: string) => `“${path}” already exists on this computer. Replace it?`,
  overwrite: 'Overwrite',
  skip: 'Skip',
  keepBoth: 'Keep both',
  applyToAll: 'Apply to all files of this transfer',

  spoolingTitle: 'Preparing upload',
  spoolingOf: (name: string) => `Sending ${name} to the host`,
  spoolingFiles: (done: number, total: number) => `${done} of ${total} files`,
  uploadFailed: 'The upload could not start:',
  unreadable: 'These could not be read and were left out:',
  nothingToUpload: 'There was nothing to upload: the dropped folders are empty.',
  downloadRefused: (count: number) =>
    `${count} ${count === 1 ? 'object was' : 'objects were'} not downloaded because ${count === 1 ? 'its name' : 'their names'} would leave the chosen folder:`,

  uploadFiles: 'Upload files',
  uploadFolder: 'Upload folder',
  filesInput: 'Files to upload',
  folderInput: 'Folder to upload',

  downloadButton: 'Download',
  downloadTitle: 'Download',
  downloadWhat: (files: number, folders: number) =>
    [
      files > 0 ? `${files} ${files === 1 ? 'file' : 'files'}` : '',
      folders > 0 ? `${folders} ${folders === 1 ? 'folder' : 'folders'}` : '',
    ]
      .filter((part) => part !== '')
      .join(' and '),
  destination: 'Destination folder',
  destinationHint: 'An absolute path on the computer running Holdall',
  destinationRequired: 'Enter an absolute folder path',
  conflictPolicy: 'If a file already exists',
  policies: { ask: 'Ask me', overwrite: 'Overwrite', skip: 'Skip', keepBoth: 'Keep both' },
  start: 'Download',
  close: 'Cancel',
  starting: 'Starting…',

  notificationDone: (name: string) => `${name} finished`,
  notificationFailed: (name: string) => `${name} failed`,
  notificationTitle: 'Holdall',
} as const;
