import { z } from 'zod';

export const corsMethods = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'] as const;
export const corsMethodSchema = z.enum(corsMethods);
export type CorsMethod = z.infer<typeof corsMethodSchema>;

/** AWS's limit; a CORS configuration is also capped at 64 KB of XML. */
export const CORS_MAX_RULES = 100;

const headerName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(256)
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a header name (or "*")');

export const corsRuleSchema = z
  .object({
    id: z.string().trim().min(1).max(255).optional(),
    /** Origins such as "https://app.example"; one "*" wildcard each is allowed. */
    allowedOrigins: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'must not be empty')
          .max(1024)
          .refine((origin) => origin.split('*').length <= 2, 'may hold at most one "*"'),
      )
      .min(1, 'needs at least one origin'),
    allowedMethods: z.array(corsMethodSchema).min(1, 'needs at least one method'),
    /** Request headers a preflight may ask for; "*" allows any. One "*" each, as S3 takes. */
    allowedHeaders: z
      .array(headerName.refine((name) => name.split('*').length <= 2, 'may hold at most one "*"'))
      .default([]),
    /** Response headers the browser may show to scripts, e.g. ETag. */
    exposeHeaders: z.array(headerName).default([]),
    /** How long a browser may cache the preflight answer. */
    maxAgeSeconds: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .strict();
export type CorsRule = z.infer<typeof corsRuleSchema>;

export const corsConfigSchema = z
  .object({
    rules: z
      .array(corsRuleSchema)
      .min(1, 'needs at least one rule (delete the configuration to remove all)')
      .max(CORS_MAX_RULES, `at most ${CORS_MAX_RULES} rules`),
  })
  .strict();
export type CorsConfig = z.infer<typeof corsConfigSchema>;
