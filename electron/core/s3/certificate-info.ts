import { X509Certificate } from 'node:crypto';
import { connect as tlsConnect } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { AppError } from '../../../shared/contract/envelope.js';
import type { NetworkSettings } from '../../../shared/domain/network.js';
import type { ProxyEnv } from './proxy-choice.js';
import { reachedEndpoint } from './aws-endpoints.js';
import { TunnelingAgent } from './proxy-agents.js';
import { connectionProxy, proxyTlsOptions } from './network-agents.js';
import type { NetworkInput } from './network-agents.js';
import { toAppError } from './errors.js';

/** What a person needs to decide whether to trust a certificate. */
export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** Colon-separated upper-case hex, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint256: string;
  validFrom: string;
  validTo: string;
  pem: string;
}

function commonName(distinguished: string): string {
  return /(?:^|\n)CN=([^\n]+)/.exec(distinguished)?.[1] ?? distinguished.replace(/\n/g, ', ');
}

function infoOf(cert: X509Certificate): CertificateInfo {
  return {
    subject: commonName(cert.subject),
    issuer: commonName(cert.issuer),
    fingerprint256: cert.fingerprint256,
    validFrom: cert.validFrom,
    validTo: cert.validTo,
    pem: cert.toString(),
  };
}

/** The certificates of a PEM bundle; a bundle with none or a broken one is refused by name. */
export function certificatesOf(pem: string, field = 'network.trust.pem'): CertificateInfo[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    throw new AppError('InvalidInput', `${field}: holds no PEM certificate`, { fields: [field] });
  }
  return blocks.map((block, index) => {
    try {
      return infoOf(new X509Certificate(block));
    } catch {
      throw new AppError('InvalidInput', `${field}: certificate ${index + 1} cannot be read`, {
        fields: [field],
      });
    }
  });
}

/** Refuses a draft whose CA bundle or pinned certificate is unreadable or does not match. */
export function checkTrustSettings(network: NetworkSettings | undefined): void {
  const trust = network?.trust;
  if (trust === undefined || trust.mode === 'system') return;
  const certificates = certificatesOf(trust.pem);
  if (trust.mode === 'pinned' && certificates[0]?.fingerprint256 !== trust.fingerprint) {
    throw new AppError(
      'InvalidInput',
      'network.trust.fingerprint: does not match the pinned certificate',
      { fields: ['network.trust.fingerprint'] },
    );
  }
}

/**
 * The certificate an https:// endpoint presents, read without trusting it: the handshake is
 * made, the certificate read and the socket closed before any request is sent. For showing
 * the certificate (subject, issuer, fingerprint) to a person before they trust it.
 */
export async function endpointCertificate(
  input: NetworkInput,
  timeoutMs = 5_000,
  env: ProxyEnv = process.env,
): Promise<CertificateInfo> {
  const url = new URL(reachedEndpoint(input));
  if (url.protocol !== 'https:') {
    throw new AppError('InvalidInput', 'endpoint: is not an https:// address', {
      fields: ['endpoint'],
    });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? 443 : Number(url.port);
  const isIp = /^[\d.]+$|:/.test(host);
  const options = { host, port, ...(isIp ? {} : { servername: host }), rejectUnauthorized: false };
  const proxy = connectionProxy(input, env);
  const socket = await new Promise<TLSSocket>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new AppError('Timeout', `${url.host} did not finish a TLS handshake in time.`)),
      timeoutMs,
    );
    const settle = (err: Error | null, tls?: TLSSocket): void => {
      if (err !== null || tls === undefined) {
        clearTimeout(timer);
        reject(err ?? new Error('no socket'));
        return;
      }
      tls.once('secureConnect', () => {
        clearTimeout(timer);
        resolve(tls);
      });
      tls.once('error', (e: Error) => {
        clearTimeout(timer);
        reject(e);
      });
    };
    if (proxy === undefined) settle(null, tlsConnect(options));
    else
      new TunnelingAgent(
        proxy,
        {},
        timeoutMs,
        proxyTlsOptions(input.network?.trust),
      ).createConnection(options, (err, stream) => settle(err, stream as TLSSocket));
  });
  try {
    const raw = socket.getPeerX509Certificate();
    if (raw === undefined) throw new AppError('TlsError', `${url.host} presented no certificate.`);
    return infoOf(raw);
  } finally {
    socket.destroy();
  }
}

/**
 * A refused certificate in plain words: who it names, who issued it and its fingerprint, so a
 * person can add the issuing CA or pin the certificate. Other failures pass through unchanged.
 */
export async function explainUntrusted(err: unknown, input: NetworkInput): Promise<unknown> {
  if (toAppError(err).code !== 'TlsError' || !reachedEndpoint(input).startsWith('https:'))
    return err;
  let cert: CertificateInfo;
  try {
    cert = await endpointCertificate(input);
  } catch {
    return err;
  }
  const pinned = input.network?.trust?.mode === 'pinned';
  const message = pinned
    ? `The endpoint's certificate is not the pinned one: it names "${cert.subject}", issued by "${cert.issuer}" (SHA-256 ${cert.fingerprint256}).`
    : `The endpoint's certificate for "${cert.subject}" is not trusted: it was issued by "${cert.issuer}", which this connection does not trust (SHA-256 ${cert.fingerprint256}). Add that CA's certificate as the connection's private CA, or pin this certificate if you know it is the server's.`;
  return new AppError('TlsError', message, { certificate: cert, cause: toAppError(err).message });
}
