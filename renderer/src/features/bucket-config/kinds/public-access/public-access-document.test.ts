import { describe, expect, it } from 'vitest';
import { publicAccessDefinition } from './public-access-definition.js';

const model = {
  blockPublicAcls: true,
  ignorePublicAcls: false,
  blockPublicPolicy: true,
  restrictPublicBuckets: false,
};

describe('the public access tab', () => {
  it('writes S3’s XML and the AWS CLI’s JSON with true/false, and reads both back unchanged', () => {
    const xml = publicAccessDefinition.toRaw(model, 'xml');
    expect(xml).toContain('<PublicAccessBlockConfiguration');
    expect(xml).toContain('<BlockPublicAcls>true</BlockPublicAcls>');
    expect(xml).toContain('<IgnorePublicAcls>false</IgnorePublicAcls>');
    expect(publicAccessDefinition.fromRaw(xml, 'xml')).toEqual({ ok: true, model });
    const json = publicAccessDefinition.toRaw(model, 'json');
    expect(JSON.parse(json)).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: false,
    });
    expect(publicAccessDefinition.fromRaw(json, 'json')).toEqual({ ok: true, model });
  });

  it('reads a setting left out as off, as S3 does', () => {
    const xml =
      '<PublicAccessBlockConfiguration><BlockPublicPolicy>true</BlockPublicPolicy></PublicAccessBlockConfiguration>';
    expect(publicAccessDefinition.fromRaw(xml, 'xml')).toEqual({
      ok: true,
      model: {
        blockPublicAcls: false,
        ignorePublicAcls: false,
        blockPublicPolicy: true,
        restrictPublicBuckets: false,
      },
    });
  });

  it('refuses a setting that is not true or false, naming it and its line', () => {
    const xml = [
      '<PublicAccessBlockConfiguration>',
      '  <BlockPublicAcls>yes</BlockPublicAcls>',
      '</PublicAccessBlockConfiguration>',
    ].join('\n');
    expect(publicAccessDefinition.fromRaw(xml, 'xml')).toEqual({
      ok: false,
      problems: [{ line: undefined, message: 'BlockPublicAcls must be true or false.' }],
    });
    const json = '{\n  "BlockPublicAcls": "true"\n}';
    expect(publicAccessDefinition.fromRaw(json, 'json')).toEqual({
      ok: false,
      problems: [{ line: undefined, message: 'BlockPublicAcls must be true or false.' }],
    });
    expect(publicAccessDefinition.fromRaw('{"BlockEverything": true}', 'json')).toMatchObject({
      ok: false,
      problems: [{ message: 'Unknown field "BlockEverything".' }],
    });
  });

  it('starts a new block with every setting on, as AWS does for new buckets', () => {
    const context = { provider: 'ceph' as const, bucket: 'b' };
    expect(publicAccessDefinition.emptyModel(context)).toEqual({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
    expect(publicAccessDefinition.validate(model, context)).toEqual({});
  });
});
