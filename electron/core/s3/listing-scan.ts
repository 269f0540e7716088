/** One `<Contents>` entry as the SDK's ListObjectsV2 output gives it. */
export interface ScannedObject {
  Key?: string;
  LastModified?: Date;
  ETag?: string;
  Size?: number;
  StorageClass?: string;
  Owner?: { ID?: string; DisplayName?: string };
}

export interface ScannedListing {
  contents: ScannedObject[];
  prefixes: { Prefix: string }[];
  /** The answer without its entries, for the SDK to read the rest (token, truncation, count). */
  rest: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The same decoding as the SDK's XML parser, so a scanned value equals a parsed one. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,
    (_, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
      if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
      if (dec !== undefined) return String.fromCharCode(parseInt(dec, 10));
      return ENTITIES[named ?? ''] ?? '';
    },
  );
}

/**
 * The simple child elements of a block as tag → raw text, in order; undefined for anything
 * but `<Tag>text</Tag>` and whitespace between them (attributes, comments, CDATA, nesting
 * beyond `nested`), which the caller leaves to the SDK's full parser.
 */
function children(
  block: string,
  nested: ReadonlySet<string>,
): { tag: string; text: string }[] | undefined {
  const out: { tag: string; text: string }[] = [];
  let i = 0;
  for (;;) {
    const open = block.indexOf('<', i);
    if (block.slice(i, open === -1 ? undefined : open).trim() !== '') return undefined;
    if (open === -1) return out;
    const close = block.indexOf('>', open);
    if (close === -1) return undefined;
    const tag = block.slice(open + 1, close);
    if (!/^[A-Za-z]+$/.test(tag)) return undefined;
    const endTag = `</${tag}>`;
    const end = block.indexOf(endTag, close + 1);
    if (end === -1) return undefined;
    const text = block.slice(close + 1, end);
    if (text.includes('<') && !nested.has(tag)) return undefined;
    out.push({ tag, text });
    i = end + endTag.length;
  }
}

/** Whitespace with a line break (once decoded) is layout to the SDK, not a value: leave it to it. */
const isLayout = (text: string) => text.includes('\n') && text.trim() === '';

function scanOwner(text: string): ScannedObject['Owner'] | undefined {
  const fields = children(text, new Set());
  if (fields === undefined) return undefined;
  const owner: NonNullable<ScannedObject['Owner']> = {};
  for (const { tag, text } of fields) {
    const value = decode(text);
    if (isLayout(value)) return undefined;
    if (tag === 'ID') owner.ID = value;
    else if (tag === 'DisplayName') owner.DisplayName = value;
  }
  return owner;
}

const OBJECT_NESTED = new Set(['Owner']);

function scanObject(block: string): ScannedObject | undefined {
  const fields = children(block, OBJECT_NESTED);
  if (fields === undefined) return undefined;
  const object: ScannedObject = {};
  for (const { tag, text } of fields) {
    if (tag === 'Owner') {
      const owner = scanOwner(text);
      if (owner === undefined) return undefined;
      object.Owner = owner;
      continue;
    }
    const value = decode(text);
    if (isLayout(value)) return undefined;
    switch (tag) {
      case 'Key':
        object.Key = value;
        break;
      case 'ETag':
        object.ETag = value;
        break;
      case 'StorageClass':
        object.StorageClass = value;
        break;
      case 'Size':
        if (!/^\d{1,16}$/.test(value)) return undefined;
        object.Size = Number(value);
        break;
      case 'LastModified': {
        // RFC 3339 with a zone, as S3 sends it; anything else goes to the SDK's stricter reader.
        if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value))
          return undefined;
        const date = new Date(value);
        if (Number.isNaN(date.getTime())) return undefined;
        object.LastModified = date;
        break;
      }
      // Fields the SDK would turn into structures (checksums, restore status): leave to it.
      case 'ChecksumAlgorithm':
      case 'ChecksumType':
      case 'RestoreStatus':
        return undefined;
      default:
      // Fields outside the SDK's model (RGW's Type) are dropped by its parser too.
    }
  }
  return object;
}

const CONTENTS = '<Contents>';
const PREFIXES = '<CommonPrefixes>';

/**
 * Reads the entries of a ListObjectsV2 answer with string searches instead of the SDK's
 * general XML parser, which costs about 10 µs per key, most of a whole-bucket walk's client CPU.
 * Only the plain shape S3 servers send is scanned; anything else (comments, CDATA, attributes,
 * carriage returns, fields with structure) answers undefined, and the SDK parses the whole answer.
 */
export function scanListing(xml: string): ScannedListing | undefined {
  if (xml.includes('\r') || xml.includes('<!') || !xml.includes('<ListBucketResult'))
    return undefined;
  const contents: ScannedObject[] = [];
  const prefixes: { Prefix: string }[] = [];
  let rest = '';
  let at = 0;
  // Each search result is kept until passed: searching again for an absent kind of entry
  // after every entry would read the rest of the answer each time.
  let objectAt = xml.indexOf(CONTENTS);
  let prefixAt = xml.indexOf(PREFIXES);
  for (;;) {
    if (objectAt !== -1 && objectAt < at) objectAt = xml.indexOf(CONTENTS, at);
    if (prefixAt !== -1 && prefixAt < at) prefixAt = xml.indexOf(PREFIXES, at);
    if (objectAt === -1 && prefixAt === -1) break;
    const isObject = prefixAt === -1 || (objectAt !== -1 && objectAt < prefixAt);
    const start = isObject ? objectAt : prefixAt;
    const open = isObject ? CONTENTS : PREFIXES;
    const closeTag = isObject ? '</Contents>' : '</CommonPrefixes>';
    const end = xml.indexOf(closeTag, start);
    if (end === -1) return undefined;
    const block = xml.slice(start + open.length, end);
    if (isObject) {
      const object = scanObject(block);
      if (object === undefined) return undefined;
      contents.push(object);
    } else {
      const fields = children(block, new Set());
      const prefix =
        fields?.length === 1 && fields[0]!.tag === 'Prefix' ? fields[0]!.text : undefined;
      const value = prefix === undefined ? undefined : decode(prefix);
      if (value === undefined || isLayout(value)) return undefined;
      prefixes.push({ Prefix: value });
    }
    rest += xml.slice(at, start);
    at = end + closeTag.length;
  }
  rest += xml.slice(at);
  // An entry the scan did not take (an attribute, a self-closing tag) would be lost.
  if (rest.includes('<Contents') || rest.includes('<CommonPrefixes')) return undefined;
  return { contents, prefixes, rest };
}
