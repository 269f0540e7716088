import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { childPath, problemResult, RawProblemError } from './problems.js';
import type { RawResult } from './problems.js';
import { S3_XMLNS } from './shape.js';
import type { DocumentShape, Member, S3Json, Shape } from './shape.js';

/** Every element as an array and every value as text: the shape decides what is what. */
const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  // Keys and prefixes may start or end with spaces; whitespace between elements is skipped below.
  trimValues: false,
  isArray: () => true,
});

const builder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  ignoreAttributes: false,
  suppressEmptyNode: false,
});

type Node = string | { readonly [name: string]: unknown };

const TEXT = '#text';

function isElement(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromXmlValue(node: Node, shape: Shape, where: string): S3Json {
  switch (shape.type) {
    case 'string':
      if (typeof node !== 'string') throw new RawProblemError({ code: 'notText', where });
      return node;
    case 'integer': {
      if (typeof node !== 'string' || !/^\s*-?\d+\s*$/.test(node)) {
        throw new RawProblemError({ code: 'notInteger', where });
      }
      return Number(node.trim());
    }
    case 'boolean': {
      const word = typeof node === 'string' ? node.trim() : undefined;
      if (word !== 'true' && word !== 'false') {
        throw new RawProblemError({ code: 'notBoolean', where });
      }
      return word === 'true';
    }
    case 'structure':
      // An empty element (<Filter/>) is an empty structure.
      if (typeof node === 'string') {
        if (node.trim() === '') return {};
        throw new RawProblemError({ code: 'notStructure', where });
      }
      return fromXmlStructure(node, shape.members, where);
  }
}

function nodesOf(value: unknown): Node[] {
  return (Array.isArray(value) ? value : [value]).filter(
    (n): n is Node => typeof n === 'string' || isElement(n),
  );
}

function fromXmlStructure(
  element: { readonly [name: string]: unknown },
  members: Readonly<Record<string, Member>>,
  where: string,
): Record<string, S3Json> {
  const byElement = new Map(
    Object.entries(members).map(([json, member]) => [member.xmlName ?? json, { json, member }]),
  );
  const out: Record<string, S3Json> = {};
  for (const [name, value] of Object.entries(element)) {
    if (name === TEXT) {
      if (typeof value === 'string' && value.trim() !== '') {
        throw new RawProblemError({ code: 'notStructure', where });
      }
      continue;
    }
    const found = byElement.get(name);
    if (found === undefined) throw new RawProblemError({ code: 'unknownField', name, where });
    const { json, member } = found;
    const path = childPath(where, json);
    const nodes = nodesOf(value);
    if (member.list === 'flattened') {
      out[json] = nodes.map((n, i) => fromXmlValue(n, member.shape, childPath(path, i)));
      continue;
    }
    if (nodes.length !== 1 || nodes[0] === undefined) {
      throw new RawProblemError({ code: 'repeated', where: path });
    }
    out[json] =
      member.list === undefined
        ? fromXmlValue(nodes[0], member.shape, path)
        : fromWrapped(nodes[0], member.list.wrapped, member.shape, path);
  }
  return out;
}

function fromWrapped(node: Node, itemName: string, shape: Shape, where: string): S3Json[] {
  if (typeof node === 'string') {
    if (node.trim() === '') return [];
    throw new RawProblemError({ code: 'notList', where });
  }
  const items: S3Json[] = [];
  for (const [name, value] of Object.entries(node)) {
    if (name === TEXT && typeof value === 'string' && value.trim() === '') continue;
    if (name !== itemName) throw new RawProblemError({ code: 'unknownField', name, where });
    for (const n of nodesOf(value))
      items.push(fromXmlValue(n, shape, childPath(where, items.length)));
  }
  return items;
}

/** Reads XML as S3 writes this document (`<CORSConfiguration>` …) into the AWS CLI's JSON shape. */
export function parseXmlDocument(text: string, doc: DocumentShape): RawResult<S3Json> {
  return problemResult(() => {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      throw new RawProblemError({
        code: 'syntax',
        detail: valid.err.msg,
        line: valid.err.line,
        column: valid.err.col,
      });
    }
    const parsed = parser.parse(text) as Record<string, unknown>;
    const roots = Object.keys(parsed).filter((name) => name !== TEXT);
    const [rootName] = roots;
    if (rootName !== doc.root) {
      throw new RawProblemError({ code: 'wrongRoot', expected: doc.root, found: rootName ?? '' });
    }
    const [root] = nodesOf(parsed[rootName]);
    return fromXmlValue(root ?? '', doc.shape, '');
  });
}

function toXmlValue(value: S3Json, shape: Shape): unknown {
  if (shape.type === 'boolean') return value === true ? 'true' : 'false';
  if (shape.type !== 'structure') return value;
  const element = value as Readonly<Record<string, S3Json>>;
  const out: Record<string, unknown> = {};
  // In the shape's order, which is S3's.
  for (const [json, member] of Object.entries(shape.members)) {
    const item = element[json];
    if (item === undefined) continue;
    const name = member.xmlName ?? json;
    if (member.list === undefined) {
      out[name] = toXmlValue(item, member.shape);
      continue;
    }
    const list = (item as readonly S3Json[]).map((entry) => toXmlValue(entry, member.shape));
    if (list.length === 0) continue;
    out[name] = member.list === 'flattened' ? list : { [member.list.wrapped]: list };
  }
  return out;
}

/** The document as S3 writes it, with the XML declaration and S3's namespace. */
export function formatXmlDocument(value: S3Json, doc: DocumentShape): string {
  const body = toXmlValue(value, doc.shape) as Record<string, unknown>;
  return String(
    builder.build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      [doc.root]: { '@_xmlns': S3_XMLNS, ...body },
    }),
  );
}
