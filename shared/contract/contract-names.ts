import { channels } from './channels.js';
import { events } from './events.js';

/**
 * Every channel and event name, read from the maps themselves. The preload cannot bundle the
 * maps (they hold zod schemas), so the build writes this into it as a constant: a channel added
 * to a map is allowed there without editing any list.
 */
export interface ContractNames {
  channels: readonly string[];
  events: readonly string[];
}

export const contractNames: ContractNames = {
  channels: Object.keys(channels),
  events: Object.keys(events),
};

/** What the build and the test runner define the preload's allowlist constant as. */
export const CONTRACT_NAMES_DEFINE = {
  HOLDALL_CONTRACT_NAMES: JSON.stringify(contractNames),
};
