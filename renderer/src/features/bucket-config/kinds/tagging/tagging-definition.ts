import { bucketTagsSchema } from '../../../../../../shared/domain/tags.js';
import type { BucketTags } from '../../../../../../shared/domain/tags.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { taggingCodec } from './tagging-document.js';
import { TaggingForm } from './tagging-form.js';

/** Model names → the AWS CLI's, to place messages on their raw lines. */
const taggingNames = { tags: 'TagSet', key: 'Key', value: 'Value' };

/** Bucket tags: key/value rows, `<Tagging>` or `{"TagSet": […]}`. */
export const taggingDefinition: ConfigKindDefinition<BucketTags> = {
  feature: 'tagging',
  ...s3RawParts(taggingCodec, bucketTagsSchema, taggingNames),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.tagging.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, tagging) {
    await client.invoke('config.tagging.put', { profileId, bucket, tagging });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.tagging.delete', { profileId, bucket });
  },
  emptyModel: () => ({ tags: [{ key: '', value: '' }] }),
  validate: (model) => schemaErrors(bucketTagsSchema, model),
  Form: TaggingForm,
};
