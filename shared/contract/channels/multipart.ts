export const multipartChannels = {} as const;

export const multipartEvents = {} as const;
