import type { ChannelName } from './channels.js';
import type { EventName } from './events.js';

/**
 * Plain lists for the preload allowlist: the preload must not pull in zod.
 * The `satisfies` + exhaustiveness checks below keep them in step with the maps.
 */
export const channelNames = [
  'host.info',
  'profiles.list',
  'profiles.save',
  'profiles.delete',
  'profiles.test',
  'buckets.list',
  'objects.list',
] as const satisfies readonly ChannelName[];

export const eventNames = ['profiles.changed'] as const satisfies readonly EventName[];

type Missing<All, Listed> = Exclude<All, Listed>;
// A channel added to the map but not listed here fails to compile.
export const allChannelsListed: Missing<ChannelName, (typeof channelNames)[number]> extends never
  ? true
  : never = true;
export const allEventsListed: Missing<EventName, (typeof eventNames)[number]> extends never
  ? true
  : never = true;

export const INVOKE_CHANNEL = 'holdall:invoke';
export const EVENT_CHANNEL = 'holdall:event';
