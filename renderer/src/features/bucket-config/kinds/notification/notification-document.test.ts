import { describe, expect, it } from 'vitest';
import type { NotificationConfig } from '../../../../../../shared/domain/config/notification.js';
import { notificationConfigSchema } from '../../../../../../shared/domain/config/notification.js';
import { modelToText, textToDraft } from '../s3-document/codec.js';
import { checkWithSchema } from '../validation/field-issues.js';
import { notificationCodec } from './notification-document.js';

const config: NotificationConfig = {
  topics: [
    {
      id: 'images',
      topicArn: 'arn:aws:sns:us-east-1::photos',
      events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:Delete'],
      filter: { prefix: 'images/', suffix: '.jpg' },
    },
  ],
  queues: [],
  cloudFunctions: [],
};

describe('raw notification text', () => {
  it('writes XML with S3 element names (Topic, Event, S3Key, FilterRule)', () => {
    const xml = modelToText(notificationCodec, config, 'xml');
    expect(xml).toMatch(
      /<TopicConfiguration>\s*<Id>images<\/Id>\s*<Topic>arn:aws:sns:us-east-1::photos<\/Topic>/,
    );
    expect(xml.match(/<Event>/g)).toHaveLength(2);
    expect(xml).toMatch(
      /<Filter>\s*<S3Key>\s*<FilterRule>\s*<Name>prefix<\/Name>\s*<Value>images\/<\/Value>/,
    );
    expect(xml).not.toContain('QueueConfiguration');
  });

  it('writes JSON as the AWS CLI does', () => {
    expect(JSON.parse(modelToText(notificationCodec, config, 'json'))).toEqual({
      TopicConfigurations: [
        {
          Id: 'images',
          TopicArn: 'arn:aws:sns:us-east-1::photos',
          Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:Delete'],
          Filter: {
            Key: {
              FilterRules: [
                { Name: 'prefix', Value: 'images/' },
                { Name: 'suffix', Value: '.jpg' },
              ],
            },
          },
        },
      ],
    });
  });

  it.each(['xml', 'json'] as const)('reads its own %s back to the same model', (format) => {
    const text = modelToText(notificationCodec, config, format);
    expect(textToDraft(notificationCodec, text, format)).toEqual({ ok: true, value: config });
  });

  it('reads queue and cloud function entries under their XML names', () => {
    const xml = `<NotificationConfiguration>
      <QueueConfiguration><Id>q</Id><Queue>arn:aws:sqs:us-east-1:1:jobs</Queue><Event>s3:ObjectCreated:*</Event></QueueConfiguration>
      <CloudFunctionConfiguration><Id>f</Id><CloudFunction>arn:aws:lambda:us-east-1:1:fn</CloudFunction><Event>s3:ObjectRemoved:*</Event></CloudFunctionConfiguration>
    </NotificationConfiguration>`;
    expect(textToDraft(notificationCodec, xml, 'xml')).toEqual({
      ok: true,
      value: {
        topics: [],
        queues: [
          { id: 'q', queueArn: 'arn:aws:sqs:us-east-1:1:jobs', events: ['s3:ObjectCreated:*'] },
        ],
        cloudFunctions: [
          { id: 'f', functionArn: 'arn:aws:lambda:us-east-1:1:fn', events: ['s3:ObjectRemoved:*'] },
        ],
      },
    });
  });

  it('lets the schema refuse an unknown filter rule name', () => {
    const json =
      '{"TopicConfigurations":[{"Id":"a","TopicArn":"arn:aws:sns:us-east-1::t","Events":["s3:ObjectCreated:*"],"Filter":{"Key":{"FilterRules":[{"Name":"middle","Value":"x"}]}}}]}';
    const draft = textToDraft(notificationCodec, json, 'json');
    const checked = checkWithSchema(notificationConfigSchema, draft.ok ? draft.value : null);
    expect(checked.ok ? [] : checked.issues.map((i) => i.path.join('.'))).toEqual([
      'topics.0.filter',
    ]);
  });
});
