import { z } from 'zod';
import { profileSummarySchema } from '../domain/profile.js';

/** Everything a host pushes to the renderer: event → payload. */
export const events = {
  'profiles.changed': z.object({ profiles: z.array(profileSummarySchema) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const eventMessageSchema = z.object({ event: z.string(), payload: z.unknown() });
