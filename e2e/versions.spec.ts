import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { configSession } from './fixtures/config-session.js';
import { createVersionedBucket } from './fixtures/versioned-bucket.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';

const session = configSession();

async function versionedBucket(label: string): Promise<string> {
  const made = await createVersionedBucket(session.admin, label);
  session.cleanup(() => made.remove());
  return made.name;
}

async function put(bucket: string, key: string, body: string): Promise<string> {
  const out = await session.admin.send(
    new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }),
  );
  return out.VersionId ?? 'null';
}

async function latestBody(bucket: string, key: string): Promise<string> {
  const out = await session.admin.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return (await out.Body?.transformToString()) ?? '';
}

async function versionIds(bucket: string, key: string): Promise<string[]> {
  const out = await session.admin.send(
    new ListObjectVersionsCommand({ Bucket: bucket, Prefix: key }),
  );
  return [...(out.Versions ?? []), ...(out.DeleteMarkers ?? [])]
    .filter((v) => v.Key === key)
    .map((v) => v.VersionId ?? '');
}

async function openVersions(page: Page, bucket: string, toggle = 'Show versions') {
  const app = new HoldallApp(page);
  await app.openConnection('RGW');
  await app.openBucket(bucket);
  await page.getByRole('button', { name: toggle }).click();
  await expect(page.getByRole('button', { name: toggle })).toHaveAttribute('aria-pressed', 'true');
}

/** Waits for the clock (a state, not a fixed sleep) so versions get times a second apart. */
async function clockPast(ms: number): Promise<void> {
  await expect.poll(() => Date.now(), { intervals: [100] }).toBeGreaterThan(ms);
}

const versionsGrid = (page: Page) => page.getByRole('grid', { name: 'Versions' });
const actions = (page: Page) => page.getByRole('group', { name: /^Actions for / });

test('versions: undelete a deleted object, restore an old version, delete one for good', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const bucket = await versionedBucket('versions-ui');
  const v1 = await put(bucket, 'report.txt', 'first draft');
  const v2 = await put(bucket, 'report.txt', 'second draft');
  await session.admin.send(
    new PutObjectTaggingCommand({
      Bucket: bucket,
      Key: 'report.txt',
      VersionId: v1,
      Tagging: { TagSet: [{ Key: 'stage', Value: 'draft' }] },
    }),
  );
  await put(bucket, 'gone.txt', 'bye');
  const marker = await session.admin.send(
    new DeleteObjectCommand({ Bucket: bucket, Key: 'gone.txt' }),
  );

  await openVersions(page, bucket);
  const grid = versionsGrid(page);
  // Never listed unasked: the object list showed first, and the deleted object was not in it.
  await expect(grid.getByRole('row', { name: 'gone.txt · Deleted · 2 versions' })).toBeVisible();
  await expect(grid.getByRole('row', { name: 'report.txt · 2 versions' })).toBeVisible();
  await expect(page.getByTestId('versions-footer')).toHaveText('4 versions');
  await expectAccessible(page, 'versions list');
  await screenshotBothSchemes(page, testInfo, 'versions-list');

  // Undelete: the delete marker goes and the object is back.
  await grid
    .getByRole('row', { name: `gone.txt · ${marker.VersionId} · Delete marker · Latest` })
    .click();
  await actions(page).getByRole('button', { name: 'Undelete' }).click();
  const undelete = page.getByRole('dialog', { name: 'Undelete gone.txt?' });
  await undelete.getByRole('button', { name: 'Undelete' }).click();
  await expect(undelete).toBeHidden();
  await expect(grid.getByRole('row', { name: 'gone.txt · 1 version' })).toBeVisible();
  expect(await latestBody(bucket, 'gone.txt')).toBe('bye');

  // Properties of one version, with that version's tags.
  await grid.getByRole('row', { name: `report.txt · ${v1} · Noncurrent` }).click();
  await actions(page).getByRole('button', { name: 'Properties' }).click();
  const properties = page.getByRole('dialog', { name: 'Properties of report.txt (version)' });
  await expect(properties.getByTestId('version-tags')).toHaveText('stage=draft');
  await expectAccessible(page, 'version properties');
  await properties.getByRole('button', { name: 'Close' }).click();

  // Preview and a share link show and serve that version's bytes, not the latest.
  await actions(page).getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'report.txt (version)' });
  await expect(preview.getByText('first draft')).toBeVisible();
  await preview.getByRole('button', { name: 'Close' }).click();
  await actions(page).getByRole('button', { name: 'Share link' }).click();
  const share = page.getByRole('dialog', { name: 'Share report.txt' });
  await share.getByRole('button', { name: 'Create link' }).click();
  const link = await share.getByTestId('share-url').inputValue();
  expect(link).toContain(`versionId=${encodeURIComponent(v1)}`);
  expect(await (await fetch(link)).text()).toBe('first draft');
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();

  // Restore: the old version is copied to be the latest; both older versions stay.
  await actions(page).getByRole('button', { name: 'Restore' }).click();
  const restore = page.getByRole('dialog', { name: 'Restore report.txt?' });
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore).toBeHidden();
  await expect(grid.getByRole('row', { name: 'report.txt · 3 versions' })).toBeVisible();
  expect(await latestBody(bucket, 'report.txt')).toBe('first draft');

  // Delete permanently, after a confirmation that says it cannot be undone.
  await grid.getByRole('row', { name: `report.txt · ${v2} · Noncurrent` }).click();
  await actions(page).getByRole('button', { name: 'Delete permanently' }).click();
  const remove = page.getByRole('dialog', {
    name: 'Delete this version of report.txt permanently?',
  });
  await expect(remove.getByText('This cannot be undone.')).toBeVisible();
  await expectAccessible(page, 'delete a version');
  await screenshotBothSchemes(page, testInfo, 'versions-delete');
  await remove.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(remove).toBeHidden();
  await expect(grid.getByRole('row', { name: `report.txt · ${v2} · Noncurrent` })).toHaveCount(0);
  expect(await versionIds(bucket, 'report.txt')).not.toContain(v2);
  expect(await versionIds(bucket, 'report.txt')).toContain(v1);

  // Switched off, the object list is back.
  await page.getByRole('button', { name: 'Show versions' }).click();
  await expect(new HoldallApp(page).row('gone.txt')).toBeVisible();
});

