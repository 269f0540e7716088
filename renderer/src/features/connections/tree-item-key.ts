/**
 * Tree items as strings for roving focus. Profile ids are [a-z0-9-] and
 * bucket names hold no "/", so "id/bucket" cannot be ambiguous.
 */
export function connectionItemKey(profileId: string): string {
  return profileId;
}

export function bucketItemKey(profileId: string, bucket: string): string {
  return `${profileId}/${bucket}`;
}

export function profileOfItemKey(key: string): string {
  const slash = key.indexOf('/');
  return slash === -1 ? key : key.slice(0, slash);
}
