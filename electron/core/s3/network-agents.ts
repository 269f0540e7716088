import { Agent as HttpAgent } from 'node:http';
import type { AgentOptions as HttpAgentOptions } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { AgentOptions as HttpsAgentOptions } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { PeerCertificate } from 'node:tls';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { NodeHttpHandlerOptions } from '@smithy/node-http-handler';
import type { NetworkSettings, TrustSettings } from '../../../shared/domain/network.js';
import { reachedEndpoint } from './aws-endpoints.js';
import { chooseProxy } from './proxy-choice.js';
import type { ProxyEnv, ProxyTarget } from './proxy-choice.js';
import { ForwardingHttpHandler, TunnelingAgent } from './proxy-agents.js';

export interface NetworkInput {
  /** Empty for AWS S3: its regional endpoint is what the settings apply to. */
  endpoint: string;
  region?: string | undefined;
  network?: NetworkSettings | undefined;
  /** The proxy's password, unsealed in the core. */
  proxyPassword?: string | undefined;
}

// The exact certificate stands in for the name check: a self-signed one is often made for a
// name other than the address it is reached at.
function pinnedIdentity(fingerprint: string): HttpsAgentOptions['checkServerIdentity'] {
  return (_host: string, cert: PeerCertificate) =>
    cert.fingerprint256 === fingerprint
      ? undefined
      : Object.assign(
          new Error(
            `The endpoint's certificate (SHA-256 ${cert.fingerprint256}) is not the pinned one (${fingerprint}).`,
          ),
          { code: 'ERR_TLS_CERT_PINNED_MISMATCH' },
        );
}

/** TLS options for a trust setting: extra CAs beside the system's, or exactly one certificate. */
function trustOptions(trust: TrustSettings | undefined): HttpsAgentOptions {
  if (trust === undefined || trust.mode === 'system') return {};
  if (trust.mode === 'bundle') return { ca: [...rootCertificates, trust.pem] };
  // Only the pinned certificate is trusted (no system CA), and its fingerprint is checked too:
  // another certificate with the same name, even one a public CA signed, is refused.
  return { ca: [trust.pem], checkServerIdentity: pinnedIdentity(trust.fingerprint) };
}

/**
 * Trust for an https:// proxy's own certificate: the system's CAs and the connection's private
 * CA, which often signed the proxy's too. A pinned certificate is the endpoint's, not the proxy's.
 */
export function proxyTlsOptions(trust: TrustSettings | undefined): HttpsAgentOptions {
  return trust?.mode === 'bundle' ? { ca: [...rootCertificates, trust.pem] } : {};
}

/**
 * The proxy a connection's requests take, chosen for the endpoint they reach (AWS's own for an
 * empty one), or undefined to connect directly.
 */
export function connectionProxy(input: NetworkInput, env: ProxyEnv): ProxyTarget | undefined {
  const reached = new URL(reachedEndpoint(input));
  return chooseProxy(input.network?.proxy, reached, env, input.proxyPassword);
}

/**
 * The request handler a connection's requests take. With no proxy and the system's CAs (the
 * default) it is exactly the plain keep-alive handler every client has had: transfers stay as
 * fast. `options` are the handler's own (timeouts); the agents are made here.
 */
export function networkHandler(
  input: NetworkInput,
  base: HttpAgentOptions,
  options: NodeHttpHandlerOptions & { connectionTimeout: number },
  env: ProxyEnv = process.env,
): NodeHttpHandler {
  const tls = trustOptions(input.network?.trust);
  const proxy = connectionProxy(input, env);
  if (proxy === undefined) {
    const httpsAgent = new HttpsAgent({ ...base, ...tls });
    return new NodeHttpHandler({ ...options, httpAgent: new HttpAgent(base), httpsAgent });
  }
  const proxyTls = proxyTlsOptions(input.network?.trust);
  return new ForwardingHttpHandler(
    proxy,
    {
      ...options,
      httpAgent: new HttpAgent(base),
      httpsAgent: new TunnelingAgent(
        proxy,
        { ...base, ...tls },
        options.connectionTimeout,
        proxyTls,
      ),
    },
    { ...base, ...proxyTls },
  );
}
