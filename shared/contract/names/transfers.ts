export const transfersChannelNames = [
  'transfers.enqueueUpload',
  'transfers.enqueueDownload',
  'transfers.list',
  'transfers.pause',
  'transfers.resume',
  'transfers.cancel',
  'transfers.retry',
  'transfers.clearFinished',
  'transfers.resolveConflict',
  'transfers.openFile',
  'transfers.settings.get',
  'transfers.settings.set',
  'transfers.orphans.list',
  'transfers.orphans.cleanup',
] as const;

export const transfersEventNames = ['transfers.progress', 'transfers.state'] as const;
