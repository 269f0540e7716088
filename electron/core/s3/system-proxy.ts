import { AppError } from '../../../shared/contract/envelope.js';
import type { NetworkSettings, ProxySettings } from '../../../shared/domain/network.js';
import { reachedEndpoint } from './aws-endpoints.js';

/**
 * The operating system's proxy for a URL, as a PAC-style answer ("DIRECT", "PROXY h:p; DIRECT",
 * "HTTPS h:p", "SOCKS5 h:p"). Only the desktop host can ask the system (Electron's
 * `session.resolveProxy`); hosts without one give none and "system" reads the environment.
 */
export type SystemProxyResolver = (url: string) => Promise<string>;

/** What one PAC answer means for a request: connect directly, or through this proxy URL. */
export type PacChoice = { kind: 'direct' } | { kind: 'proxy'; url: string };

/** PAC entry kinds that reach an HTTP(S) proxy, with the scheme the proxy itself speaks. */
const httpKinds: Readonly<Record<string, 'http' | 'https'>> = {
  PROXY: 'http',
  HTTP: 'http',
  HTTPS: 'https',
};

/** `host:port` or `[v6]:port`, as PAC answers write a proxy; undefined when it is neither. */
function proxyUrlOf(scheme: 'http' | 'https', hostPort: string): string | undefined {
  if (!/^(\[[0-9a-f:.]+\]|[^\s:/@[\]]+)(:\d{1,5})?$/i.test(hostPort)) return undefined;
  try {
    const url = new URL(`${scheme}://${hostPort}`);
    return `${scheme}://${url.host}`;
  } catch {
    return undefined;
  }
}

/**
 * The first entry of a PAC answer this app can follow, in the answer's own order: an HTTP or
 * HTTPS proxy, or DIRECT. Kinds it cannot speak (SOCKS, QUIC) are passed over as a browser
 * passes over a proxy that fails; an answer of nothing else is refused in plain words rather
 * than silently connecting directly around a proxy the network may require.
 */
export function parsePacAnswer(answer: string): PacChoice {
  const entries = answer
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const [kind = '', hostPort = '', ...rest] = entry.split(/\s+/);
    const upper = kind.toUpperCase();
    if (upper === 'DIRECT' && hostPort === '') return { kind: 'direct' };
    const scheme = httpKinds[upper];
    if (scheme === undefined || rest.length > 0) continue;
    const url = proxyUrlOf(scheme, hostPort);
    if (url !== undefined) return { kind: 'proxy', url };
  }
  const shown = entries.join('; ').slice(0, 200) || '(nothing)';
  throw new AppError(
    'ProxyRefused',
    `The system's proxy settings give ${shown}, which Holdall cannot use: it speaks only to HTTP and HTTPS proxies. Choose "Proxy address" with an HTTP proxy, or "No proxy".`,
    { reason: 'unsupportedSystemProxy' },
  );
}

/** How long the system may take to answer (a PAC script can be slow to fetch). */
export const SYSTEM_PROXY_DEADLINE_MS = 10_000;

async function askWithDeadline(
  resolver: SystemProxyResolver,
  url: string,
  deadlineMs: number,
): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new AppError(
            'Timeout',
            `The system's proxy settings did not answer for ${new URL(url).host} in time.`,
          ),
        ),
      deadlineMs,
    );
  });
  // A failure of the system's own lookup (a PAC script that throws) is said as such, not as
  // an internal error.
  const asked = resolver(url).catch((err: unknown) => {
    throw new AppError(
      'ProxyRefused',
      `The system's proxy settings could not be read for ${new URL(url).host}: ${err instanceof Error ? err.message : String(err)}`,
      { reason: 'systemProxyUnreadable' },
    );
  });
  try {
    return await Promise.race([asked, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Settings with "system" turned into what the system answers for this endpoint: no proxy or
 * a proxy address; with no resolver (the browser host, the command line) it is the
 * environment. Anything else passes through unchanged. Done before a client is built, since
 * building one is synchronous and the system answers asynchronously.
 */
export async function withSystemProxy<
  T extends {
    endpoint: string;
    region?: string | undefined;
    network?: NetworkSettings | undefined;
  },
>(
  settings: T,
  resolver: SystemProxyResolver | undefined,
  deadlineMs = SYSTEM_PROXY_DEADLINE_MS,
): Promise<T> {
  const network = settings.network;
  if (network?.proxy?.mode !== 'system') return settings;
  let proxy: ProxySettings;
  if (resolver === undefined) proxy = { mode: 'environment' };
  else {
    // An empty endpoint is AWS's S3 for the region: the system is asked about that address.
    const url = reachedEndpoint(settings);
    const choice = parsePacAnswer(await askWithDeadline(resolver, url, deadlineMs));
    proxy = choice.kind === 'direct' ? { mode: 'none' } : { mode: 'url', url: choice.url };
  }
  return { ...settings, network: { ...network, proxy } };
}
