export const transferKeys = {
  all: ['transfers'] as const,
  /** The folder the last download went to (relative to the picker root): the next one starts there. */
  lastDownloadFolder: () => [...transferKeys.all, 'lastDownloadFolder'] as const,
  /** Electron: the folder the last download went to, as the grant its dialog gave. */
  lastDownloadGrant: () => [...transferKeys.all, 'lastDownloadGrant'] as const,
  /** The host's folder picker listing; undefined is where it starts by itself (Downloads). */
  folders: (under: string | undefined) => [...transferKeys.all, 'folders', under ?? null] as const,
  settings: () => [...transferKeys.all, 'settings'] as const,
};
