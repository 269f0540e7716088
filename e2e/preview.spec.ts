import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bucketSession } from './fixtures/bucket-session.js';
import {
  recordWebm,
  samplePdf,
  samplePng,
  sampleText,
  sampleWav,
} from './fixtures/preview-samples.js';
import { expectStyledButtons } from './fixtures/styled-buttons.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { PreviewPage } from './pages/preview.js';

const session = bucketSession('preview');
const put = session.put;

async function openBucket(page: Page): Promise<PreviewPage> {
  await session.open(page);
  return new PreviewPage(page);
}

/** The byte ranges the page asked `objects.read` for, in order. */
function watchReads(page: Page): { start: number; end: number }[] {
  const reads: { start: number; end: number }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/invoke/objects.read')) {
      const { start, end } = request.postDataJSON() as { start: number; end: number };
      reads.push({ start, end });
    }
  });
  return reads;
}

test('an image, JSON and a PDF preview as a person sees them; ← → step through the folder', async ({
  page,
}, testInfo) => {
  const png = samplePng(64, 48);
  await put('photo.png', png, 'image/png');
  await put('data.json', '{"name":"holdall","tags":["s3","ceph"],"size":3}', 'application/json');
  // No type stored: the preview goes by the name.
  await put('doc.pdf', samplePdf(2));
  const ui = await openBucket(page);

  await test.step('Space on the image row shows the image; Space closes it', async () => {
    const dialog = await ui.openWithSpace('photo.png');
    const image = dialog.getByRole('img', { name: 'Image photo.png' });
    await expect(image).toBeVisible();
    await expect.poll(() => ui.imageWidth(image)).toBe(64);
    await expect(dialog.getByTestId('preview-size')).toHaveText(
      `${Math.round((png.length / 1024) * 10) / 10} KiB`,
    );
    await expect(dialog.getByTestId('preview-type')).toHaveText('image/png');
    await screenshotBothSchemes(page, testInfo, 'preview-image');
    await ui.closeWithSpace(dialog);
    await expect(ui.row('photo.png')).toBeFocused();
  });

  await test.step('the menu entry shows JSON formatted and highlighted', async () => {
    const dialog = await ui.openFromMenu('data.json');
    const code = ui.code(dialog);
    await expect(code.locator('.cm-line').nth(1)).toHaveText('  "name": "holdall",');
    await expect(code.locator('.cm-line')).toHaveCount(8);
    await expect(code.locator('.tok-propertyName').first()).toHaveText('"name"');
    await expect(code.locator('.tok-string').first()).toHaveText('"holdall"');
    await expect(code.locator('.cm-gutters')).toContainText('8');
    await expect(dialog.getByText('JSON shown formatted')).toBeVisible();
    await screenshotBothSchemes(page, testInfo, 'preview-json');

    await page.keyboard.press('ArrowRight');
    await expect(ui.dialog('doc.pdf')).toBeVisible();
  });

  await test.step('the PDF shows in Chromium’s viewer with both its pages', async () => {
    const dialog = ui.dialog('doc.pdf');
    await expect(dialog.locator('iframe[title="PDF doc.pdf"]')).toBeVisible();
    expect(await ui.pdfPageCount()).toBe(2);
    // The viewer titles the document after the file, not after the host's media route.
    expect(await ui.pdfTitle()).toBe('doc.pdf');
    await screenshotBothSchemes(page, testInfo, 'preview-pdf');
    await page.keyboard.press('ArrowLeft');
    await expect(ui.dialog('data.json')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ui.dialog('data.json')).toBeHidden();
  });
});

