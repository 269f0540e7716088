/** What a row's icon shows: decided from the name alone, so it costs no request. */
export type FileKind =
  'folder' | 'image' | 'video' | 'audio' | 'archive' | 'code' | 'pdf' | 'text' | 'other';

const BY_EXTENSION: Readonly<Record<Exclude<FileKind, 'folder' | 'other'>, readonly string[]>> = {
  image: [
    'png',
    'jpg',
    'jpeg',
    'gif',
    'webp',
    'svg',
    'bmp',
    'ico',
    'tif',
    'tiff',
    'avif',
    'heic',
    'heif',
  ],
  video: ['mp4', 'm4v', 'mov', 'mkv', 'webm', 'avi', 'wmv', 'flv', 'mpg', 'mpeg', '3gp', 'm2ts'],
  audio: ['mp3', 'wav', 'flac', 'ogg', 'oga', 'opus', 'm4a', 'aac', 'wma', 'aiff', 'mid', 'midi'],
  archive: [
    'zip',
    'tar',
    'gz',
    'tgz',
    'bz2',
    'tbz2',
    'xz',
    'txz',
    'zst',
    '7z',
    'rar',
    'lz4',
    'jar',
    'war',
    'iso',
    'dmg',
    'deb',
    'rpm',
  ],
  // `ts` is TypeScript here: a stored MPEG transport stream is far rarer than source code.
  code: [
    'js',
    'mjs',
    'cjs',
    'ts',
    'tsx',
    'jsx',
    'py',
    'rb',
    'go',
    'rs',
    'java',
    'kt',
    'c',
    'h',
    'cc',
    'cpp',
    'hpp',
    'cs',
    'php',
    'swift',
    'scala',
    'sh',
    'bash',
    'ps1',
    'sql',
    'html',
    'htm',
    'css',
    'scss',
    'vue',
    'json',
    'yaml',
    'yml',
    'toml',
    'xml',
    'ini',
    'lua',
    'pl',
    'r',
    'dart',
  ],
  pdf: ['pdf'],
  text: ['txt', 'md', 'markdown', 'csv', 'tsv', 'log', 'rst', 'rtf', 'tex', 'org', 'adoc', 'nfo'],
};

const KIND_OF_EXTENSION: ReadonlyMap<string, FileKind> = new Map(
  Object.entries(BY_EXTENSION).flatMap(([kind, extensions]) =>
    extensions.map((extension) => [extension, kind as FileKind] as const),
  ),
);

/**
 * The kind a name suggests. A name ending in "/" is a folder. The extension is what follows
 * the last dot of the last path segment, compared without case; a leading dot starts a
 * hidden file's name, not an extension (".gitignore", ".gz" have none).
 */
export function kindOf(name: string): FileKind {
  if (name.endsWith('/')) return 'folder';
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return 'other';
  return KIND_OF_EXTENSION.get(base.slice(dot + 1).toLowerCase()) ?? 'other';
}
