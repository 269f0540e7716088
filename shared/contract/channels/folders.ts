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
  /**
   * A grant for a picked folder: to write into (a download task's `destination`, a
   * sync down) by default, or with `use: 'read'` to read its tree (a sync up).
   */
  'folders.grant': {
    input: z
      .object({ under: pickerFolderSchema, use: z.enum(['read', 'write']).optional() })
      .strict(),
    output: localGrantSchema,
  },
} as const;

export const folderEvents = {} as const;
