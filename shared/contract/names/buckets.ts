export const bucketChannelNames = [
  'buckets.list',
  'buckets.create',
  'buckets.head',
  'buckets.delete',
] as const;

export const bucketEventNames = ['buckets.deleteProgress'] as const;
