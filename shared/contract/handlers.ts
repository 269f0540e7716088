import type { ChannelName, ChannelOutput, ParsedInput } from './channels.js';
import type { EventName, EventPayload } from './events.js';

export interface CallContext {
  /** Lets long calls stop when the caller goes away. */
  readonly signal: AbortSignal;
  /**
   * Whose local-path grants this call may use: a window in Electron. Hosts with one session
   * (the browser host) leave it out and share one scope.
   */
  readonly scope?: string;
}

/** One handler per channel: a channel without a handler fails to compile. */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, ctx: CallContext) => Promise<ChannelOutput<C>>;
};

export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
