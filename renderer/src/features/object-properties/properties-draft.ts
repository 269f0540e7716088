import type { CopyOptions, StorageClass } from '../../../../shared/domain/copy-request.js';
import type { ObjectHead } from '../../../../shared/domain/object-head.js';
import { storageClasses } from '../../../../shared/domain/storage-classes.js';
import { checkMetadata, hasProblems, metadataRecord, metadataRows } from './metadata-rows.js';
import type { MetadataProblems, MetadataRow } from './metadata-rows.js';

/** The stored headers the dialog lets people edit, in the order it shows them. */
export const editableHeaders = [
  'contentType',
  'cacheControl',
  'contentDisposition',
  'contentEncoding',
  'contentLanguage',
] as const;
export type EditableHeader = (typeof editableHeaders)[number];

export interface PropertiesDraft {
  headers: Record<EditableHeader, string>;
  storageClass: string;
  metadata: MetadataRow[];
}

export type HeaderProblem = 'characters' | 'tooLong';

export interface DraftProblems {
  headers: Partial<Record<EditableHeader, HeaderProblem>>;
  /** A class the copy contract cannot name: applying would silently make it STANDARD. */
  storageClass: 'unknown' | undefined;
  metadata: MetadataProblems;
}

const MAX_HEADER_LENGTH: Record<EditableHeader, number> = {
  contentType: 256,
  cacheControl: 1024,
  contentDisposition: 1024,
  contentEncoding: 1024,
  contentLanguage: 1024,
};
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const isStorageClass = (name: string): name is StorageClass =>
  (storageClasses as readonly string[]).includes(name);

export function draftFromHead(head: ObjectHead): PropertiesDraft {
  return {
    headers: {
      contentType: head.contentType ?? '',
      cacheControl: head.cacheControl ?? '',
      contentDisposition: head.contentDisposition ?? '',
      contentEncoding: head.contentEncoding ?? '',
      contentLanguage: head.contentLanguage ?? '',
    },
    storageClass: head.storageClass,
    metadata: metadataRows(head.metadata),
  };
}

export function checkDraft(draft: PropertiesDraft): DraftProblems {
  const headers: Partial<Record<EditableHeader, HeaderProblem>> = {};
  for (const name of editableHeaders) {
    const value = draft.headers[name].trim();
    if (!PRINTABLE_ASCII.test(value)) headers[name] = 'characters';
    else if (value.length > MAX_HEADER_LENGTH[name]) headers[name] = 'tooLong';
  }
  return {
    headers,
    storageClass: isStorageClass(draft.storageClass) ? undefined : 'unknown',
    metadata: checkMetadata(draft.metadata),
  };
}

export function draftHasProblems(problems: DraftProblems): boolean {
  return (
    Object.keys(problems.headers).length > 0 ||
    problems.storageClass !== undefined ||
    hasProblems(problems.metadata)
  );
}

/** Expires as S3 stored it (an HTTP date) in the ISO form the copy contract takes. */
function expiresIso(stored: string | null): string | undefined {
  if (stored === null) return undefined;
  const time = Date.parse(stored);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The copy options that store the draft on the object itself. REPLACE drops every header it
 * does not name, so the ones the dialog does not edit (Expires) are carried from the head.
 */
export function copyOptionsFor(draft: PropertiesDraft, head: ObjectHead): CopyOptions {
  const options: CopyOptions = {
    metadataDirective: 'REPLACE',
    metadata: metadataRecord(draft.metadata),
  };
  for (const name of editableHeaders) {
    const value = draft.headers[name].trim();
    if (value !== '') options[name] = value;
  }
  const expires = expiresIso(head.expires);
  if (expires !== undefined) options.expires = expires;
  if (isStorageClass(draft.storageClass)) options.storageClass = draft.storageClass;
  return options;
}
