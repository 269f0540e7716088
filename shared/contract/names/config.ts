export const configChannelNames = [
  'config.policy.get',
  'config.policy.put',
  'config.policy.delete',
  'config.acl.get',
  'config.acl.put',
  'config.cors.get',
  'config.cors.put',
  'config.cors.delete',
  'config.website.get',
  'config.website.put',
  'config.website.delete',
  'config.replication.get',
  'config.replication.put',
  'config.replication.delete',
  'config.notification.get',
  'config.notification.put',
  'config.notification.delete',
  'topics.list',
  'topics.create',
  'topics.delete',
] as const;

export const configEventNames = [] as const;
