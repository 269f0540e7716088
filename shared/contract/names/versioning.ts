export const versioningChannelNames = ['versioning.get', 'versioning.put'] as const;

export const versioningEventNames = [] as const;
