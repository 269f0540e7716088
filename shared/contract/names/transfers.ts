export const transfersChannelNames = [] as const;

export const transfersEventNames = [] as const;
