import { describe, expect, it } from 'vitest';
import { preflightRefusal } from './cors-preflight.js';

const request = {
  origin: 'https://app.example',
  method: 'PUT' as const,
  requestHeaders: ['Content-Type'],
};

function answer(headers: Record<string, string>) {
  return (name: string) => headers[name];
}

describe('judging a preflight answer as a browser would', () => {
  it('accepts the echoed origin with the method and header allowed', () => {
    const ok = answer({
      'access-control-allow-origin': 'https://app.example',
      'access-control-allow-methods': 'GET, PUT',
      'access-control-allow-headers': 'content-type',
    });
    expect(preflightRefusal(request, 200, ok)).toBeUndefined();
  });

  it('accepts "*" for origin, methods and headers', () => {
    const any = answer({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': '*',
      'access-control-allow-headers': '*',
    });
    expect(preflightRefusal(request, 204, any)).toBeUndefined();
  });

  it('names what a browser would refuse', () => {
    expect(preflightRefusal(request, 403, answer({}))).toBe('status');
    expect(preflightRefusal(request, 200, answer({}))).toBe('origin');
    const otherOrigin = answer({ 'access-control-allow-origin': 'https://else.example' });
    expect(preflightRefusal(request, 200, otherOrigin)).toBe('origin');
    const getOnly = answer({
      'access-control-allow-origin': 'https://app.example',
      'access-control-allow-methods': 'GET',
    });
    expect(preflightRefusal(request, 200, getOnly)).toBe('method');
    const noHeaders = answer({
      'access-control-allow-origin': 'https://app.example',
      'access-control-allow-methods': 'PUT',
    });
    expect(preflightRefusal(request, 200, noHeaders)).toBe('headers');
    // GET is a simple method: browsers do not need it listed.
    expect(
      preflightRefusal({ ...request, method: 'GET', requestHeaders: [] }, 200, getOnly),
    ).toBeUndefined();
  });
});
