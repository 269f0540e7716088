/** How an object is previewed. Media kinds stream from the host's media route. */
export type PreviewKind = 'image' | 'audio' | 'video' | 'pdf' | 'text' | 'none';

/** Languages the text preview highlights; `plain` has line numbers only. */
export type CodeLanguage =
  | 'json'
  | 'xml'
  | 'html'
  | 'javascript'
  | 'typescript'
  | 'css'
  | 'markdown'
  | 'python'
  | 'yaml'
  | 'plain';

export type PreviewType =
  | { kind: 'image' | 'audio' | 'video' | 'pdf'; mediaType: string }
  | { kind: 'text'; language: CodeLanguage }
  | { kind: 'none' };

const mediaByExtension: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
  pdf: 'application/pdf',
};

const languageByExtension: Readonly<Record<string, CodeLanguage>> = {
  json: 'json',
  jsonl: 'plain',
  ndjson: 'plain',
  geojson: 'json',
  xml: 'xml',
  xsd: 'xml',
  xsl: 'xml',
  plist: 'xml',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  css: 'css',
  scss: 'css',
  less: 'css',
  md: 'markdown',
  markdown: 'markdown',
  py: 'python',
  yaml: 'yaml',
  yml: 'yaml',
};

/** Text formats without a highlighter of their own: shown plain, with line numbers. */
const plainExtensions = new Set([
  'txt',
  'text',
  'log',
  'csv',
  'tsv',
  'ini',
  'conf',
  'cfg',
  'toml',
  'env',
  'properties',
  'sh',
  'bash',
  'zsh',
  'sql',
  'go',
  'rs',
  'java',
  'kt',
  'c',
  'h',
  'cpp',
  'hpp',
  'cs',
  'rb',
  'php',
  'pl',
  'lua',
  'r',
  'swift',
  'tf',
  'gitignore',
  'dockerfile',
  'makefile',
]);

const languageByMediaType: Readonly<Record<string, CodeLanguage>> = {
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/javascript': 'javascript',
  'application/javascript': 'javascript',
  'application/x-javascript': 'javascript',
  'application/typescript': 'typescript',
  'text/css': 'css',
  'text/markdown': 'markdown',
  'text/x-python': 'python',
  'application/x-yaml': 'yaml',
  'application/yaml': 'yaml',
  'text/yaml': 'yaml',
};

/** A type, subtype and nothing else: what may be echoed back as a Content-Type. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** `image/PNG; charset=x` → `image/png`; null when absent or malformed. */
export function essence(contentType: string | null | undefined): string | null {
  const base = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return MEDIA_TYPE.test(base) ? base : null;
}

/** `logs/app.LOG` → `log`; a name without a dot is its own "extension" (Makefile). */
export function extensionOf(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(dot + 1);
}

function mediaKind(mediaType: string): 'image' | 'audio' | 'video' | 'pdf' | undefined {
  if (mediaType === 'application/pdf') return 'pdf';
  if (mediaType === 'application/ogg') return 'audio';
  const family = mediaType.slice(0, mediaType.indexOf('/'));
  return family === 'image' || family === 'audio' || family === 'video' ? family : undefined;
}

function textLanguage(mediaType: string): CodeLanguage | undefined {
  const known = languageByMediaType[mediaType];
  if (known !== undefined) return known;
  if (mediaType.endsWith('+json')) return 'json';
  if (mediaType.endsWith('+xml')) return 'xml';
  return mediaType.startsWith('text/') ? 'plain' : undefined;
}

/**
 * Decides the preview from the object's Content-Type, else its extension: uploads often
 * carry `application/octet-stream`, so a generic or missing type defers to the name.
 */
export function previewTypeOf(key: string, contentType: string | null): PreviewType {
  const declared = essence(contentType);
  if (declared !== null) {
    const kind = mediaKind(declared);
    if (kind !== undefined) return { kind, mediaType: declared };
    const language = textLanguage(declared);
    if (language !== undefined) return { kind: 'text', language };
  }
  const extension = extensionOf(key);
  const media = mediaByExtension[extension];
  if (media !== undefined) {
    const kind = mediaKind(media);
    if (kind !== undefined) return { kind, mediaType: media };
  }
  const language =
    languageByExtension[extension] ?? (plainExtensions.has(extension) ? 'plain' : undefined);
  return language === undefined ? { kind: 'none' } : { kind: 'text', language };
}

/**
 * The Content-Type the media route serves an object with: only image, audio, video and PDF
 * types, so an object claiming `text/html` can never become a page on the app's origin.
 */
export function servedMediaType(key: string, contentType: string | null): string {
  const type = previewTypeOf(key, contentType);
  return type.kind === 'text' || type.kind === 'none' ? 'application/octet-stream' : type.mediaType;
}
