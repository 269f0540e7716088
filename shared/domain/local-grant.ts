import { z } from 'zod';

/**
 * What a grant lets the contract do with the one local path behind it. Only a
 * host names local paths (its own dialogs, real drops, its spool, its folder
 * picker); the renderer holds these opaque ids instead. `writeFile` is one file a save dialog
 * named: a download may write that file (through a temporary file beside it), nothing else.
 */
export const grantUses = ['readFile', 'readTree', 'writeFolder', 'writeFile'] as const;
export type GrantUse = (typeof grantUses)[number];

/** 32 base64url characters from 24 random bytes; a path never matches. */
export const grantIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{32}$/,
    'is not a grant id: the contract takes no local paths, only grants the host issued',
  );

/** A grant and the path it stands for, shown to the user but never sent back. */
export const localGrantSchema = z.object({ grant: z.string(), path: z.string() });
export type LocalGrant = z.infer<typeof localGrantSchema>;

/**
 * A folder below the host's picker root (the home folder), segments joined
 * with "/". Hidden folders ("." names) and climbing out are refused: the root
 * is the host's choice, never the caller's.
 */
export const pickerFolderSchema = z
  .string()
  .max(4096)
  .refine((p) => !p.includes('\0') && !p.includes('\\'), 'must not contain NUL or "\\"')
  .refine((p) => !p.startsWith('/'), 'is relative to the picker root, not an absolute path')
  .refine(
    (p) => p === '' || p.split('/').every((s) => s !== '' && !s.startsWith('.')),
    'must name visible folders only (no empty, "." or ".." segments, no hidden folders)',
  );

export const folderListingSchema = z.object({
  /** Where the listing is, relative to the picker root ("" is the root). */
  under: z.string(),
  /** The same folder as an absolute path, for display. */
  path: z.string(),
  /** The folder above, relative to the root; null at the root. */
  parent: z.string().nullable(),
  /** Names of the visible subfolders, sorted. */
  folders: z.array(z.string()),
  /** More subfolders exist than were listed. */
  truncated: z.boolean(),
});
export type FolderListing = z.infer<typeof folderListingSchema>;

/**
 * What a folder picked in the desktop app's folder dialog is for. Downloads write into it; a
 * sync may go either way once compared, so it gets both a read and a write grant.
 */
export const folderPurposes = ['read', 'write', 'sync'] as const;
export const folderPurposeSchema = z.enum(folderPurposes);
export type FolderPurpose = z.infer<typeof folderPurposeSchema>;

/** The grant uses the folder dialog issues for a purpose; the first is the answer's `grant`. */
export function folderGrantUses(purpose: FolderPurpose): readonly ('readTree' | 'writeFolder')[] {
  if (purpose === 'read') return ['readTree'];
  if (purpose === 'write') return ['writeFolder'];
  return ['writeFolder', 'readTree'];
}

/** The folder dialog's answer: `readGrant` too when a sync asked for both uses. */
export const pickedFolderSchema = localGrantSchema.extend({ readGrant: z.string().optional() });
export type PickedFolder = z.infer<typeof pickedFolderSchema>;
