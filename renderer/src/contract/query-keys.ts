/**
 * Hierarchical keys, so one prefix clears everything under it: dropping
 * `objectKeys.profile(id)` forgets every listing of a deleted connection.
 */
export const hostKeys = {
  all: ['host'] as const,
  info: () => [...hostKeys.all, 'info'] as const,
};

export const profileKeys = {
  all: ['profiles'] as const,
  list: () => [...profileKeys.all, 'list'] as const,
};

export const bucketKeys = {
  all: ['buckets'] as const,
  profile: (profileId: string) => [...bucketKeys.all, profileId] as const,
  list: (profileId: string) => [...bucketKeys.profile(profileId), 'list'] as const,
};

export const objectKeys = {
  all: ['objects'] as const,
  profile: (profileId: string) => [...objectKeys.all, profileId] as const,
  bucket: (profileId: string, bucket: string) =>
    [...objectKeys.profile(profileId), bucket] as const,
  list: (profileId: string, bucket: string, prefix: string) =>
    [...objectKeys.bucket(profileId, bucket), 'list', prefix] as const,
};
