import { lifecycleConfigSchema } from '../../../../../../shared/domain/config/lifecycle.js';
import type { LifecycleConfig } from '../../../../../../shared/domain/config/lifecycle.js';
import { lifecycleViolations } from '../../../../../../shared/domain/config/lifecycle-limits.js';
import type { LifecycleViolation } from '../../../../../../shared/domain/config/lifecycle-limits.js';
import { configLimits } from '../../../../../../shared/domain/config/provider-limits.js';
import { providerInfo } from '../../../../../../shared/domain/providers.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { lifecycleCodec } from './lifecycle-document.js';
import { LifecycleForm } from './lifecycle-form.js';
import { newLifecycleRule } from './lifecycle-rule-fields.js';
import { lifecycleMessages as m } from './messages.js';

/** Model names → the AWS CLI's, to place messages on their raw lines. */
const lifecycleNames = {
  rules: 'Rules',
  id: 'ID',
  status: 'Status',
  prefix: 'Filter.Prefix',
  tags: 'Filter.And.Tags',
  key: 'Key',
  value: 'Value',
  objectSizeGreaterThan: 'Filter.ObjectSizeGreaterThan',
  objectSizeLessThan: 'Filter.ObjectSizeLessThan',
  expiration: 'Expiration',
  days: 'Days',
  date: 'Date',
  expiredObjectDeleteMarker: 'ExpiredObjectDeleteMarker',
  transitions: 'Transitions',
  storageClass: 'StorageClass',
  noncurrentExpiration: 'NoncurrentVersionExpiration',
  noncurrentDays: 'NoncurrentDays',
  newerNoncurrentVersions: 'NewerNoncurrentVersions',
  noncurrentTransitions: 'NoncurrentVersionTransitions',
  abortIncompleteMultipartUpload: 'AbortIncompleteMultipartUpload',
  daysAfterInitiation: 'DaysAfterInitiation',
};

function violationMessage(provider: string, violation: LifecycleViolation): string {
  switch (violation.code) {
    case 'unsupportedField':
      return m.unsupported.field(provider, violation.field);
    case 'idTooLong':
      return m.unsupported.idTooLong(provider, violation.max);
    case 'unknownStorageClass':
      return m.unsupported.storageClass(provider, violation.offered.join(', '));
  }
}

/** Lifecycle rules: `<LifecycleConfiguration>` or the AWS CLI's JSON. */
export const lifecycleDefinition: ConfigKindDefinition<LifecycleConfig> = {
  feature: 'lifecycle',
  ...s3RawParts(lifecycleCodec, lifecycleConfigSchema, lifecycleNames),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.lifecycle.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, lifecycle) {
    await client.invoke('config.lifecycle.put', { profileId, bucket, lifecycle });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.lifecycle.delete', { profileId, bucket });
  },
  emptyModel: () => ({ rules: [newLifecycleRule(1)] }),
  validate(model, { provider }) {
    const errors: Record<string, string> = { ...schemaErrors(lifecycleConfigSchema, model) };
    // Limits read the rules' fields, which must be well-formed first.
    if (Object.keys(errors).length > 0) return errors;
    const label = providerInfo(provider).label;
    for (const violation of lifecycleViolations(configLimits[provider].lifecycle, model)) {
      errors[violation.path.join('.')] ??= violationMessage(label, violation);
    }
    return errors;
  },
  Form: LifecycleForm,
};
