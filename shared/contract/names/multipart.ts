export const multipartChannelNames = [] as const;

export const multipartEventNames = [] as const;
