import { describe, expect, it } from 'vitest';
import { corsConfigSchema } from '../../../../../../shared/domain/config/cors.js';
import { corsCodec } from '../cors/cors-document.js';
import { s3RawParts, schemaErrors } from './s3-definition.js';

const raw = s3RawParts(corsCodec, corsConfigSchema, {
  rules: 'CORSRules',
  allowedOrigins: 'AllowedOrigins',
  allowedMethods: 'AllowedMethods',
  maxAgeSeconds: 'MaxAgeSeconds',
});

const xml = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>https://a.example</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
  </CORSRule>
  <CORSRule>
    <AllowedMethod>PATCH</AllowedMethod>
  </CORSRule>
</CORSConfiguration>`;

describe('raw parts of an S3 document kind', () => {
  it('places schema problems on their XML lines, named as S3 names them', () => {
    const parsed = raw.fromRaw(xml, 'xml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      // No <AllowedOrigin> at all: the rule's own line.
      { line: 6, message: 'CORSRules.1.AllowedOrigins: needs at least one origin' },
      { line: 7, message: expect.stringMatching(/^CORSRules\.1\.AllowedMethods\.0: /) as unknown },
    ]);
  });

  it('places a model field on its JSON line', () => {
    const json = raw.toRaw(
      {
        rules: [
          { allowedOrigins: ['*'], allowedMethods: ['GET'], allowedHeaders: [], exposeHeaders: [] },
          {
            allowedOrigins: ['https://b.example'],
            allowedMethods: ['PUT'],
            allowedHeaders: [],
            exposeHeaders: [],
            maxAgeSeconds: 5,
          },
        ],
      },
      'json',
    );
    const lines = json.split('\n');
    const line = raw.rawLine(json, 'json', 'rules.1.maxAgeSeconds');
    expect(lines[(line ?? 0) - 1]).toContain('"MaxAgeSeconds": 5');
    const xmlText = raw.toRaw(
      {
        rules: [
          { allowedOrigins: ['*'], allowedMethods: ['GET'], allowedHeaders: [], exposeHeaders: [] },
          {
            allowedOrigins: ['x', 'y'],
            allowedMethods: ['PUT'],
            allowedHeaders: [],
            exposeHeaders: [],
          },
        ],
      },
      'xml',
    );
    const xmlLine = raw.rawLine(xmlText, 'xml', 'rules.1.allowedOrigins.1');
    expect(xmlText.split('\n')[(xmlLine ?? 0) - 1]).toContain('<AllowedOrigin>y</AllowedOrigin>');
  });

  it('reads a valid document into the model', () => {
    const parsed = raw.fromRaw(
      xml
        .replace('PATCH', 'PUT')
        .replace(
          '<CORSRule>\n    <AllowedMethod>PUT',
          '<CORSRule>\n    <AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT',
        ),
      'xml',
    );
    expect(parsed).toMatchObject({ ok: true, model: { rules: [{}, { allowedMethods: ['PUT'] }] } });
  });

  it('says where a syntax error is', () => {
    expect(raw.fromRaw('{"CORSRules": [}', 'json')).toEqual({
      ok: false,
      problems: [{ line: 1, message: expect.stringMatching(/^Column \d+: /) as unknown }],
    });
  });

  it('answers field errors keyed by model path', () => {
    expect(schemaErrors(corsConfigSchema, { rules: [] })).toEqual({
      rules: 'needs at least one rule (delete the configuration to remove all)',
    });
  });
});
