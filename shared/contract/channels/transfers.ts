export const transfersChannels = {} as const;

export const transfersEvents = {} as const;
