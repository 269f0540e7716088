/** One editable x-amz-meta-* entry; `id` keeps React rows stable while names change. */
export interface MetadataRow {
  id: number;
  name: string;
  value: string;
}

export type MetadataNameProblem = 'required' | 'characters' | 'tooLong' | 'duplicate';
export type MetadataValueProblem = 'characters';

export interface MetadataProblems {
  /** By row id. */
  names: ReadonlyMap<number, MetadataNameProblem>;
  values: ReadonlyMap<number, MetadataValueProblem>;
  /** Bytes over S3's 2 KB limit for names and values together, or 0. */
  overBy: number;
}

/** AWS counts user metadata as the UTF-8 bytes of names plus values: 2 KB at most. */
export const MAX_METADATA_BYTES = 2048;
const MAX_NAME_LENGTH = 128;
// Names travel as HTTP header names and S3 lower-cases them; letters, digits and - _ . are the
// characters every server and SDK keeps intact.
const NAME = /^[A-Za-z0-9._-]+$/;
// Values travel as header values: printable ASCII, or Node refuses to send the request.
const VALUE = /^[\x20-\x7e]*$/;

const utf8 = new TextEncoder();

export function metadataBytes(rows: readonly MetadataRow[]): number {
  return rows.reduce(
    (n, row) => n + utf8.encode(row.name.trim()).length + utf8.encode(row.value).length,
    0,
  );
}

function nameProblem(name: string): MetadataNameProblem | undefined {
  if (name === '') return 'required';
  if (!NAME.test(name)) return 'characters';
  if (name.length > MAX_NAME_LENGTH) return 'tooLong';
  return undefined;
}

/** What is wrong with the rows, per row, before anything is sent. */
export function checkMetadata(rows: readonly MetadataRow[]): MetadataProblems {
  const names = new Map<number, MetadataNameProblem>();
  const values = new Map<number, MetadataValueProblem>();
  // S3 lower-cases names, so "Owner" and "owner" would silently become one entry.
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    const problem = nameProblem(name);
    if (problem !== undefined) names.set(row.id, problem);
    else if (seen.has(name.toLowerCase())) names.set(row.id, 'duplicate');
    seen.add(name.toLowerCase());
    if (!VALUE.test(row.value)) values.set(row.id, 'characters');
  }
  return { names, values, overBy: Math.max(0, metadataBytes(rows) - MAX_METADATA_BYTES) };
}

export function hasProblems(problems: MetadataProblems): boolean {
  return problems.names.size > 0 || problems.values.size > 0 || problems.overBy > 0;
}

/** The rows as the record a copy sends; names lower-cased, as the server stores them. */
export function metadataRecord(rows: readonly MetadataRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.name.trim().toLowerCase(), row.value]));
}

/** Rows for a stored record, sorted by name so the dialog reads the same each time. */
export function metadataRows(metadata: Readonly<Record<string, string>>): MetadataRow[] {
  return Object.entries(metadata)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value], index) => ({ id: index + 1, name, value }));
}
