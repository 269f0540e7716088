import {
  configLimits,
  replicationViolations,
} from '../../../../../../shared/domain/config/provider-limits.js';
import { replicationConfigSchema } from '../../../../../../shared/domain/config/replication.js';
import type { ReplicationConfig } from '../../../../../../shared/domain/config/replication.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { withLimitErrors } from '../limit-errors.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { replicationCodec } from './replication-document.js';
import { ReplicationForm } from './replication-form.js';
import { newReplicationRule } from './replication-rule-fields.js';

const replicationNames = {
  role: 'Role',
  rules: 'Rules',
  id: 'ID',
  status: 'Status',
  priority: 'Priority',
  prefix: 'Filter.Prefix',
  tags: 'Filter.And.Tags',
  destination: 'Destination',
  bucket: 'Bucket',
  storageClass: 'StorageClass',
  account: 'Account',
  accessControlTranslation: 'AccessControlTranslation',
  deleteMarkerReplication: 'DeleteMarkerReplication',
  sourceSelectionCriteria: 'SourceSelectionCriteria',
};

/** Cross-region replication: `<ReplicationConfiguration>` or the AWS CLI's JSON. */
export const replicationDefinition: ConfigKindDefinition<ReplicationConfig> = {
  feature: 'replication',
  ...s3RawParts(replicationCodec, replicationConfigSchema, replicationNames),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.replication.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, replication) {
    await client.invoke('config.replication.put', { profileId, bucket, replication });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.replication.delete', { profileId, bucket });
  },
  emptyModel: () => ({ rules: [newReplicationRule(1)] }),
  validate(model, { provider }) {
    const errors = schemaErrors(replicationConfigSchema, model);
    // Limits read the rules' fields, which must be well-formed first.
    if (Object.keys(errors).length > 0) return errors;
    return withLimitErrors(errors, provider, replicationViolations(configLimits[provider], model));
  },
  Form: ReplicationForm,
};
