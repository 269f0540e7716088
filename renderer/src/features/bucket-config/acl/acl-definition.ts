import { setConfig } from '../../../../../shared/domain/config/state.js';
import type { AclChange } from '../../../../../shared/domain/config/acl.js';
import type { ConfigKindDefinition, RawFormat, RawParse } from '../config-kind.js';
import { jsonPathLine, parseJson } from '../json-locate.js';
import { AclForm } from './acl-form.js';
import { AclReadProblem, aclJson, readAclJson } from './acl-json.js';
import { matchingCanned } from './acl-model.js';
import type { AclModel } from './acl-model.js';
import { aclCliPath, validateAcl } from './acl-validate.js';
import { aclXml, aclXmlLine, parseAclXml, readAclXml } from './acl-xml.js';

function lineOf(text: string, format: RawFormat, cliPath: string): number | undefined {
  return format === 'xml' ? aclXmlLine(text, cliPath) : jsonPathLine(text, cliPath);
}

export function aclFromRaw(text: string, format: RawFormat): RawParse<AclModel> {
  const parsed =
    format === 'json'
      ? parseJson(text)
      : ((xml) =>
          xml.ok
            ? { ok: true as const, value: xml.value }
            : { ok: false as const, problem: { line: xml.line, message: xml.message } })(
          parseAclXml(text),
        );
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  try {
    return {
      ok: true,
      model: format === 'json' ? readAclJson(parsed.value) : readAclXml(parsed.value),
    };
  } catch (err) {
    if (!(err instanceof AclReadProblem)) throw err;
    return {
      ok: false,
      problems: [{ line: lineOf(text, format, err.path), message: err.message }],
    };
  }
}

/** A canned ACL when the grants amount to one (the only kind some providers take). */
export function aclChange(model: AclModel): AclChange {
  const canned = matchingCanned(model);
  return canned === undefined
    ? { kind: 'grants', grants: model.grants }
    : { kind: 'canned', acl: canned };
}

/**
 * The access control list of a bucket or, with a key, of an object. It always exists, so
 * there is no delete and no "none" state.
 */
export const aclDefinition: ConfigKindDefinition<AclModel> = {
  feature: 'acl',
  rawFormats: ['xml', 'json'],
  async load(client, { profileId, bucket, key }) {
    const state = await client.invoke('config.acl.get', { profileId, bucket, key });
    if (state.state === 'none') return state;
    return setConfig({ owner: state.config.owner, canned: undefined, grants: state.config.grants });
  },
  async save(client, { profileId, bucket, key }, model) {
    await client.invoke('config.acl.put', { profileId, bucket, key, acl: aclChange(model) });
  },
  emptyModel: () => ({ owner: { id: '' }, canned: undefined, grants: [] }),
  toRaw: (model, format) =>
    format === 'xml' ? aclXml(model) : JSON.stringify(aclJson(model), null, 2),
  fromRaw: aclFromRaw,
  validate: validateAcl,
  rawLine: (text, format, path) => lineOf(text, format, aclCliPath(path)),
  Form: AclForm,
};
