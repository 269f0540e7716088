import { z } from 'zod';

/** AWS's limit for a bucket policy; JD Cloud and RGW accept at least this much. */
export const POLICY_MAX_BYTES = 20 * 1024;

export const policyVersions = ['2012-10-17', '2008-10-17'] as const;

const tooLarge = (bytes: number): string =>
  `must be at most 20 KB (${POLICY_MAX_BYTES.toLocaleString('en')} bytes); this one is ${bytes.toLocaleString('en')} bytes`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why a policy text is not one S3 would take, or undefined. Only the frame is
 * checked (JSON, Version, Statement); what a statement may say is the server's call.
 */
export function policyTextProblem(text: string): string | undefined {
  // Characters never outnumber UTF-8 bytes, so this spares encoding a huge string.
  if (text.length > POLICY_MAX_BYTES) return tooLarge(text.length);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > POLICY_MAX_BYTES) return tooLarge(bytes);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return `is not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (!isRecord(doc)) return 'must be a JSON object with Version and Statement';
  const version = doc['Version'];
  if (typeof version !== 'string' || !(policyVersions as readonly string[]).includes(version)) {
    return `needs "Version": "${policyVersions[0]}"`;
  }
  const statement = doc['Statement'];
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statements.length === 0 || !statements.every(isRecord)) {
    return 'needs "Statement": an object or a non-empty array of objects';
  }
  return undefined;
}

/** A bucket policy as the JSON text S3 stores; kept as text so nothing is reordered or lost. */
export const policyTextSchema = z.string().superRefine((text, ctx) => {
  const problem = policyTextProblem(text);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});
export type PolicyText = z.infer<typeof policyTextSchema>;
