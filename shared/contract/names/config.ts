export const configChannelNames = [] as const;

export const configEventNames = [] as const;
