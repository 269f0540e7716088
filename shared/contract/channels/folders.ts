import { z } from 'zod';
import {
  folderListingSchema,
  localGrantSchema,
  pickerFolderSchema,
} from '../../domain/local-grant.js';

export const folderChannels = {
  /**
   * The host's folder picker: visible subfolders of a folder below the home folder, named
   * relative to it. Without `under`, the Downloads folder (else the home folder).
   */
  'folders.list': {
    input: z.object({ under: pickerFolderSchema.optional() }).strict(),
    output: folderListingSchema,
  },
  /** A write grant for a picked folder, for transfers.enqueueDownload's `destination`. */
  'folders.grant': {
    input: z.object({ under: pickerFolderSchema }).strict(),
    output: localGrantSchema,
  },
} as const;

export const folderEvents = {} as const;
