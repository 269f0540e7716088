import { objectLockConfigSchema } from '../../../../../../shared/domain/object-lock.js';
import type { ObjectLockConfig } from '../../../../../../shared/domain/object-lock.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { objectLockCodec } from './object-lock-document.js';
import { ObjectLockForm } from './object-lock-form.js';
import { NoObjectLock } from './no-object-lock.js';

/** Model names → the AWS CLI's, to place messages on their raw lines. */
const objectLockNames = { defaultRetention: 'Rule.DefaultRetention', mode: 'Mode', amount: 'Days' };

/**
 * A bucket's default retention. S3 has no delete for it: "no default retention" is a
 * configuration too, and a bucket created without object lock shows why it has none.
 */
export const objectLockDefinition: ConfigKindDefinition<ObjectLockConfig> = {
  feature: 'objectLock',
  ...s3RawParts(objectLockCodec, objectLockConfigSchema, objectLockNames),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.objectLock.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, config) {
    await client.invoke('config.objectLock.put', { profileId, bucket, config });
  },
  emptyModel: () => ({ defaultRetention: null }),
  validate: (model) => schemaErrors(objectLockConfigSchema, model),
  Form: ObjectLockForm,
  NoneState: NoObjectLock,
};
