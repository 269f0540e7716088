import { describe, expect, it } from 'vitest';
import { taggingDefinition } from './tagging-definition.js';

const context = { provider: 'ceph' as const, bucket: 'b' };
const model = {
  tags: [
    { key: 'team', value: 'storage' },
    { key: 'empty', value: '' },
  ],
};

describe('the bucket tags tab', () => {
  it('writes S3’s <Tagging> and the AWS CLI’s JSON and reads both back unchanged', () => {
    const xml = taggingDefinition.toRaw(model, 'xml');
    expect(xml).toContain('<TagSet>');
    expect(xml).toContain('<Tag>');
    expect(xml).toContain('<Key>team</Key>');
    expect(taggingDefinition.fromRaw(xml, 'xml')).toEqual({ ok: true, model });
    const json = taggingDefinition.toRaw(model, 'json');
    expect(JSON.parse(json)).toEqual({
      TagSet: [
        { Key: 'team', Value: 'storage' },
        { Key: 'empty', Value: '' },
      ],
    });
    expect(taggingDefinition.fromRaw(json, 'json')).toEqual({ ok: true, model });
  });

  it('reads an empty <Value/> as an empty value', () => {
    const xml = '<Tagging><TagSet><Tag><Key>k</Key><Value/></Tag></TagSet></Tagging>';
    expect(taggingDefinition.fromRaw(xml, 'xml')).toEqual({
      ok: true,
      model: { tags: [{ key: 'k', value: '' }] },
    });
  });

  it('marks each problem on its field as you type and on its line in the raw text', () => {
    const bad = {
      tags: [
        { key: 'aws:owner', value: 'x' },
        { key: 'k', value: 'v'.repeat(257) },
        { key: 'k', value: '' },
      ],
    };
    expect(taggingDefinition.validate(bad, context)).toEqual({
      'tags.0.key': 'must not start with "aws:"',
      'tags.1.value': 'must be at most 256 characters',
      'tags.2.key': 'is already used',
    });
    const json = JSON.stringify({ TagSet: [{ Key: 'aws:owner', Value: 'x' }] }, null, 2);
    const read = taggingDefinition.fromRaw(json, 'json');
    expect(read).toEqual({
      ok: false,
      problems: [{ line: 4, message: 'TagSet.0.Key: must not start with "aws:"' }],
    });
  });
});
