import { describe, expect, it } from 'vitest';
import {
  VERSIONS_FOLDER,
  VERSIONS_PER_KEY,
  listVersionsXml,
  versionedKey,
} from './versions-data.js';

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

function page(query: Record<string, string>): string {
  const url = new URL('http://stand-in/bench?versions');
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return listVersionsXml(url, 'bench', 10, ['million/']);
}

/** [key, versionId, delete marker] of each entry, in the answer's order. */
function entries(xml: string): [string, string, boolean][] {
  return [...xml.matchAll(/<(Version|DeleteMarker)><Key>([^<]*)<\/Key><VersionId>([^<]*)</g)].map(
    (m) => [m[2] ?? '', m[3] ?? '', m[1] === 'DeleteMarker'],
  );
}

describe('the benchmark stand-in answers ListObjectVersions as S3 documents it', () => {
  it('pages by key and version-id markers: every version once, in order, up to max-keys a page', () => {
    const seen: [string, string, boolean][] = [];
    let markers: Record<string, string> = {};
    for (let pages = 0; pages < 20; pages++) {
      const xml = page({ prefix: VERSIONS_FOLDER, delimiter: '/', 'max-keys': '7', ...markers });
      const got = entries(xml);
      expect(got.length).toBeLessThanOrEqual(7);
      seen.push(...got);
      if (tag(xml, 'IsTruncated') !== 'true') break;
      markers = {
        'key-marker': tag(xml, 'NextKeyMarker') ?? '',
        'version-id-marker': tag(xml, 'NextVersionIdMarker') ?? '',
      };
    }
    expect(seen).toHaveLength(10 * VERSIONS_PER_KEY);
    expect(new Set(seen.map(([key, id]) => `${key} ${id}`)).size).toBe(seen.length);
    expect(seen.map(([key]) => key)).toEqual([...seen.map(([key]) => key)].sort());
    // Key 0's latest is a delete marker; key 7 has one further back.
    expect(seen[0]).toEqual([versionedKey(0), expect.stringMatching(/^v0\./), true]);
    expect(seen.filter(([key, , marker]) => key === versionedKey(7) && marker)).toHaveLength(1);
  });

  it('a key marker alone leaves the whole key behind', () => {
    const got = entries(page({ prefix: VERSIONS_FOLDER, 'key-marker': versionedKey(3) }));
    expect(got[0]?.[0]).toBe(versionedKey(4));
  });

  it('folds the folder into a common prefix under the delimiter at the root', () => {
    const xml = page({ prefix: '', delimiter: '/' });
    expect([...xml.matchAll(/<Prefix>([^<]+)<\/Prefix>/g)].map((m) => m[1])).toEqual([
      'million/',
      VERSIONS_FOLDER,
    ]);
    expect(entries(xml)).toEqual([]);
  });
});
