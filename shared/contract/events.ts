import { z } from 'zod';
import { capabilitiesEvents } from './channels/capabilities.js';
import { configEvents } from './channels/config.js';
import { corsEvents } from './channels/cors.js';
import { credentialsEvents } from './channels/credentials.js';
import { desktopEvents } from './channels/desktop.js';
import { folderEvents } from './channels/folders.js';
import { lifecycleEvents } from './channels/lifecycle.js';
import { menuEvents } from './channels/menu.js';
import { multipartEvents } from './channels/multipart.js';
import { objectLockEvents } from './channels/object-lock.js';
import { presignEvents } from './channels/presign.js';
import { profileEvents } from './channels/profiles.js';
import { protectionEvents } from './channels/protection.js';
import { tagSelectionEvents } from './channels/tag-selection.js';
import { tasksEvents } from './channels/tasks.js';
import { versioningEvents } from './channels/versioning.js';
import { versionsEvents } from './channels/versions.js';

/** Everything a host pushes to the renderer: event → payload. */
export const events = {
  ...profileEvents,
  ...multipartEvents,
  ...presignEvents,
  ...configEvents,
  ...corsEvents,
  ...capabilitiesEvents,
  ...folderEvents,
  ...versioningEvents,
  ...protectionEvents,
  ...tagSelectionEvents,
  ...objectLockEvents,
  ...lifecycleEvents,
  ...versionsEvents,
  ...tasksEvents,
  ...menuEvents,
  ...desktopEvents,
  ...credentialsEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const eventMessageSchema = z.object({ event: z.string(), payload: z.unknown() });
