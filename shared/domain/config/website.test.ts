import { describe, expect, it } from 'vitest';
import { websiteConfigSchema } from './website.js';

const problems = (value: unknown): string[] => {
  const result = websiteConfigSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('website configuration', () => {
  it('takes an index document with optional error document and routing rules', () => {
    expect(problems({ indexDocument: 'index.html' })).toEqual([]);
    expect(websiteConfigSchema.parse({ indexDocument: 'index.html' }).routingRules).toEqual([]);
    expect(
      problems({
        indexDocument: 'index.html',
        errorDocument: 'error.html',
        routingRules: [
          {
            condition: { httpErrorCodeReturnedEquals: 404 },
            redirect: {
              hostName: 'example.com',
              replaceKeyWith: 'gone.html',
              httpRedirectCode: 302,
            },
          },
        ],
      }),
    ).toEqual([]);
  });

  it('takes a redirect of all requests on its own', () => {
    expect(
      problems({ redirectAllRequestsTo: { hostName: 'example.com', protocol: 'https' } }),
    ).toEqual([]);
  });

  it('refuses a redirect of all requests mixed with anything else', () => {
    expect(
      problems({
        redirectAllRequestsTo: { hostName: 'example.com' },
        indexDocument: 'index.html',
        routingRules: [{ redirect: { protocol: 'https' } }],
      }),
    ).toEqual([
      'indexDocument: must be left out when all requests are redirected',
      'routingRules: must be left out when all requests are redirected',
    ]);
  });

  it('needs an index document unless all requests are redirected', () => {
    expect(problems({})).toEqual(['indexDocument: is required unless all requests are redirected']);
    expect(problems({ indexDocument: 'dir/index.html' })).toEqual([
      'indexDocument: must not contain "/"',
    ]);
  });

  it('checks routing rules', () => {
    const rule = (r: unknown): string[] => problems({ indexDocument: 'i.html', routingRules: [r] });
    expect(rule({ redirect: { replaceKeyPrefixWith: 'a/', replaceKeyWith: 'b' } })).toEqual([
      'routingRules.0.redirect: may replace the key prefix or the whole key, not both',
    ]);
    // Servers store an empty <Redirect/> (another client may write one): it must be writable back.
    expect(rule({ redirect: {} })).toEqual([]);
    expect(rule({ condition: {}, redirect: { protocol: 'https' } })).toHaveLength(1);
    expect(rule({ redirect: { httpRedirectCode: 200 } })).toHaveLength(1);
    expect(
      rule({ condition: { httpErrorCodeReturnedEquals: 200 }, redirect: { protocol: 'http' } }),
    ).toHaveLength(1);
  });
});
