/**
 * The versions shape of the listing benchmark: a folder of `keys` keys with VERSIONS_PER_KEY
 * versions each, computed on the fly. Every fifth key's latest version is a delete marker (a
 * deleted object) and every seventh has one further back, so pages mix both as S3 sends them.
 */
export const VERSIONS_FOLDER = 'versions/';
export const VERSIONS_PER_KEY = 4;

const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const PAGE = 1000;
const OWNER = '<Owner><ID>bench</ID><DisplayName>bench</DisplayName></Owner>';

export function versionedKey(i: number): string {
  return `${VERSIONS_FOLDER}doc-${String(i).padStart(7, '0')}.txt`;
}

/** Version j of key i, j = 0 the newest; opaque to Holdall, readable to this server. */
function versionId(i: number, j: number): string {
  return `v${j}.${String(i).padStart(7, '0')}.0123456789abcdef`;
}

function isDeleteMarker(i: number, j: number): boolean {
  return (j === 0 && i % 5 === 0) || (j === 2 && i % 7 === 0);
}

/** The key's latest is an object (not a delete marker): what a plain listing shows. */
export function isListed(i: number): boolean {
  return !isDeleteMarker(i, 0);
}

/** Where a key marker (and version id marker) leaves off: the entry after it, as S3 reads them. */
function startAfter(keyMarker: string | null, versionIdMarker: string | null): number {
  if (keyMarker === null || keyMarker === '') return 0;
  const i = Number(/doc-(\d{7})\.txt$/.exec(keyMarker)?.[1] ?? -1);
  if (i < 0) return keyMarker < VERSIONS_FOLDER ? 0 : Number.MAX_SAFE_INTEGER;
  const j = Number(/^v(\d)\./.exec(versionIdMarker ?? '')?.[1] ?? Number.NaN);
  // Without a version id marker the whole key is behind; with one, the versions older than it.
  return Number.isNaN(j) ? (i + 1) * VERSIONS_PER_KEY : i * VERSIONS_PER_KEY + j + 1;
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function entry(i: number, j: number): string {
  const key = versionedKey(i);
  // Newest first: each older version a day before the one after it.
  const modified = new Date(Date.UTC(2024, 5, 1) + (i % 86_400) * 1000 - j * 86_400_000);
  const common =
    `<Key>${key}</Key><VersionId>${versionId(i, j)}</VersionId>` +
    `<IsLatest>${j === 0}</IsLatest><LastModified>${modified.toISOString()}</LastModified>`;
  if (isDeleteMarker(i, j)) return `<DeleteMarker>${common}${OWNER}</DeleteMarker>`;
  const size = ((i + j) * 2_654_435_761) % 5_000_000;
  return (
    `<Version>${common}<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag>` +
    `<Size>${size}</Size><StorageClass>STANDARD</StorageClass>${OWNER}</Version>`
  );
}

/**
 * A ListObjectVersions answer (GET /bucket?versions) as S3 documents it: entries in key order,
 * each key newest first, MaxKeys of them at most, key-marker and version-id-marker to go on.
 * Only the versions folder holds versions (the bucket's other keys are left out, which the probe's
 * one-key look does not notice); a delimiter at the root shows it and `otherFolders`.
 */
export function listVersionsXml(url: URL, bucket: string, keys: number, otherFolders: string[]) {
  const prefix = url.searchParams.get('prefix') ?? '';
  const delimiter = url.searchParams.get('delimiter') ?? '';
  const keyMarker = url.searchParams.get('key-marker');
  const versionIdMarker = url.searchParams.get('version-id-marker');
  const maxKeys = Math.min(PAGE, Number(url.searchParams.get('max-keys') ?? PAGE));
  let head = `<Name>${bucket}</Name><Prefix>${escapeXml(prefix)}</Prefix>`;
  head += `<KeyMarker>${escapeXml(keyMarker ?? '')}</KeyMarker>`;
  head += `<VersionIdMarker>${escapeXml(versionIdMarker ?? '')}</VersionIdMarker>`;
  head += `<MaxKeys>${maxKeys}</MaxKeys>`;
  if (delimiter !== '') head += `<Delimiter>${escapeXml(delimiter)}</Delimiter>`;
  let body = '';
  let truncated = false;
  if (prefix === '' && delimiter === '/') {
    const folders = [...otherFolders, VERSIONS_FOLDER].sort();
    body = folders.map((f) => `<CommonPrefixes><Prefix>${f}</Prefix></CommonPrefixes>`).join('');
  } else if (prefix === '' || prefix === VERSIONS_FOLDER) {
    const total = keys * VERSIONS_PER_KEY;
    const from = startAfter(keyMarker, versionIdMarker);
    const to = Math.min(total, from + maxKeys);
    const parts: string[] = [];
    for (let n = from; n < to; n++)
      parts.push(entry(Math.floor(n / VERSIONS_PER_KEY), n % VERSIONS_PER_KEY));
    body = parts.join('');
    truncated = to < total;
    if (truncated) {
      const i = Math.floor((to - 1) / VERSIONS_PER_KEY);
      head +=
        `<NextKeyMarker>${versionedKey(i)}</NextKeyMarker>` +
        `<NextVersionIdMarker>${versionId(i, (to - 1) % VERSIONS_PER_KEY)}</NextVersionIdMarker>`;
    }
  }
  head += `<IsTruncated>${truncated}</IsTruncated>`;
  return `<?xml version="1.0" encoding="UTF-8"?><ListVersionsResult xmlns="${XMLNS}">${head}${body}</ListVersionsResult>`;
}

/** The keys of the versions folder a plain listing shows (latest not deleted), from `from` on. */
export function listedKeys(
  keys: number,
  from: number,
  max: number,
): { found: number[]; next: number } {
  const found: number[] = [];
  let i = from;
  for (; i < keys && found.length < max; i++) if (isListed(i)) found.push(i);
  return { found, next: i };
}

/** ListObjectsV2 entries of the versions folder: each listed key's latest version. */
export function latestContents(indices: readonly number[]): string {
  return indices
    .map((i) => {
      const modified = new Date(Date.UTC(2024, 5, 1) + (i % 86_400) * 1000).toISOString();
      return (
        `<Contents><Key>${versionedKey(i)}</Key><LastModified>${modified}</LastModified>` +
        `<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag>` +
        `<Size>${(i * 2_654_435_761) % 5_000_000}</Size><StorageClass>STANDARD</StorageClass></Contents>`
      );
    })
    .join('');
}
