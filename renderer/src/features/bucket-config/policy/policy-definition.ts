import { POLICY_MAX_BYTES } from '../../../../../shared/domain/config/policy.js';
import { noConfig, setConfig } from '../../../../../shared/domain/config/state.js';
import type { ConfigKindDefinition, RawParse } from '../config-kind.js';
import { jsonPathLine, parseJson } from '../json-locate.js';
import { policyMessages as m } from './messages.js';
import { PolicyForm } from './policy-form.js';
import { policyRawLine } from './policy-lines.js';
import { emptyPolicy, policyText } from './policy-model.js';
import type { PolicyModel } from './policy-model.js';
import { readPolicy } from './policy-read.js';
import { validatePolicy } from './policy-validate.js';

export function policyFromRaw(text: string): RawParse<PolicyModel> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const read = readPolicy(parsed.value);
  if (read.ok) return read;
  return {
    ok: false,
    problems: read.problems.map(({ path, message }) => ({
      line: jsonPathLine(text, path),
      message,
    })),
  };
}

/** The bucket policy: a statement builder with templates, and its JSON. */
export const policyDefinition: ConfigKindDefinition<PolicyModel> = {
  feature: 'policy',
  rawFormats: ['json'],
  async load(client, { profileId, bucket }) {
    const state = await client.invoke('config.policy.get', { profileId, bucket });
    if (state.state === 'none') return noConfig;
    const read = policyFromRaw(state.config);
    if (read.ok) return setConfig(read.model);
    throw new Error(read.problems.map((p) => p.message).join('; '));
  },
  async save(client, { profileId, bucket }, model) {
    await client.invoke('config.policy.put', { profileId, bucket, policy: policyText(model) });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.policy.delete', { profileId, bucket });
  },
  emptyModel: emptyPolicy,
  toRaw: (model) => policyText(model),
  fromRaw: (text) => policyFromRaw(text),
  validate: validatePolicy,
  rawLine: (text, _format, path) => policyRawLine(text, path),
  Form: PolicyForm,
  rawNote: (text) => m.size(new TextEncoder().encode(text).length, POLICY_MAX_BYTES),
};
