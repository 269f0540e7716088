import { jsonPathLine, parseJson } from '../json-locate.js';
import { readPolicy } from './policy-read.js';

/**
 * The line of a model path in policy JSON. The builder's paths follow the JSON except where
 * it reshapes: principals (a list here, grouped by type there) and conditions (rows here,
 * operator → key → values there), and a lone statement object instead of a list.
 */
export function policyRawLine(text: string, path: string): number | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok) return undefined;
  const read = readPolicy(parsed.value);
  const parts = path.split('.');
  const [head, index, field, sub, rest, ...tail] = parts;
  const statement =
    read.ok && head === 'Statement' ? read.model.Statement[Number(index)] : undefined;
  const lone =
    typeof parsed.value === 'object' &&
    parsed.value !== null &&
    !Array.isArray((parsed.value as { Statement?: unknown }).Statement);
  const base = lone ? 'Statement' : `Statement.${index}`;
  if (statement === undefined) return jsonPathLine(text, path);
  if (field === 'Principal' && sub === 'ids' && statement.Principal.kind === 'ids') {
    const n = Number(rest);
    const id = statement.Principal.ids[n];
    if (id === undefined) return jsonPathLine(text, `${base}.Principal`);
    const k = statement.Principal.ids.slice(0, n).filter((p) => p.type === id.type).length;
    return jsonPathLine(text, `${base}.Principal.${id.type}.${k}`);
  }
  if (field === 'Condition' && sub !== undefined) {
    const condition = statement.Condition[Number(sub)];
    if (condition === undefined) return jsonPathLine(text, `${base}.Condition`);
    const at = `${base}.Condition.${condition.operator}.${condition.key}`;
    return jsonPathLine(text, rest === 'values' && tail[0] !== undefined ? `${at}.${tail[0]}` : at);
  }
  return jsonPathLine(text, [base, ...parts.slice(2)].join('.'));
}
