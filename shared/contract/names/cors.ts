export const corsChannelNames = ['cors.testPreflight'] as const;

export const corsEventNames = [] as const;
