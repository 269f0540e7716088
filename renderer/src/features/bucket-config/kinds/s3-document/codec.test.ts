import { describe, expect, it } from 'vitest';
import { corsConfigSchema } from '../../../../../../shared/domain/config/cors.js';
import type { CorsConfig } from '../../../../../../shared/domain/config/cors.js';
import { corsCodec } from '../cors/cors-document.js';
import { checkWithSchema } from '../validation/field-issues.js';
import { modelToText, textToDraft } from './codec.js';

const cors: CorsConfig = {
  rules: [
    {
      id: 'app',
      allowedOrigins: ['https://app.example', 'https://*.example'],
      allowedMethods: ['GET', 'PUT'],
      allowedHeaders: ['*'],
      exposeHeaders: ['ETag'],
      maxAgeSeconds: 600,
    },
    { allowedOrigins: ['*'], allowedMethods: ['HEAD'], allowedHeaders: [], exposeHeaders: [] },
  ],
};

describe('raw CORS text', () => {
  it('writes XML as S3 does, with repeated elements and its namespace', () => {
    expect(modelToText(corsCodec, cors, 'xml')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
        '  <CORSRule>',
        '    <ID>app</ID>',
        '    <AllowedHeader>*</AllowedHeader>',
        '    <AllowedMethod>GET</AllowedMethod>',
        '    <AllowedMethod>PUT</AllowedMethod>',
        '    <AllowedOrigin>https://app.example</AllowedOrigin>',
        '    <AllowedOrigin>https://*.example</AllowedOrigin>',
        '    <ExposeHeader>ETag</ExposeHeader>',
        '    <MaxAgeSeconds>600</MaxAgeSeconds>',
        '  </CORSRule>',
        '  <CORSRule>',
        '    <AllowedMethod>HEAD</AllowedMethod>',
        '    <AllowedOrigin>*</AllowedOrigin>',
        '  </CORSRule>',
        '</CORSConfiguration>',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON as the AWS CLI does', () => {
    expect(JSON.parse(modelToText(corsCodec, cors, 'json'))).toEqual({
      CORSRules: [
        {
          ID: 'app',
          AllowedHeaders: ['*'],
          AllowedMethods: ['GET', 'PUT'],
          AllowedOrigins: ['https://app.example', 'https://*.example'],
          ExposeHeaders: ['ETag'],
          MaxAgeSeconds: 600,
        },
        { AllowedMethods: ['HEAD'], AllowedOrigins: ['*'] },
      ],
    });
  });

  it.each(['xml', 'json'] as const)('reads its own %s back to the same model', (format) => {
    const draft = textToDraft(corsCodec, modelToText(corsCodec, cors, format), format);
    expect(draft).toEqual({ ok: true, value: cors });
    expect(checkWithSchema(corsConfigSchema, draft.ok ? draft.value : null)).toEqual({
      ok: true,
      value: cors,
    });
  });

  it('reads XML without a declaration or namespace, with comments and entities', () => {
    const xml = `<CORSConfiguration>
      <!-- the app -->
      <CORSRule><AllowedOrigin>https://a.example/?x=1&amp;y=2</AllowedOrigin>
        <AllowedMethod>GET</AllowedMethod><MaxAgeSeconds> 30 </MaxAgeSeconds></CORSRule>
    </CORSConfiguration>`;
    expect(textToDraft(corsCodec, xml, 'xml')).toEqual({
      ok: true,
      value: {
        rules: [
          {
            allowedOrigins: ['https://a.example/?x=1&y=2'],
            allowedMethods: ['GET'],
            allowedHeaders: [],
            exposeHeaders: [],
            maxAgeSeconds: 30,
          },
        ],
      },
    });
  });

  it('names the line and column of an XML syntax error', () => {
    const result = textToDraft(
      corsCodec,
      '<CORSConfiguration>\n  <CORSRule>\n</CORSConfiguration>',
      'xml',
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'syntax', line: 3 } });
  });

  it('names the line of a JSON syntax error', () => {
    const result = textToDraft(corsCodec, '{\n  "CORSRules": [\n    {,}\n  ]\n}', 'json');
    expect(result).toMatchObject({ ok: false, problem: { code: 'syntax', line: 3, column: 6 } });
  });

  it('refuses an element S3 does not have, naming where it is', () => {
    const xml =
      '<CORSConfiguration><CORSRule><AllowedOrigins>x</AllowedOrigins></CORSRule></CORSConfiguration>';
    expect(textToDraft(corsCodec, xml, 'xml')).toEqual({
      ok: false,
      problem: { code: 'unknownField', name: 'AllowedOrigins', where: 'CORSRules[0]' },
    });
    expect(textToDraft(corsCodec, '{"CORSRules":[{"AllowedOrigin":["x"]}]}', 'json')).toEqual({
      ok: false,
      problem: { code: 'unknownField', name: 'AllowedOrigin', where: 'CORSRules[0]' },
    });
  });

  it('refuses another document and values of the wrong type', () => {
    expect(textToDraft(corsCodec, '<WebsiteConfiguration/>', 'xml')).toEqual({
      ok: false,
      problem: { code: 'wrongRoot', expected: 'CORSConfiguration', found: 'WebsiteConfiguration' },
    });
    const xml =
      '<CORSConfiguration><CORSRule><MaxAgeSeconds>soon</MaxAgeSeconds></CORSRule></CORSConfiguration>';
    expect(textToDraft(corsCodec, xml, 'xml')).toEqual({
      ok: false,
      problem: { code: 'notInteger', where: 'CORSRules[0].MaxAgeSeconds' },
    });
    expect(textToDraft(corsCodec, '{"CORSRules":{"ID":"x"}}', 'json')).toEqual({
      ok: false,
      problem: { code: 'notList', where: 'CORSRules' },
    });
    expect(textToDraft(corsCodec, '{"CORSRules":[{"MaxAgeSeconds":"600"}]}', 'json')).toEqual({
      ok: false,
      problem: { code: 'notInteger', where: 'CORSRules[0].MaxAgeSeconds' },
    });
    const twice =
      '<CORSConfiguration><CORSRule><ID>a</ID><ID>b</ID></CORSRule></CORSConfiguration>';
    expect(textToDraft(corsCodec, twice, 'xml')).toEqual({
      ok: false,
      problem: { code: 'repeated', where: 'CORSRules[0].ID' },
    });
  });

  it('leaves field errors to the shared schema, at the field the form shows', () => {
    const draft = textToDraft(
      corsCodec,
      '{"CORSRules":[{"AllowedOrigins":[],"AllowedMethods":["GET","PATCH"]}]}',
      'json',
    );
    expect(draft.ok).toBe(true);
    const checked = checkWithSchema(corsConfigSchema, draft.ok ? draft.value : null);
    expect(checked.ok).toBe(false);
    const paths = checked.ok ? [] : checked.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['rules.0.allowedOrigins', 'rules.0.allowedMethods.1']);
  });
});
