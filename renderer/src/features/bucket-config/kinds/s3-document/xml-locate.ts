import type { DocumentShape, StructureShape } from './shape.js';

interface XmlElement {
  name: string;
  line: number;
  children: XmlElement[];
}

const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** Element names and lines only: enough to find where a field is written. */
function elementTree(text: string): XmlElement {
  const top: XmlElement = { name: '', line: 1, children: [] };
  const stack = [top];
  let line = 1;
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    for (let i = last; i < match.index; i++) if (text.charCodeAt(i) === 10) line += 1;
    last = match.index;
    const [, closing, name, selfClosing] = match;
    if (name === undefined) continue;
    const parent = stack.at(-1);
    if (parent === undefined) break;
    if (closing === '/') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const element: XmlElement = { name, line, children: [] };
    parent.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  return top;
}

/**
 * The line of a field, by its path in the AWS CLI's JSON names (`CORSRules.0.AllowedOrigins`),
 * in XML text of the document; the nearest enclosing element's line when the field is absent.
 */
export function xmlPathLine(text: string, doc: DocumentShape, path: string): number | undefined {
  const root = elementTree(text).children.find((e) => e.name === doc.root);
  if (root === undefined) return undefined;
  let element = root;
  let shape: StructureShape | undefined = doc.shape;
  const parts = path === '' ? [] : path.split('.');
  for (let i = 0; i < parts.length && shape !== undefined; i++) {
    const member: StructureShape['members'][string] | undefined = shape.members[parts[i] ?? ''];
    if (member === undefined) break;
    const name = member.xmlName ?? parts[i] ?? '';
    let found: XmlElement | undefined;
    if (member.list === undefined) {
      found = element.children.find((e) => e.name === name);
    } else {
      const next = parts[i + 1];
      const index = next !== undefined && /^\d+$/.test(next) ? Number(next) : 0;
      if (next !== undefined && /^\d+$/.test(next)) i += 1;
      if (member.list === 'flattened') {
        found = element.children.filter((e) => e.name === name)[index];
      } else {
        const wrapper = element.children.find((e) => e.name === name);
        const itemName = member.list.wrapped;
        found = wrapper?.children.filter((e) => e.name === itemName)[index] ?? wrapper;
      }
    }
    if (found === undefined) break;
    element = found;
    shape = member.shape.type === 'structure' ? member.shape : undefined;
  }
  return element.line;
}
