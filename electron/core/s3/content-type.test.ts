import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './content-type.js';

describe('contentTypeFor', () => {
  it.each([
    ['site/index.html', 'text/html; charset=utf-8'],
    ['a/b/photo.PNG', 'image/png'],
    ['data.json', 'application/json'],
    ['style.css', 'text/css; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['notes.txt', 'text/plain; charset=utf-8'],
    ['report.pdf', 'application/pdf'],
    ['archive.tar.gz', 'application/gzip'],
  ])('%s is stored as %s', (key, type) => {
    expect(contentTypeFor(key)).toBe(type);
  });

  it.each([
    'blob.unknownext',
    'README',
    // A name that happens to be an extension is not typed by it.
    'json',
    'folder.html/data',
    '.bashrc',
    '.html',
    'trailing.',
    'back\\slash',
  ])('%s is binary', (key) => {
    expect(contentTypeFor(key)).toBe('application/octet-stream');
  });
});
