import { z } from 'zod';

export const websiteProtocolSchema = z.enum(['http', 'https']);
export type WebsiteProtocol = z.infer<typeof websiteProtocolSchema>;

const hostName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(253)
  .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, 'is not a host name');
const keyText = z.string().min(1, 'must not be empty').max(1024);

export const routingConditionSchema = z
  .object({
    /** Applies to keys that start with this, e.g. "docs/". */
    keyPrefixEquals: keyText.optional(),
    /** Applies when serving the object failed with this status, e.g. 404. */
    httpErrorCodeReturnedEquals: z.number().int().min(400).max(599).optional(),
  })
  .strict()
  .refine(
    (c) => c.keyPrefixEquals !== undefined || c.httpErrorCodeReturnedEquals !== undefined,
    'needs a key prefix or an error code (or leave the condition out)',
  );
export type RoutingCondition = z.infer<typeof routingConditionSchema>;

export const routingRedirectSchema = z
  .object({
    hostName: hostName.optional(),
    protocol: websiteProtocolSchema.optional(),
    /** Replaces the matched `keyPrefixEquals` part of the key. */
    replaceKeyPrefixWith: z.string().max(1024).optional(),
    /** Replaces the whole key. */
    replaceKeyWith: z.string().max(1024).optional(),
    httpRedirectCode: z.number().int().min(300).max(399).optional(),
  })
  .strict()
  // An empty redirect is allowed: S3 servers store `<Redirect/>` (another client may write it),
  // and a configuration read from the server must be one Holdall can write back.
  .refine(
    (r) => r.replaceKeyPrefixWith === undefined || r.replaceKeyWith === undefined,
    'may replace the key prefix or the whole key, not both',
  );
export type RoutingRedirect = z.infer<typeof routingRedirectSchema>;

export const routingRuleSchema = z
  .object({
    /**
     * Without a condition the rule applies to every request. An empty `<Condition/>` means the
     * same (RGW writes one into every rule), so it is read as no condition.
     */
    condition: routingConditionSchema.optional(),
    redirect: routingRedirectSchema,
  })
  .strict();
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const redirectAllSchema = z
  .object({ hostName, protocol: websiteProtocolSchema.optional() })
  .strict();
export type RedirectAll = z.infer<typeof redirectAllSchema>;

/**
 * Static website hosting. Either the bucket serves its objects (index document,
 * optional error document and routing rules) or it redirects every request
 * elsewhere (`redirectAllRequestsTo`), never both: S3 refuses the mix.
 */
export const websiteConfigSchema = z
  .object({
    /** Served for requests that end in "/", e.g. "index.html"; no slashes. */
    indexDocument: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(1024)
      .regex(/^[^/]+$/, 'must not contain "/"')
      .optional(),
    /** Key of the object served for 4xx errors, e.g. "error.html". */
    errorDocument: keyText.optional(),
    routingRules: z.array(routingRuleSchema).max(50, 'at most 50 routing rules').default([]),
    redirectAllRequestsTo: redirectAllSchema.optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.redirectAllRequestsTo !== undefined) {
      const others = [
        w.indexDocument !== undefined && 'indexDocument',
        w.errorDocument !== undefined && 'errorDocument',
        w.routingRules.length > 0 && 'routingRules',
      ].filter((name) => name !== false);
      for (const name of others) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'must be left out when all requests are redirected',
        });
      }
    } else if (w.indexDocument === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['indexDocument'],
        message: 'is required unless all requests are redirected',
      });
    }
  });
export type WebsiteConfig = z.infer<typeof websiteConfigSchema>;
