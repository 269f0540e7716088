export const profileChannelNames = [
  'host.info',
  'profiles.list',
  'profiles.save',
  'profiles.delete',
  'profiles.test',
] as const;

export const profileEventNames = ['profiles.changed'] as const;
