import { MAX_KEY_BYTES, utf8Length } from '../../../../shared/domain/object-key.js';

export type NameProblem =
  | { kind: 'empty' | 'slash' | 'dots' | 'control' | 'tooLong' | 'unchanged' }
  | { kind: 'exists'; name: string; folder: boolean };

export interface NameContext {
  /** The folder the name goes in, "" or ending with "/". */
  parent: string;
  /** Folders get a trailing "/" in their key. */
  folder: boolean;
  /** Names already in the parent: folders with their trailing "/", objects without. */
  taken: ReadonlySet<string>;
  /** A rename's old name (folders with "/"), which the new one must differ from. */
  current?: string | undefined;
}

// C0 controls and DEL: S3 stores them, but XML 1.0 listings cannot carry most of them back.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What is wrong with a name typed for a new folder or a rename, or null when it is fine. */
export function nameProblem(name: string, context: NameContext): NameProblem | null {
  if (name.trim() === '') return { kind: 'empty' };
  if (name.includes('/')) return { kind: 'slash' };
  if (name === '.' || name === '..') return { kind: 'dots' };
  if (CONTROL.test(name)) return { kind: 'control' };
  const entry = context.folder ? `${name}/` : name;
  if (utf8Length(context.parent + entry) > MAX_KEY_BYTES) return { kind: 'tooLong' };
  if (entry === context.current) return { kind: 'unchanged' };
  if (context.taken.has(entry)) return { kind: 'exists', name, folder: context.folder };
  return null;
}

/** The last part of a key or folder prefix: "a/b/c.txt" → "c.txt", "a/b/" → "b/". */
export function baseName(keyOrPrefix: string): string {
  const trimmed = keyOrPrefix.endsWith('/') ? keyOrPrefix.slice(0, -1) : keyOrPrefix;
  return keyOrPrefix.slice(trimmed.lastIndexOf('/') + 1);
}

/** The folder holding a key or folder prefix: "a/b/c.txt" → "a/b/", "a/b/" → "a/". */
export function parentOf(keyOrPrefix: string): string {
  return keyOrPrefix.slice(0, keyOrPrefix.length - baseName(keyOrPrefix).length);
}

/** A rename's new name as typed, for a row: folders show without their "/". */
export function editableName(keyOrPrefix: string): string {
  const name = baseName(keyOrPrefix);
  return name.endsWith('/') ? name.slice(0, -1) : name;
}

/** How much of a name to select for typing over: the stem, before an extension. */
export function stemLength(name: string): number {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? dot : name.length;
}
