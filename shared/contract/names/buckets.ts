export const bucketChannelNames = ['buckets.list'] as const;

export const bucketEventNames = [] as const;
