import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bucketSession } from './fixtures/bucket-session.js';
import type { HoldallApp } from './pages/holdall-app.js';
import { TransfersPage } from './pages/transfers.js';
import type { PageFile } from './pages/transfers.js';

// What a dropped file's name decides on the server: its key, and the Content-Type a browser
// shows it by. Checked with a plain SDK client against RGW.

const session = bucketSession('names');
const { admin } = session;

async function openBucket(page: Page): Promise<{ app: HoldallApp; transfers: TransfersPage }> {
  // The object list only renders its grid (the drop target) when the bucket has something in it.
  await session.put('slash.txt', 'the other file');
  return { app: await session.open(page), transfers: new TransfersPage(page) };
}

const file = (name: string, content: string | Buffer): PageFile => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

async function stored(key: string): Promise<{ type: string | undefined; text: string }> {
  const out = await admin.send(new GetObjectCommand({ Bucket: session.bucketName(), Key: key }));
  return { type: out.ContentType, text: (await out.Body?.transformToString()) ?? '' };
}

test('dropped files are stored with the Content-Type their names imply', async ({ page }) => {
  const { app, transfers } = await openBucket(page);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  await transfers.dropFiles(app.objects, [
    file('index.html', '<!doctype html><title>Hi</title><p>héllo</p>'),
    file('logo.png', png),
    file('data.json', '{"a": 1}'),
  ]);

  await transfers.expand();
  await transfers.expectDone('3 items');
  const types = await Promise.all(
    ['index.html', 'logo.png', 'data.json'].map(async (Key) => {
      const head = await admin.send(new HeadObjectCommand({ Bucket: session.bucketName(), Key }));
      return head.ContentType;
    }),
  );
  expect(types).toEqual(['text/html; charset=utf-8', 'image/png', 'application/json']);
});

test('a dropped back\\slash.txt is stored under its whole name, beside slash.txt', async ({
  page,
}) => {
  const { app, transfers } = await openBucket(page);
  await transfers.dropFiles(app.objects, [file('back\\slash.txt', 'the dropped file')]);

  await transfers.expand();
  await transfers.expectDone('back\\slash.txt');
  await expect(transfers.job('back\\slash.txt')).toContainText(
    `to ${session.bucketName()}/back\\slash.txt`,
  );
  await expect(app.row('back\\slash.txt')).toBeVisible();
  expect(await stored('back\\slash.txt')).toEqual({
    type: 'text/plain; charset=utf-8',
    text: 'the dropped file',
  });
  expect((await stored('slash.txt')).text).toBe('the other file');
});
