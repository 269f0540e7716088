import { publicAccessBlockSchema } from '../../../../../../shared/domain/config/public-access.js';
import type { PublicAccessBlock } from '../../../../../../shared/domain/config/public-access.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { publicAccessCodec } from './public-access-document.js';
import { PublicAccessForm } from './public-access-form.js';

const names = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
};

/** The bucket's public access block: four switches, `<PublicAccessBlockConfiguration>` raw. */
export const publicAccessDefinition: ConfigKindDefinition<PublicAccessBlock> = {
  feature: 'publicAccessBlock',
  ...s3RawParts(publicAccessCodec, publicAccessBlockSchema, names),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.publicAccessBlock.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, publicAccessBlock) {
    await client.invoke('config.publicAccessBlock.put', { profileId, bucket, publicAccessBlock });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.publicAccessBlock.delete', { profileId, bucket });
  },
  // "Block all public access", what AWS sets on new buckets.
  emptyModel: () => ({
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  }),
  validate: (model) => schemaErrors(publicAccessBlockSchema, model),
  Form: PublicAccessForm,
};
