import type { Envelope } from '../../../shared/contract/envelope.js';
import type { Bridge } from './bridge.js';

/**
 * What Electron's preload exposes as `window.holdall`. A signal cannot cross the context
 * bridge, so a call that may be stopped carries an id, and `cancel` names it.
 */
export interface PreloadApi extends Omit<Bridge, 'invoke'> {
  invoke(channel: string, input: unknown, callId?: string): Promise<Envelope<unknown>>;
  cancel(callId: string): void;
}

/** The preload's API as a Bridge: an aborted signal cancels its call by id. */
export function electronBridge(api: PreloadApi): Bridge {
  return {
    ...api,
    invoke: (channel, input, signal) => {
      if (signal === undefined) return api.invoke(channel, input);
      const callId = crypto.randomUUID();
      const cancel = () => api.cancel(callId);
      signal.addEventListener('abort', cancel, { once: true });
      return api
        .invoke(channel, input, callId)
        .finally(() => signal.removeEventListener('abort', cancel));
    },
  };
}
