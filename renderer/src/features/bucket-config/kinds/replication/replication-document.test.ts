import { describe, expect, it } from 'vitest';
import { bucketArn } from '../../../../../../shared/domain/config/replication.js';
import type { ReplicationConfig } from '../../../../../../shared/domain/config/replication.js';
import { modelToText, textToDraft } from '../s3-document/codec.js';
import { replicationCodec } from './replication-document.js';

const config: ReplicationConfig = {
  rules: [
    {
      id: 'logs',
      status: 'Enabled',
      priority: 1,
      prefix: 'logs/',
      tags: [],
      destination: { bucket: bucketArn('backup'), storageClass: 'STANDARD' },
      deleteMarkerReplication: 'Disabled',
    },
    {
      id: 'tagged',
      status: 'Disabled',
      prefix: 'media/',
      tags: [
        { key: 'team', value: 'a' },
        { key: 'keep', value: 'yes' },
      ],
      destination: { bucket: bucketArn('backup') },
    },
  ],
};

describe('raw replication text', () => {
  it('always writes a Filter (RGW ignores the legacy Prefix) and repeats Rule and Tag', () => {
    const xml = modelToText(replicationCodec, config, 'xml');
    expect(xml).toMatch(/<Rule>\s*<ID>logs<\/ID>\s*<Priority>1<\/Priority>\s*<Status>Enabled/);
    expect(xml).toMatch(/<Filter>\s*<Prefix>logs\/<\/Prefix>\s*<\/Filter>/);
    expect(xml).toMatch(/<And>\s*<Prefix>media\/<\/Prefix>\s*<Tag>\s*<Key>team/);
    expect(xml.match(/<Tag>/g)).toHaveLength(2);
    expect(xml).toContain('<Bucket>arn:aws:s3:::backup</Bucket>');
    expect(JSON.parse(modelToText(replicationCodec, config, 'json'))).toMatchObject({
      Rules: [
        {
          ID: 'logs',
          Filter: { Prefix: 'logs/' },
          Destination: { Bucket: 'arn:aws:s3:::backup', StorageClass: 'STANDARD' },
          DeleteMarkerReplication: { Status: 'Disabled' },
        },
        {
          ID: 'tagged',
          Filter: {
            And: {
              Prefix: 'media/',
              Tags: [
                { Key: 'team', Value: 'a' },
                { Key: 'keep', Value: 'yes' },
              ],
            },
          },
        },
      ],
    });
  });

  it.each(['xml', 'json'] as const)('reads its own %s back to the same model', (format) => {
    const text = modelToText(replicationCodec, config, format);
    expect(textToDraft(replicationCodec, text, format)).toEqual({ ok: true, value: config });
  });

  it('reads a legacy rule with its prefix outside the filter', () => {
    const xml = `<ReplicationConfiguration><Role></Role><Rule><ID>old</ID><Prefix>a/</Prefix>
      <Status>Enabled</Status><Destination><Bucket>arn:aws:s3:::b</Bucket></Destination></Rule>
      </ReplicationConfiguration>`;
    expect(textToDraft(replicationCodec, xml, 'xml')).toEqual({
      ok: true,
      value: {
        rules: [
          {
            id: 'old',
            status: 'Enabled',
            prefix: 'a/',
            tags: [],
            destination: { bucket: 'arn:aws:s3:::b' },
          },
        ],
      },
    });
  });
});
