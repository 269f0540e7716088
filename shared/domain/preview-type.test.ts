import { describe, expect, it } from 'vitest';
import { essence, extensionOf, previewTypeOf, servedMediaType } from './preview-type.js';

describe('previewTypeOf', () => {
  it('trusts a specific Content-Type over the name', () => {
    expect(previewTypeOf('photo.bin', 'image/png')).toEqual({
      kind: 'image',
      mediaType: 'image/png',
    });
    expect(previewTypeOf('data', 'application/json; charset=utf-8')).toEqual({
      kind: 'text',
      language: 'json',
    });
    expect(previewTypeOf('x', 'application/vnd.api+json')).toEqual({
      kind: 'text',
      language: 'json',
    });
    expect(previewTypeOf('doc', 'application/pdf')).toEqual({
      kind: 'pdf',
      mediaType: 'application/pdf',
    });
  });

  it('falls back to the extension when the type is generic or missing', () => {
    expect(previewTypeOf('a/b/Clip.WEBM', 'application/octet-stream')).toEqual({
      kind: 'video',
      mediaType: 'video/webm',
    });
    expect(previewTypeOf('song.wav', null)).toEqual({ kind: 'audio', mediaType: 'audio/wav' });
    expect(previewTypeOf('src/main.tsx', 'binary/octet-stream')).toEqual({
      kind: 'text',
      language: 'typescript',
    });
    expect(previewTypeOf('notes.txt', null)).toEqual({ kind: 'text', language: 'plain' });
    expect(previewTypeOf('Makefile', null)).toEqual({ kind: 'text', language: 'plain' });
  });

  it('shows HTML as text and SVG as an image, never as a page', () => {
    expect(previewTypeOf('index.html', 'text/html')).toEqual({ kind: 'text', language: 'html' });
    expect(previewTypeOf('logo.svg', null)).toEqual({ kind: 'image', mediaType: 'image/svg+xml' });
  });

  it('has no preview for unknown binaries', () => {
    expect(previewTypeOf('blob.dat', 'application/octet-stream')).toEqual({ kind: 'none' });
    expect(previewTypeOf('archive.zip', 'application/zip')).toEqual({ kind: 'none' });
  });
});

describe('servedMediaType', () => {
  it('never serves a page type from the media route', () => {
    expect(servedMediaType('evil.png', 'text/html')).toBe('application/octet-stream');
    expect(servedMediaType('evil.html', null)).toBe('application/octet-stream');
    expect(servedMediaType('evil', 'text/html\r\nSet-Cookie: x')).toBe('application/octet-stream');
    expect(servedMediaType('ok.png', 'image/png')).toBe('image/png');
    expect(servedMediaType('ok.pdf', null)).toBe('application/pdf');
  });
});

describe('essence and extensionOf', () => {
  it('normalise what they are given', () => {
    expect(essence(' Image/PNG ; q=1')).toBe('image/png');
    expect(essence('nonsense')).toBeNull();
    expect(extensionOf('dir.d/file')).toBe('file');
    expect(extensionOf('a/b.tar.GZ')).toBe('gz');
  });
});
