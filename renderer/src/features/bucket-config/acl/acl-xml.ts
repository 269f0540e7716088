import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { aclGroupUris } from '../../../../../shared/domain/config/acl.js';
import type { AclGrantee } from '../../../../../shared/domain/config/acl.js';
import { lineAt } from '../json-locate.js';
import { AclReadProblem, readAclJson } from './acl-json.js';
import type { AclModel } from './acl-model.js';
import { aclMessages as m } from './messages.js';

const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const escape = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const element = (indent: string, name: string, value: string): string =>
  `${indent}<${name}>${escape(value)}</${name}>`;

function granteeXml(grantee: AclGrantee, indent: string): string[] {
  const open = (type: string) => `${indent}<Grantee xmlns:xsi="${XSI}" xsi:type="${type}">`;
  const inner = `${indent}  `;
  switch (grantee.type) {
    case 'user':
      return [
        open('CanonicalUser'),
        element(inner, 'ID', grantee.id),
        ...(grantee.displayName === undefined
          ? []
          : [element(inner, 'DisplayName', grantee.displayName)]),
        `${indent}</Grantee>`,
      ];
    case 'email':
      return [
        open('AmazonCustomerByEmail'),
        element(inner, 'EmailAddress', grantee.email),
        `${indent}</Grantee>`,
      ];
    case 'group':
      return [
        open('Group'),
        element(inner, 'URI', aclGroupUris[grantee.group]),
        `${indent}</Grantee>`,
      ];
  }
}

/** The ACL as S3 writes it: an AccessControlPolicy, grantees typed with xsi:type. */
export function aclXml(model: AclModel): string {
  const { owner } = model;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<AccessControlPolicy xmlns="${S3_XMLNS}">`,
    '  <Owner>',
    element('    ', 'ID', owner.id),
    ...(owner.displayName === undefined ? [] : [element('    ', 'DisplayName', owner.displayName)]),
    '  </Owner>',
    '  <AccessControlList>',
    ...model.grants.flatMap(({ grantee, permission }) => [
      '    <Grant>',
      ...granteeXml(grantee, '      '),
      element('      ', 'Permission', permission),
      '    </Grant>',
    ]),
    '  </AccessControlList>',
    '</AccessControlPolicy>',
  ].join('\n');
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'Grant',
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** XML read into the AWS CLI's JSON names, so one reader checks both formats. */
function asCliJson(doc: unknown): unknown {
  const root = isRecord(doc) ? doc['AccessControlPolicy'] : undefined;
  if (!isRecord(root)) throw new AclReadProblem('', m.problems.xmlRoot);
  const list = root['AccessControlList'];
  const grants = isRecord(list) ? list['Grant'] : [];
  return {
    Owner: root['Owner'],
    Grants: (Array.isArray(grants) ? grants : []).map((grant: unknown) => {
      if (!isRecord(grant)) return grant;
      const grantee = grant['Grantee'];
      if (!isRecord(grantee)) return grant;
      const { '@_type': type, ...fields } = grantee;
      const plain = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('@_')));
      return { ...grant, Grantee: type === undefined ? plain : { ...plain, Type: type } };
    }),
  };
}

export type XmlSyntax = { ok: true; value: unknown } | { ok: false; line: number; message: string };

export function parseAclXml(text: string): XmlSyntax {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, line: valid.err.line, message: valid.err.msg };
  return { ok: true, value: parser.parse(text) as unknown };
}

export function readAclXml(value: unknown): AclModel {
  return readAclJson(asCliJson(value));
}

const xmlNames: Record<string, string> = { Type: 'Grantee', Grants: 'AccessControlList' };

/**
 * The line of a path (AWS CLI names: Grants.2.Grantee.ID) in ACL XML: the n-th <Grant>, then
 * the named element after it.
 */
export function aclXmlLine(text: string, path: string): number | undefined {
  if (path === '') return 1;
  const parts = path.split('.');
  let from = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    if (/^\d+$/.test(part)) {
      const grants = [...text.slice(from).matchAll(/<Grant[\s>]/g)];
      const found = grants[Number(part)];
      if (found === undefined) break;
      from += found.index;
      continue;
    }
    const name = xmlNames[part] ?? part;
    const at = text.slice(from).search(new RegExp(`<${name}[\\s>/]`));
    if (at < 0) break;
    from += at;
  }
  return lineAt(text, from);
}
