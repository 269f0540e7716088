import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import { networkHandler } from '../s3/network-agents.js';
import type { NetworkInput } from '../s3/network-agents.js';
import { withSystemProxy } from '../s3/system-proxy.js';
import type { SystemProxyResolver } from '../s3/system-proxy.js';

/** A connection's network settings, as its sign-in requests (STS, SSO) take them. */
export interface SignInNetwork {
  /** The connection's own endpoint ('' for AWS S3): a pinned certificate is that host's alone. */
  endpoint: string;
  network?: NetworkSettings | undefined;
  /** The proxy's password, unsealed in the core. */
  proxyPassword?: string | undefined;
  /** The host's way to ask the OS for a proxy; without one, "system" reads the environment. */
  systemProxy?: SystemProxyResolver | undefined;
}

/** A connection's place and network settings, which its sign-in requests take too. */
export interface ConnectionPlace {
  endpoint: string;
  region: string;
  name?: string | undefined;
  network?: NetworkSettings | undefined;
  proxyPassword?: string | undefined;
}

const DEFAULT_CONNECT_TIMEOUT_S = 5;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * The connection's network settings for a sign-in service at `serviceEndpoint`: a "system"
 * proxy asked of the system for THAT host (NO_PROXY is matched against it when the proxy comes
 * from the environment). A pinned certificate is the connection's endpoint's, so it holds only
 * when the service is on that same host (RGW's STS); AWS's own sign-in services are checked
 * against the system's CAs, and a private CA is trusted besides them everywhere.
 */
export async function signInNetworkInput(
  reach: SignInNetwork | undefined,
  serviceEndpoint: string,
): Promise<NetworkInput> {
  const network = reach?.network ?? {};
  const pinnedElsewhere =
    network.trust?.mode === 'pinned' && hostOf(reach?.endpoint ?? '') !== hostOf(serviceEndpoint);
  const own: NetworkSettings = pinnedElsewhere
    ? { ...network, trust: { mode: 'system' } }
    : network;
  const asked = await withSystemProxy(
    { endpoint: serviceEndpoint, network: own },
    reach?.systemProxy,
  );
  return { endpoint: serviceEndpoint, network: asked.network, proxyPassword: reach?.proxyPassword };
}

/**
 * The request handler of a sign-in client reaching `serviceEndpoint`, as the connection's S3
 * requests go (proxy, trust, connect timeout), each request bounded by `timeoutMs`.
 */
export async function signInHandler(
  reach: SignInNetwork | undefined,
  serviceEndpoint: string,
  timeoutMs: number,
): Promise<NodeHttpHandler> {
  const connectTimeout = reach?.network?.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT_S;
  return networkHandler(
    await signInNetworkInput(reach, serviceEndpoint),
    // One or two requests per client, which is then destroyed: no sockets kept open.
    {},
    { connectionTimeout: connectTimeout * 1000, requestTimeout: timeoutMs },
  );
}
