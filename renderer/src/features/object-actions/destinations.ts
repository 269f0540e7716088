import type { ObjectSelection } from '../objects/selection.js';
import { baseName } from './names.js';

export type FolderPathProblem = 'emptyPart' | 'dotPart';

/**
 * A destination folder as typed ("photos/2024", "/photos/2024/") as a key prefix
 * ("photos/2024/"); "" is the top of the bucket.
 */
export function normalizeFolder(
  typed: string,
): { folder: string } | { problem: FolderPathProblem } {
  const trimmed = typed.trim().replace(/^\/+/, '').replace(/\/+$/, '');
  if (trimmed === '') return { folder: '' };
  const parts = trimmed.split('/');
  if (parts.some((part) => part === '')) return { problem: 'emptyPart' };
  if (parts.some((part) => part === '.' || part === '..')) return { problem: 'dotPart' };
  return { folder: `${trimmed}/` };
}

export interface PlannedItem {
  kind: 'object' | 'folder';
  /** The key, or the folder's prefix ending in "/". */
  source: string;
  target: string;
}

export type PlanProblem =
  { kind: 'sameLocation'; name: string } | { kind: 'intoItself'; name: string };

export interface TransferPlan {
  items: PlannedItem[];
  problems: PlanProblem[];
}

/**
 * Where each selected object and folder lands in the destination folder: each keeps its own
 * name, so moving "a/b/" into "c/" gives "c/b/" and everything under it. Items that would
 * stay where they are, or go inside themselves, are problems, not silent no-ops.
 */
export function planTransfer(
  selection: ObjectSelection,
  sourceBucket: string,
  destination: { bucket: string; folder: string },
): TransferPlan {
  const sameBucket = destination.bucket === sourceBucket;
  const items: PlannedItem[] = [];
  const problems: PlanProblem[] = [];
  const plan = (kind: PlannedItem['kind'], source: string) => {
    const name = baseName(source);
    const target = destination.folder + name;
    if (sameBucket && target === source) problems.push({ kind: 'sameLocation', name });
    else if (sameBucket && kind === 'folder' && target.startsWith(source)) {
      problems.push({ kind: 'intoItself', name });
    } else items.push({ kind, source, target });
  };
  for (const prefix of selection.prefixes) plan('folder', prefix);
  for (const key of selection.keys) plan('object', key);
  return { items, problems };
}
