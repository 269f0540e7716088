import type { PublicAccessBlock } from '../../../../../../shared/domain/config/public-access.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { boolean, one, structure } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

/** `<PublicAccessBlockConfiguration>` / the AWS CLI's `--public-access-block-configuration`. */
export const publicAccessDocument: DocumentShape = {
  root: 'PublicAccessBlockConfiguration',
  shape: structure({
    BlockPublicAcls: one(boolean),
    IgnorePublicAcls: one(boolean),
    BlockPublicPolicy: one(boolean),
    RestrictPublicBuckets: one(boolean),
  }),
};

interface S3PublicAccessBlock {
  BlockPublicAcls?: boolean;
  IgnorePublicAcls?: boolean;
  BlockPublicPolicy?: boolean;
  RestrictPublicBuckets?: boolean;
}

export const publicAccessCodec: DocumentCodec<PublicAccessBlock> = {
  document: publicAccessDocument,
  toS3: (block) => ({
    BlockPublicAcls: block.blockPublicAcls,
    IgnorePublicAcls: block.ignorePublicAcls,
    BlockPublicPolicy: block.blockPublicPolicy,
    RestrictPublicBuckets: block.restrictPublicBuckets,
  }),
  // A setting left out is off, as S3 reads the document.
  fromS3: (json) => {
    const s3 = json as S3PublicAccessBlock;
    return {
      blockPublicAcls: s3.BlockPublicAcls ?? false,
      ignorePublicAcls: s3.IgnorePublicAcls ?? false,
      blockPublicPolicy: s3.BlockPublicPolicy ?? false,
      restrictPublicBuckets: s3.RestrictPublicBuckets ?? false,
    };
  },
};
