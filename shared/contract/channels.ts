import type { z } from 'zod';
import { bucketChannels } from './channels/buckets.js';
import { capabilitiesChannels } from './channels/capabilities.js';
import { certificateChannels } from './channels/certificates.js';
import { configChannels } from './channels/config.js';
import { connectionFileChannels } from './channels/connection-files.js';
import { copyChannels } from './channels/copy.js';
import { corsChannels } from './channels/cors.js';
import { credentialsChannels } from './channels/credentials.js';
import { folderChannels } from './channels/folders.js';
import { folderSizeChannels } from './channels/folder-size.js';
import { syncPairsChannels } from './channels/sync-pairs.js';
import { lifecycleChannels } from './channels/lifecycle.js';
import { multipartChannels } from './channels/multipart.js';
import { objectLockChannels } from './channels/object-lock.js';
import { objectChannels } from './channels/objects.js';
import { presignChannels } from './channels/presign.js';
import { profileChannels } from './channels/profiles.js';
import { protectionChannels } from './channels/protection.js';
import { tagSelectionChannels } from './channels/tag-selection.js';
import { tasksChannels } from './channels/tasks.js';
import { transfersChannels } from './channels/transfers.js';
import { versioningChannels } from './channels/versioning.js';
import { versionsChannels } from './channels/versions.js';

/** Every call the renderer can make: channel → { input, output }, one file per domain. */
export const channels = {
  ...profileChannels,
  ...connectionFileChannels,
  ...bucketChannels,
  ...objectChannels,
  ...copyChannels,
  ...multipartChannels,
  ...presignChannels,
  ...configChannels,
  ...corsChannels,
  ...capabilitiesChannels,
  ...transfersChannels,
  ...folderChannels,
  ...versioningChannels,
  ...protectionChannels,
  ...tagSelectionChannels,
  ...objectLockChannels,
  ...lifecycleChannels,
  ...versionsChannels,
  ...tasksChannels,
  ...folderSizeChannels,
  ...syncPairsChannels,
  ...credentialsChannels,
  ...certificateChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller passes (before defaults and transforms). */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
