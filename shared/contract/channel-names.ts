import type { ChannelName } from './channels.js';
import type { EventName } from './events.js';
import { bucketChannelNames, bucketEventNames } from './names/buckets.js';
import { capabilitiesChannelNames, capabilitiesEventNames } from './names/capabilities.js';
import { configChannelNames, configEventNames } from './names/config.js';
import { corsChannelNames, corsEventNames } from './names/cors.js';
import { folderChannelNames, folderEventNames } from './names/folders.js';
import { multipartChannelNames, multipartEventNames } from './names/multipart.js';
import { objectChannelNames, objectEventNames } from './names/objects.js';
import { profileChannelNames, profileEventNames } from './names/profiles.js';
import { transfersChannelNames, transfersEventNames } from './names/transfers.js';
import { versioningChannelNames, versioningEventNames } from './names/versioning.js';

/**
 * Plain lists for the preload allowlist: the preload must not pull in zod, so
 * names live in zod-free files beside the schemas. The checks below keep them
 * in step with the maps in both directions.
 */
export const channelNames = [
  ...profileChannelNames,
  ...bucketChannelNames,
  ...objectChannelNames,
  ...multipartChannelNames,
  ...configChannelNames,
  ...corsChannelNames,
  ...capabilitiesChannelNames,
  ...transfersChannelNames,
  ...folderChannelNames,
  ...versioningChannelNames,
] as const satisfies readonly ChannelName[];

export const eventNames = [
  ...profileEventNames,
  ...bucketEventNames,
  ...objectEventNames,
  ...multipartEventNames,
  ...configEventNames,
  ...corsEventNames,
  ...capabilitiesEventNames,
  ...transfersEventNames,
  ...folderEventNames,
  ...versioningEventNames,
] as const satisfies readonly EventName[];

type Missing<All, Listed> = Exclude<All, Listed>;
// A channel added to a map but not listed in its names file fails to compile.
export const allChannelsListed: Missing<ChannelName, (typeof channelNames)[number]> extends never
  ? true
  : never = true;
export const allEventsListed: Missing<EventName, (typeof eventNames)[number]> extends never
  ? true
  : never = true;

export const INVOKE_CHANNEL = 'holdall:invoke';
export const EVENT_CHANNEL = 'holdall:event';
/** Electron only: grants for dropped or picked files and the native folder dialog (not the contract). */
export const GRANT_CHANNEL = 'holdall:grant';
