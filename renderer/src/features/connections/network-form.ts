import type { NetworkSettings } from '../../../../shared/domain/network.js';
import { connectTimeoutLimits } from '../../../../shared/domain/network.js';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';

export const proxyModes = ['none', 'system', 'environment', 'url'] as const;
export type ProxyFormMode = (typeof proxyModes)[number];
export const proxySchemes = ['http', 'https'] as const;
export type ProxyScheme = (typeof proxySchemes)[number];
export const trustModes = ['system', 'bundle', 'pinned'] as const;
export type TrustFormMode = (typeof trustModes)[number];

/** The connection form's network fields, as typed or chosen. */
export interface NetworkFormValues {
  proxyMode: ProxyFormMode;
  proxyScheme: ProxyScheme;
  proxyHost: string;
  /** Digits as typed. */
  proxyPort: string;
  proxyUsername: string;
  /** Write-only: empty while editing keeps the stored one. */
  proxyPassword: string;
  /** Editing: remove the stored proxy password. */
  clearProxyPassword: boolean;
  trustMode: TrustFormMode;
  /** The certificates read from the chosen file (never a path); empty until one is chosen. */
  trustPem: string;
  /** The pinned certificate's SHA-256, as the core read it from the file. */
  trustFingerprint: string;
  /** Seconds as typed; empty or the default leaves the connection on the default. */
  connectTimeout: string;
}

export const emptyNetworkForm: NetworkFormValues = {
  proxyMode: 'none',
  proxyScheme: 'http',
  proxyHost: '',
  proxyPort: '',
  proxyUsername: '',
  proxyPassword: '',
  clearProxyPassword: false,
  trustMode: 'system',
  trustPem: '',
  trustFingerprint: '',
  connectTimeout: String(connectTimeoutLimits.default),
};

/** `host` of a URL without IPv6 brackets. */
function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '');
}

export function networkFormFrom(profile: ProfileSummary): NetworkFormValues {
  const { proxy, trust, connectTimeout } = profile.network ?? {};
  const url = proxy?.mode === 'url' ? new URL(proxy.url) : undefined;
  return {
    ...emptyNetworkForm,
    proxyMode: proxy?.mode ?? 'none',
    proxyScheme: url?.protocol === 'https:' ? 'https' : 'http',
    proxyHost: url === undefined ? '' : bareHost(url.hostname),
    proxyPort: url === undefined ? '' : url.port,
    proxyUsername: proxy?.mode === 'url' ? (proxy.username ?? '') : '',
    trustMode: trust?.mode ?? 'system',
    trustPem: trust === undefined || trust.mode === 'system' ? '' : trust.pem,
    trustFingerprint: trust?.mode === 'pinned' ? trust.fingerprint : '',
    connectTimeout: String(connectTimeout ?? connectTimeoutLimits.default),
  };
}

/** Problems the schema cannot name by field: the proxy's host and port are one URL there. */
export function networkFieldProblems(
  values: NetworkFormValues,
): Partial<Record<keyof NetworkFormValues, string>> {
  const problems: Partial<Record<keyof NetworkFormValues, string>> = {};
  if (values.proxyMode === 'url') {
    const host = values.proxyHost.trim();
    if (host === '') problems.proxyHost = 'is required';
    else if (/[\s/@?#]/.test(host)) problems.proxyHost = 'must be a host name or IP address only';
    const port = values.proxyPort.trim();
    if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)
      problems.proxyPort = 'must be a port from 1 to 65535';
  }
  if (values.trustMode !== 'system' && values.trustPem === '')
    problems.trustPem = 'is required: choose a PEM file';
  return problems;
}

function proxyUrl(values: NetworkFormValues): string {
  const host = values.proxyHost.trim();
  const authority = host.includes(':') ? `[${host}]` : host;
  return `${values.proxyScheme}://${authority}:${values.proxyPort.trim()}`;
}

/** The settings the fields stand for, for the schema to judge; undefined when all are defaults. */
export function networkFromForm(values: NetworkFormValues): NetworkSettings | undefined {
  const network: NetworkSettings = {};
  if (values.proxyMode === 'environment') network.proxy = { mode: 'environment' };
  if (values.proxyMode === 'system') network.proxy = { mode: 'system' };
  if (values.proxyMode === 'url') {
    const username = values.proxyUsername.trim();
    network.proxy = {
      mode: 'url',
      url: proxyUrl(values),
      ...(username === '' ? {} : { username }),
    };
  }
  if (values.trustMode === 'bundle' && values.trustPem !== '')
    network.trust = { mode: 'bundle', pem: values.trustPem };
  if (values.trustMode === 'pinned' && values.trustPem !== '')
    network.trust = { mode: 'pinned', pem: values.trustPem, fingerprint: values.trustFingerprint };
  const typed = values.connectTimeout.trim();
  const seconds = /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
  if (typed !== '' && seconds !== connectTimeoutLimits.default) network.connectTimeout = seconds;
  return Object.keys(network).length === 0 ? undefined : network;
}

/**
 * The draft's proxy password: typed, or '' to remove the stored one, or undefined to keep it.
 * Only an explicit proxy with a user name has one.
 */
export function proxyPasswordFromForm(values: NetworkFormValues): string | undefined {
  if (values.proxyMode !== 'url' || values.proxyUsername.trim() === '') return undefined;
  if (values.proxyPassword !== '') return values.proxyPassword;
  return values.clearProxyPassword ? '' : undefined;
}

/** The network field a schema issue under `network` names. */
export function networkIssueField(
  path: readonly PropertyKey[],
): keyof NetworkFormValues | undefined {
  const [, second, third] = path;
  if (second === 'connectTimeout') return 'connectTimeout';
  if (second === 'trust') return 'trustPem';
  if (second === 'proxy') return third === 'username' ? 'proxyUsername' : 'proxyHost';
  return undefined;
}
