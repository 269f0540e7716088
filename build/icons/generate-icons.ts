// Renders build/icons/holdall.svg to every icon the installers use, in Debian's Chromium:
//   npm run icons
// The outputs are committed; icons.test.ts fails when the SVG changed and they were not redone.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/fixtures/chromium.js';
import { ICNS_TYPES, ICO_SIZES, PNG_SIZES, encodeIcns, encodeIco } from './icon-containers.js';
import type { IconImage } from './icon-containers.js';

export const ICONS_DIR = import.meta.dirname;
export const SOURCE_SVG = join(ICONS_DIR, 'holdall.svg');
/** The SHA-256 of the SVG the committed icons were rendered from. */
export const SOURCE_HASH_FILE = join(ICONS_DIR, 'holdall.svg.sha256');

export function pngPath(size: number): string {
  return join(ICONS_DIR, 'png', `${size}x${size}.png`);
}

export function svgHash(svg: Buffer): string {
  return createHash('sha256').update(svg).digest('hex');
}

async function render(svg: Buffer): Promise<IconImage[]> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    const images: IconImage[] = [];
    for (const size of PNG_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}"></body>`,
      );
      // setContent resolves on the load event, after the image has loaded.
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      images.push({ size, png });
      await page.close();
    }
    return images;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const svg = await readFile(SOURCE_SVG);
  const images = await render(svg);
  const bySize = new Map(images.map((image) => [image.size, image.png]));
  const png = (size: number): Buffer => {
    const image = bySize.get(size);
    if (image === undefined) throw new Error(`No ${size} px rendering`);
    return image;
  };
  await mkdir(join(ICONS_DIR, 'png'), { recursive: true });
  for (const { size, png: image } of images) await writeFile(pngPath(size), image);
  await writeFile(
    join(ICONS_DIR, 'icon.ico'),
    encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))),
  );
  await writeFile(
    join(ICONS_DIR, 'icon.icns'),
    encodeIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: png(size) }))),
  );
  await writeFile(SOURCE_HASH_FILE, `${svgHash(svg)}\n`);
  console.log(`Rendered ${images.length} sizes, icon.ico and icon.icns into ${ICONS_DIR}`);
}

if (process.argv[1] === import.meta.filename) await main();
