export const folderChannelNames = ['folders.list', 'folders.grant'] as const;

export const folderEventNames = [] as const;
