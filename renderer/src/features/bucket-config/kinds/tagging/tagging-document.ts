import type { BucketTags } from '../../../../../../shared/domain/tags.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { one, structure, text, wrappedList } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

/** `<Tagging><TagSet><Tag>…` / `{"TagSet": [{"Key", "Value"}]}` as in S3's API reference. */
export const taggingDocument: DocumentShape = {
  root: 'Tagging',
  shape: structure({
    TagSet: wrappedList(structure({ Key: one(text), Value: one(text) }), 'Tag'),
  }),
};

interface S3Tag {
  Key?: string;
  Value?: string;
}

export const taggingCodec: DocumentCodec<BucketTags> = {
  document: taggingDocument,
  toS3: (tagging) => ({
    TagSet: tagging.tags.map((tag) => ({ Key: tag.key, Value: tag.value })),
  }),
  fromS3: (json) => ({
    // An empty <Value/> is an empty value, as S3 stores it.
    tags: ((json as { TagSet?: S3Tag[] }).TagSet ?? []).map((tag) => ({
      key: tag.Key ?? '',
      value: tag.Value ?? '',
    })),
  }),
};
