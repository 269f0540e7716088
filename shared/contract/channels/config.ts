export const configChannels = {} as const;

export const configEvents = {} as const;
