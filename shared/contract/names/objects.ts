export const objectChannelNames = ['objects.list'] as const;

export const objectEventNames = [] as const;
