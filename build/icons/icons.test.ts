import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ICNS_TYPES,
  ICO_SIZES,
  PNG_SIZES,
  decodeIcns,
  decodeIco,
  encodeIcns,
  encodeIco,
  pngSize,
} from './icon-containers.js';
import { ICONS_DIR, SOURCE_HASH_FILE, SOURCE_SVG, pngPath, svgHash } from './generate-icons.js';

const regenerate = 'run "npm run icons" and commit build/icons';

describe('the installer icons', () => {
  it('were rendered from the SVG as it is now', async () => {
    const recorded = (await readFile(SOURCE_HASH_FILE, 'utf8')).trim();
    expect(svgHash(await readFile(SOURCE_SVG)), `the SVG changed: ${regenerate}`).toBe(recorded);
  });

  it('has one square PNG of each size, named after it, and no other', async () => {
    const names = (await readdir(join(ICONS_DIR, 'png'))).sort();
    expect(names).toEqual(PNG_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const size of PNG_SIZES) {
      expect(pngSize(await readFile(pngPath(size))), `${size}x${size}.png`).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('packs those very PNGs into icon.ico (Windows) and icon.icns (macOS)', async () => {
    const ico = decodeIco(await readFile(join(ICONS_DIR, 'icon.ico')));
    expect(ico.map(({ size }) => size)).toEqual([...ICO_SIZES]);
    for (const { size, png } of ico) {
      expect(png.equals(await readFile(pngPath(size))), `${size} px in icon.ico`).toBe(true);
    }
    const icns = decodeIcns(await readFile(join(ICONS_DIR, 'icon.icns')));
    expect(icns.map(({ type }) => type)).toEqual(ICNS_TYPES.map(([type]) => type));
    for (const [index, [type, size]] of ICNS_TYPES.entries()) {
      const png = icns[index]?.png ?? Buffer.alloc(0);
      expect(png.equals(await readFile(pngPath(size))), `${type} in icon.icns`).toBe(true);
    }
  });

  it('writes ICO sizes of 256 as 0 and reads them back, and refuses a truncated ICNS', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000001000000010008060000', 'hex');
    const ico = encodeIco([{ size: 256, png }]);
    expect(ico.readUInt8(6)).toBe(0);
    expect(decodeIco(ico)).toEqual([{ size: 256, png }]);
    const icns = encodeIcns([{ type: 'ic08', png }]);
    expect(decodeIcns(icns)).toEqual([{ type: 'ic08', png }]);
    expect(() => decodeIcns(icns.subarray(0, icns.length - 1))).toThrow('Not an ICNS file');
  });
});
