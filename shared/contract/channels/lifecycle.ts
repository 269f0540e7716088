import { lifecycleConfigSchema } from '../../domain/config/lifecycle.js';
import { configTriad } from './config-triad.js';

/** A bucket's lifecycle rules: what expires, moves or is cleaned up, and when. */
export const lifecycleChannels = {
  // Put replaces every rule the bucket has.
  ...configTriad('lifecycle', lifecycleConfigSchema),
} as const;

export const lifecycleEvents = {} as const;
