import { notificationConfigSchema } from '../../../../../../shared/domain/config/notification.js';
import type { NotificationConfig } from '../../../../../../shared/domain/config/notification.js';
import {
  configLimits,
  notificationViolations,
} from '../../../../../../shared/domain/config/provider-limits.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { withLimitErrors } from '../limit-errors.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { notificationCodec } from './notification-document.js';
import { NotificationForm, newTopicNotification } from './notification-form.js';

const notificationNames = {
  topics: 'TopicConfigurations',
  queues: 'QueueConfigurations',
  cloudFunctions: 'LambdaFunctionConfigurations',
  id: 'Id',
  topicArn: 'TopicArn',
  queueArn: 'QueueArn',
  functionArn: 'LambdaFunctionArn',
  events: 'Events',
  filter: 'Filter.Key.FilterRules',
};

/** Event notifications: `<NotificationConfiguration>` or the AWS CLI's JSON. */
export const notificationDefinition: ConfigKindDefinition<NotificationConfig> = {
  feature: 'notification',
  ...s3RawParts(notificationCodec, notificationConfigSchema, notificationNames),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.notification.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, notification) {
    await client.invoke('config.notification.put', { profileId, bucket, notification });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.notification.delete', { profileId, bucket });
  },
  emptyModel: () => ({ topics: [newTopicNotification(1)], queues: [], cloudFunctions: [] }),
  validate(model, { provider }) {
    const errors = schemaErrors(notificationConfigSchema, model);
    return withLimitErrors(errors, provider, notificationViolations(configLimits[provider], model));
  },
  Form: NotificationForm,
};
