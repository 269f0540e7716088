import type { S3Client } from '@aws-sdk/client-s3';
import type { ChannelName, ChannelOutput, ParsedInput } from '../../../shared/contract/channels.js';
import type { Handlers } from '../../../shared/contract/handlers.js';
import type { ConfigState } from '../../../shared/domain/config/state.js';
import type { ClientPool, S3Session } from '../s3/client-pool.js';

/** Every kind the contract has `config.<kind>.get`, `.put` and `.delete` for. */
export type ConfigTriadKind = {
  [C in ChannelName]: C extends `config.${infer Kind}.delete`
    ? `config.${Kind}.get` | `config.${Kind}.put` extends ChannelName
      ? Kind
      : never
    : never;
}[ChannelName];

type TriadChannel<Kind extends ConfigTriadKind> = `config.${Kind}.${'get' | 'put' | 'delete'}` &
  ChannelName;

type PutInput<Kind extends ConfigTriadKind> = ParsedInput<`config.${Kind}.put` & ChannelName>;

/** What put takes: the input's field named after the kind. */
export type ConfigPutValue<Kind extends ConfigTriadKind> = PutInput<Kind>[Kind &
  keyof PutInput<Kind>];

/** What get answers when the configuration is set. */
export type ConfigStoredValue<Kind extends ConfigTriadKind> =
  ChannelOutput<`config.${Kind}.get` & ChannelName> extends infer State
    ? State extends { state: 'set'; config: infer Config }
      ? Config
      : never
    : never;

/** The S3 side of one configuration, as `electron/core/services/config/*` write it. */
export interface ConfigService<Put, Stored> {
  get(client: S3Client, bucket: string, signal: AbortSignal): Promise<ConfigState<Stored>>;
  /** Takes the session: some kinds check the dialect's limits before sending. */
  put(session: S3Session, bucket: string, config: Put, signal: AbortSignal): Promise<void>;
  delete(client: S3Client, bucket: string, signal: AbortSignal): Promise<void>;
}

/** A put written against the client alone, as a ConfigService's put. */
export function onClient<Put>(
  put: (client: S3Client, bucket: string, config: Put, signal: AbortSignal) => Promise<void>,
): ConfigService<Put, unknown>['put'] {
  return (session, bucket, config, signal) => put(session.client, bucket, config, signal);
}

/** The handlers of one configuration's get/put/delete, over its service. */
export function configTriadHandlers<Kind extends ConfigTriadKind>(
  clients: ClientPool,
  kind: Kind,
  service: ConfigService<ConfigPutValue<Kind>, ConfigStoredValue<Kind>>,
): Pick<Handlers, TriadChannel<Kind>> {
  const handlers = {
    [`config.${kind}.get`]: async (
      { profileId, bucket }: { profileId: string; bucket: string },
      { signal }: { signal: AbortSignal },
    ) => service.get(await clients.get(profileId), bucket, signal),
    [`config.${kind}.put`]: async (
      input: { profileId: string; bucket: string } & Record<string, unknown>,
      { signal }: { signal: AbortSignal },
    ) => {
      const config = input[kind] as ConfigPutValue<Kind>;
      await service.put(await clients.session(input.profileId), input.bucket, config, signal);
      return {};
    },
    [`config.${kind}.delete`]: async (
      { profileId, bucket }: { profileId: string; bucket: string },
      { signal }: { signal: AbortSignal },
    ) => {
      await service.delete(await clients.get(profileId), bucket, signal);
      return {};
    },
  };
  return handlers as unknown as Pick<Handlers, TriadChannel<Kind>>;
}
