export const capabilitiesChannelNames = ['capabilities.probe'] as const;

export const capabilitiesEventNames = [] as const;