test('versions: the folder as it was at a time, from which an object is restored', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const bucket = await versionedBucket('versions-asof');
  const a1 = await put(bucket, 'a.txt', 'a one');
  const b1 = await put(bucket, 'b.txt', 'b one');
  // The moment to look back at: a second after those writes and a second before the next.
  const written = Date.now();
  await clockPast(written + 1100);
  const instant = new Date();
  await clockPast(instant.getTime() + 1100);
  await put(bucket, 'a.txt', 'a two');
  await session.admin.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'b.txt' }));
  await put(bucket, 'later.txt', 'not yet');

  await openVersions(page, bucket);
  await page.getByRole('radio', { name: 'As it was at' }).check();
  // The picker takes local time; the page's own clock turns the instant into it.
  const local = await page.evaluate((ms) => {
    const d = new Date(ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, instant.getTime());
  await page.getByLabel('Date and time').fill(local);
  const grid = versionsGrid(page);
  await expect(grid.getByRole('row', { name: `a.txt · ${a1} · Noncurrent` })).toBeVisible();
  await expect(grid.getByRole('row', { name: `b.txt · ${b1} · Noncurrent` })).toBeVisible();
  await expect(grid.getByRole('row', { name: /^later\.txt/ })).toHaveCount(0);
  await expect(page.getByTestId('versions-footer')).toHaveText('2 objects');
  await expectAccessible(page, 'versions: as it was at');
  await screenshotBothSchemes(page, testInfo, 'versions-as-of');

  await grid.getByRole('row', { name: `b.txt · ${b1} · Noncurrent` }).click();
  await actions(page).getByRole('button', { name: 'Restore' }).click();
  await page
    .getByRole('dialog', { name: 'Restore b.txt?' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Restore b.txt?' })).toBeHidden();
  expect(await latestBody(bucket, 'b.txt')).toBe('b one');
});

test('versions speak Simplified Chinese', async ({ page }) => {
  const bucket = await versionedBucket('versions-zh');
  await put(bucket, 'a.txt', 'x');
  await session.admin.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'a.txt' }));
  await new LanguagesPage(page).choose('简体中文');
  const tree = page.getByRole('navigation', { name: '连接' });
  await tree.getByRole('treeitem', { name: 'RGW', exact: true }).click();
  await tree.getByRole('treeitem', { name: bucket, exact: true }).click();
  await page.getByRole('button', { name: '显示版本' }).click();
  const grid = page.getByRole('grid', { name: '版本' });
  await expect(grid.getByRole('row', { name: 'a.txt · 已删除 · 2 个版本' })).toBeVisible();
  await grid.getByRole('row', { name: /删除标记 · 最新$/ }).click();
  await page.getByRole('button', { name: '撤销删除' }).click();
  await expect(page.getByRole('dialog', { name: '撤销删除 a.txt？' })).toBeVisible();
  await expectAccessible(page, 'versions (zh-CN)');
});

test('versions are paged: a thousand at a time, the next page only when scrolled to', async ({
  page,
}) => {
  const bucket = await versionedBucket('versions-pages');
  await put(bucket, 'a.txt', 'a');
  // A thousand delete markers in one request: deleting keys that are not there makes them.
  const keys = Array.from({ length: 1000 }, (_, i) => ({ Key: `k${String(i).padStart(4, '0')}` }));
  await session.admin.send(
    new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }),
  );
  await openVersions(page, bucket);
  const footer = page.getByTestId('versions-footer');
  await expect(footer).toHaveText('1,000 versions loaded · scroll for more');
  const grid = versionsGrid(page);
  await grid.getByRole('row', { name: 'a.txt · 1 version' }).click();
  await page.keyboard.press('End');
  await expect(footer).toHaveText('1,001 versions');
  await expect(grid.getByRole('row', { name: 'k0999 · Deleted · 1 version' })).toBeVisible();
});
