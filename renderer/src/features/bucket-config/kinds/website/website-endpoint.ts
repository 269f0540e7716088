import type { ProfileSummary } from '../../../../../../shared/domain/profile.js';

/** AWS regions whose website endpoints use a dash (s3-website-REGION); newer ones use a dot. */
const dashRegions = new Set([
  'us-east-1',
  'us-west-1',
  'us-west-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'eu-west-1',
  'sa-east-1',
  'us-gov-west-1',
]);

export type WebsiteEndpoint =
  | { readonly kind: 'known'; readonly url: string }
  /** RGW serves websites only to virtual-host requests on its own website domain. */
  | { readonly kind: 'rgwPathStyle' }
  | { readonly kind: 'unknown' };

/** Where the bucket's website is served, when the provider's naming is known. */
export function websiteEndpoint(
  profile: Pick<ProfileSummary, 'provider' | 'region' | 'endpoint' | 'addressing'>,
  bucket: string,
): WebsiteEndpoint {
  if (profile.provider === 'aws' && profile.endpoint === '') {
    const separator = dashRegions.has(profile.region) ? '-' : '.';
    return {
      kind: 'known',
      url: `http://${bucket}.s3-website${separator}${profile.region}.amazonaws.com/`,
    };
  }
  if (profile.provider === 'ceph') return { kind: 'rgwPathStyle' };
  return { kind: 'unknown' };
}
