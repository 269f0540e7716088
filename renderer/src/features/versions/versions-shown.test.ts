import { afterEach, describe, expect, it } from 'vitest';
import { setVersionsShownIn, versionsShownIn } from './versions-shown.js';

afterEach(() => setVersionsShownIn(null));

describe('versionsShownIn', () => {
  it('is true only for the bucket whose list shows versions, and false once it stops', () => {
    expect(versionsShownIn('photos')).toBe(false);
    setVersionsShownIn('photos');
    expect(versionsShownIn('photos')).toBe(true);
    expect(versionsShownIn('other')).toBe(false);
    setVersionsShownIn(null);
    expect(versionsShownIn('photos')).toBe(false);
  });
});
