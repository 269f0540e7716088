/**
 * The structure of one S3 configuration document, as the AWS CLI's JSON names it, with the
 * XML element names where they differ. One description drives both raw formats, so the XML
 * and the JSON view can never disagree about which fields exist.
 */
export type Shape =
  | { readonly type: 'string' }
  | { readonly type: 'integer' }
  | { readonly type: 'boolean' }
  | StructureShape;

export interface StructureShape {
  readonly type: 'structure';
  readonly members: Readonly<Record<string, Member>>;
}

export interface Member {
  readonly shape: Shape;
  /**
   * The element's name in XML when it differs from the JSON name. For a flattened list it
   * is the name of each repeated element (JSON `CORSRules` ⇄ XML `<CORSRule>` …).
   */
  readonly xmlName?: string;
  /**
   * Lists: `flattened` repeats the element in place (`<CORSRule>` `<CORSRule>`); `wrapped`
   * nests items in one element (`<RoutingRules><RoutingRule>…`), named here.
   */
  readonly list?: 'flattened' | { readonly wrapped: string };
}

/** A value as the AWS CLI's JSON holds it. */
export type S3Json =
  string | number | boolean | readonly S3Json[] | { readonly [key: string]: S3Json };

export const text: Shape = { type: 'string' };
export const integer: Shape = { type: 'integer' };
/** `true` / `false` in both formats (public access block settings, ExpiredObjectDeleteMarker). */
export const boolean: Shape = { type: 'boolean' };

export function structure(members: Readonly<Record<string, Member>>): StructureShape {
  return { type: 'structure', members };
}

export function one(shape: Shape, xmlName?: string): Member {
  return xmlName === undefined ? { shape } : { shape, xmlName };
}

/** A list whose items repeat in place under `itemName`. */
export function flatList(shape: Shape, itemName: string): Member {
  return { shape, xmlName: itemName, list: 'flattened' };
}

/** A list whose items sit inside one wrapper element, each named `itemName`. */
export function wrappedList(shape: Shape, itemName: string): Member {
  return { shape, list: { wrapped: itemName } };
}

/** The document: its root element (XML) and its top-level structure (JSON). */
export interface DocumentShape {
  readonly root: string;
  readonly shape: StructureShape;
}

export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';
