// No zod here: the Electron preload builds these URLs and bundles no npm code.

/** Which object a media URL streams. */
export interface MediaRef {
  profileId: string;
  bucket: string;
  key: string;
  /** One version of the object (the versions browser); the latest without it. */
  versionId?: string | undefined;
}

/** The browser host's media route, same origin as the renderer. */
export const MEDIA_PATH = '/api/media';
/** Electron's media scheme; its one host is `object`. */
export const MEDIA_SCHEME = 'holdall-media';
export const MEDIA_ORIGIN = `${MEDIA_SCHEME}://object`;

/**
 * The URL path's last segment: the object's file name. Hosts ignore it (the key travels in the
 * query); it is there for Chromium's PDF viewer, which titles a document after its URL's file name.
 */
export function mediaFileSegment(ref: MediaRef): string {
  const name = ref.key
    .split('/')
    .filter((part) => part !== '')
    .pop();
  return encodeURIComponent(name ?? 'object');
}

/** The query both hosts read: `?profile=…&bucket=…&key=…[&version=…]`, the key as data, never a path. */
export function mediaQuery(ref: MediaRef): string {
  return new URLSearchParams({
    profile: ref.profileId,
    bucket: ref.bucket,
    key: ref.key,
    ...(ref.versionId === undefined ? {} : { version: ref.versionId }),
  }).toString();
}
