import type { CorsConfig } from '../../../../../../shared/domain/config/cors.js';
import type { DocumentCodec } from '../s3-document/codec.js';
import { flatList, integer, one, structure, text } from '../s3-document/shape.js';
import type { DocumentShape } from '../s3-document/shape.js';

/** `<CORSConfiguration>` / `{"CORSRules": [...]}` as in S3's API reference. */
export const corsDocument: DocumentShape = {
  root: 'CORSConfiguration',
  shape: structure({
    CORSRules: flatList(
      structure({
        ID: one(text),
        AllowedHeaders: flatList(text, 'AllowedHeader'),
        AllowedMethods: flatList(text, 'AllowedMethod'),
        AllowedOrigins: flatList(text, 'AllowedOrigin'),
        ExposeHeaders: flatList(text, 'ExposeHeader'),
        MaxAgeSeconds: one(integer),
      }),
      'CORSRule',
    ),
  }),
};

interface S3CorsRule {
  ID?: string;
  AllowedHeaders?: string[];
  AllowedMethods?: string[];
  AllowedOrigins?: string[];
  ExposeHeaders?: string[];
  MaxAgeSeconds?: number;
}

export const corsCodec: DocumentCodec<CorsConfig> = {
  document: corsDocument,
  toS3: (config) => ({
    CORSRules: config.rules.map((rule) => {
      const out: S3CorsRule = {};
      if (rule.id !== undefined) out.ID = rule.id;
      if (rule.allowedHeaders.length > 0) out.AllowedHeaders = rule.allowedHeaders;
      out.AllowedMethods = rule.allowedMethods;
      out.AllowedOrigins = rule.allowedOrigins;
      if (rule.exposeHeaders.length > 0) out.ExposeHeaders = rule.exposeHeaders;
      if (rule.maxAgeSeconds !== undefined) out.MaxAgeSeconds = rule.maxAgeSeconds;
      return out;
    }),
  }),
  fromS3: (json) => {
    const rules = ((json as { CORSRules?: S3CorsRule[] }).CORSRules ?? []).map((r) => ({
      ...(r.ID === undefined || r.ID === '' ? {} : { id: r.ID }),
      allowedOrigins: r.AllowedOrigins ?? [],
      allowedMethods: r.AllowedMethods ?? [],
      allowedHeaders: r.AllowedHeaders ?? [],
      exposeHeaders: r.ExposeHeaders ?? [],
      ...(r.MaxAgeSeconds === undefined ? {} : { maxAgeSeconds: r.MaxAgeSeconds }),
    }));
    return { rules };
  },
};
