import { folderSizeSchema, rememberedSizeInputSchema } from '../../domain/folder-size.js';

export const folderSizeChannels = {
  /** A folder's or bucket's last calculated size (its time inside), or null if never calculated. */
  'folderSize.remembered': {
    input: rememberedSizeInputSchema,
    output: folderSizeSchema.nullable(),
  },
} as const;
