export const transferKeys = {
  all: ['transfers'] as const,
  list: () => [...transferKeys.all, 'list'] as const,
  defaultDownloadDir: () => [...transferKeys.all, 'defaultDownloadDir'] as const,
  settings: () => [...transferKeys.all, 'settings'] as const,
};
