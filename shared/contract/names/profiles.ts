export const profileChannelNames = [
  'host.info',
  'host.acknowledgeStorageWarning',
  'profiles.list',
  'profiles.save',
  'profiles.delete',
  'profiles.test',
  'profiles.awsCandidates',
  'profiles.importAws',
] as const;

export const profileEventNames = ['profiles.changed'] as const;
