import { formatJsonDocument, parseJsonDocument } from './json-document.js';
import type { RawResult } from './problems.js';
import type { DocumentShape, S3Json } from './shape.js';
import { formatXmlDocument, parseXmlDocument } from './xml-document.js';

export type RawFormat = 'json' | 'xml';

/** How one kind of configuration reads and writes its raw text. */
export interface DocumentCodec<Model> {
  readonly document: DocumentShape;
  /** The model in the AWS CLI's JSON names (an S3Json; plain interfaces lack its index signature). */
  toS3(model: Model): object;
  /**
   * The S3 document as a model draft, not yet validated: the shared schema then names
   * every field that is wrong, the same way it does for the form.
   */
  fromS3(json: S3Json): unknown;
}

export function modelToText<Model>(
  codec: DocumentCodec<Model>,
  model: Model,
  format: RawFormat,
): string {
  const json = codec.toS3(model) as S3Json;
  return format === 'json' ? formatJsonDocument(json) : formatXmlDocument(json, codec.document);
}

export function textToDraft<Model>(
  codec: DocumentCodec<Model>,
  text: string,
  format: RawFormat,
): RawResult<unknown> {
  const parsed =
    format === 'json'
      ? parseJsonDocument(text, codec.document)
      : parseXmlDocument(text, codec.document);
  return parsed.ok ? { ok: true, value: codec.fromS3(parsed.value) } : parsed;
}