test('a 2 MiB text shows its first 256 KiB read by Range; Load more appends the next range', async ({
  page,
}) => {
  const chunk = 256 * 1024;
  await put('big.txt', sampleText(2 * 1024 * 1024, chunk), 'text/plain');
  const ui = await openBucket(page);
  const reads = watchReads(page);

  const dialog = await ui.openWithSpace('big.txt');
  const partial = dialog.getByTestId('preview-partial');
  await expect(partial).toHaveText('Too big to show whole — showing the first 256 KiB of 2 MiB');
  expect(reads).toEqual([{ start: 0, end: chunk - 1 }]);
  await ui.scrollCode(dialog, 1);
  const content = ui.code(dialog).locator('.cm-content');
  // The first range ends inside the "€": it waits for the rest instead of showing it broken.
  await expect(content).toContainText(`line 004095 ${'x'.repeat(51)}`);
  await expect(content).not.toContainText('\uFFFD');

  // Load more, Previous, Next and Close all wear Holdall's button styles.
  await expectStyledButtons(dialog);
  await dialog.getByRole('button', { name: 'Load more' }).click();
  await expect(partial).toHaveText('Too big to show whole — showing the first 512 KiB of 2 MiB');
  expect(reads).toEqual([
    { start: 0, end: chunk - 1 },
    { start: chunk, end: 2 * chunk - 1 },
  ]);
  await ui.scrollCode(dialog, 0.5);
  await expect(content).toContainText('x€ne 004096 xxx');
  await expect(content).not.toContainText('\uFFFD');
  await ui.scrollCode(dialog, 1);
  await expect(content).toContainText('line 008191 xxx');
});

test('audio and video stream by Range until their metadata loads; an unknown binary has no preview', async ({
  page,
}) => {
  await put('tone.wav', sampleWav(1));
  await put('clip.webm', await recordWebm(page));
  await put('blob.bin', Buffer.from([0, 1, 2, 3, 254, 255]), 'application/octet-stream');
  const ui = await openBucket(page);
  const ranges: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/media/')) ranges.push(request.headers().range ?? 'none');
  });

  const audioDialog = await ui.openWithSpace('tone.wav');
  const audio = audioDialog.locator('audio');
  await expect.poll(async () => (await ui.mediaState(audio)).readyState).toBeGreaterThanOrEqual(1);
  expect(Math.round((await ui.mediaState(audio)).duration)).toBe(1);
  expect(ranges[0]).toBe('bytes=0-');
  await page.keyboard.press('Escape');
  await expect(audioDialog).toBeHidden();

  const videoDialog = await ui.openFromMenu('clip.webm');
  const video = videoDialog.locator('video');
  await expect.poll(async () => (await ui.mediaState(video)).readyState).toBeGreaterThanOrEqual(1);
  expect(await video.evaluate((el: { videoWidth: number }) => el.videoWidth)).toBe(64);
  await page.keyboard.press('Escape');
  await expect(videoDialog).toBeHidden();

  const none = await ui.openFromMenu('blob.bin');
  await expect(none.getByTestId('preview-none')).toHaveText(
    /No preview for this type of file.*Download it/,
  );
  await expect(none.getByTestId('preview-type')).toHaveText('application/octet-stream');
  await page.keyboard.press('Escape');
  await expect(none).toBeHidden();

  // Gone since the list was read: the preview says so instead of showing nothing.
  await session.remove('tone.wav');
  const gone = await ui.openWithSpace('tone.wav');
  await expect(gone.getByRole('alert')).toContainText('The preview could not be loaded');
  await expect(gone.getByRole('alert')).toContainText('does not exist');
});

test('SVG shows as an image and HTML as highlighted source; the palette opens a preview', async ({
  page,
}) => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><script>window.ran=1</script>' +
    '<rect width="40" height="30" fill="teal"/></svg>';
  await put('shape.svg', svg, 'image/svg+xml');
  await put('page.html', '<p onclick="x()">Hi</p><script>window.ran=1</script>', 'text/html');
  const ui = await openBucket(page);

  const image = await ui.openWithSpace('shape.svg');
  await expect.poll(() => ui.imageWidth(image.getByRole('img'))).toBe(40);
  await ui.closeWithSpace(image);

  await ui.row('page.html').click();
  const palette = new CommandPalettePage(page);
  await palette.openWithKeyboard();
  await palette.run('preview', /^Preview the selected file/);
  const html = ui.dialog('page.html');
  await expect(ui.code(html).locator('.tok-typeName').first()).toHaveText('p');
  await expect(ui.code(html).locator('.cm-line').first()).toContainText('<script>');
});
