export const capabilitiesChannelNames = [] as const;

export const capabilitiesEventNames = [] as const;
