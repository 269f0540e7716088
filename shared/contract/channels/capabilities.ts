export const capabilitiesChannels = {} as const;

export const capabilitiesEvents = {} as const;
