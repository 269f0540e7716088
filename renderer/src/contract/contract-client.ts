import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
} from '../../../shared/contract/channels.js';
import { events } from '../../../shared/contract/events.js';
import type { EventName, EventPayload } from '../../../shared/contract/events.js';
import { checkExternalUrl } from '../../../shared/domain/external-url.js';
import type { MediaRef } from '../../../shared/domain/media-url.js';
import type { Bridge, HostKind } from './bridge.js';
import { ContractError } from './contract-error.js';
import { contractMessages } from './messages.js';

export interface ContractClient {
  readonly host: HostKind;
  /**
   * Resolves with the channel's value, or rejects with a ContractError. Aborting `signal`
   * (react-query's, when nothing waits for a query any more) stops the host's work too.
   */
  invoke<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    options?: { signal?: AbortSignal },
  ): Promise<ChannelOutput<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  onReconnect(listener: () => void): () => void;
  /** Where media elements stream an object from; null when the host has no media route. */
  mediaUrl(ref: MediaRef): string | null;
  /**
   * An http(s) link in the default browser (Electron) or a new tab (the browser host); rejects
   * with a ContractError saying why for any other URL.
   */
  openInBrowser(url: string): Promise<void>;
}

/**
 * Types the bridge with the shared contract. Outputs are trusted (the host
 * validated what it built), but event payloads are checked because they are
 * written straight into caches.
 */
export function createContractClient(bridge: Bridge): ContractClient {
  return {
    host: bridge.host,

    async invoke<C extends ChannelName>(
      channel: C,
      input: ChannelInput<C>,
      options?: { signal?: AbortSignal },
    ) {
      let envelope;
      try {
        envelope = await bridge.invoke(channel, input, options?.signal);
      } catch (err) {
        throw new ContractError({
          code: 'Internal',
          message: contractMessages.lostContact,
          details: { cause: String(err) },
        });
      }
      if (!envelope.ok) throw new ContractError(envelope.error);
      return envelope.value as ChannelOutput<C>;
    },

    onReconnect: (listener) => bridge.onReconnect?.(listener) ?? (() => undefined),

    mediaUrl: (ref) => bridge.mediaUrl?.(ref) ?? null,

    async openInBrowser(url) {
      const checked = checkExternalUrl(url);
      if (!checked.ok) throw new ContractError(checked.error);
      if (bridge.openInBrowser === undefined) {
        // Opened before any await, while the click still counts; the tab gets no handle back.
        window.open(checked.url, '_blank', 'noopener,noreferrer');
        return;
      }
      const answer = await bridge.openInBrowser(checked.url);
      if (!answer.ok) throw new ContractError(answer.error);
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const schema = events[event];
      return bridge.on(event, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<E>);
        else console.warn(`Dropped a malformed "${event}" event`, parsed.error.issues);
      });
    },
  };
}
