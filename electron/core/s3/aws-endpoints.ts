/** The AWS services a connection's requests reach: S3 itself, and the sign-in services. */
export type AwsService = 's3' | 'sts' | 'oidc' | 'portal.sso';

/** The region the SDK clients fall back to when a connection names none. */
const DEFAULT_REGION = 'us-east-1';

/**
 * The address the SDK reaches for `service` in `region` when no endpoint is set: AWS's
 * regional one, under `amazonaws.com.cn` in the China regions. The proxy, NO_PROXY and the
 * certificate check need a host before the SDK picks it per request; virtual-hosted bucket
 * names sit under this host, so a NO_PROXY entry for it (or `.amazonaws.com`) covers them too.
 */
export function awsEndpoint(service: AwsService, region: string): string {
  const name = region === '' ? DEFAULT_REGION : region;
  const domain = name.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://${service}.${name}.${domain}`;
}

/** Where a connection's S3 requests go: its endpoint, or AWS's S3 for its region when empty. */
export function reachedEndpoint({
  endpoint,
  region,
}: {
  endpoint: string;
  region?: string;
}): string {
  return endpoint === '' ? awsEndpoint('s3', region ?? '') : endpoint;
}
