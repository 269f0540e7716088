import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { expectStyledButtons } from './fixtures/styled-buttons.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectActionsPage } from './pages/object-actions.js';

// The Copy / Move dialog's destination field, before and after a person changes it.

const admin = adminClient();
let host: RunningHost;
let bucket: TestBucket;

test.beforeEach(async () => {
  host = await startBrowserHost();
  bucket = await createTestBucket(admin, 'copy-dest');
  await bucket.put({ 'notes.txt': 'the notes', 'docs/guide.md': '# Guide' });
});

test.afterEach(async () => {
  await host.stop();
  await bucket.remove();
});

async function keys(prefix: string): Promise<string[]> {
  const page = await admin.send(new ListObjectsV2Command({ Bucket: bucket.name, Prefix: prefix }));
  return (page.Contents ?? []).flatMap((o) => (o.Key === undefined ? [] : [o.Key])).sort();
}

test('Copy opened on its own folder lists each problem plainly, and as errors once the destination is touched', async ({
  page,
}, testInfo) => {
  const app = new HoldallApp(page);
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  const actions = new ObjectActionsPage(page);
  await expect(actions.row('notes.txt')).toBeVisible();
  await actions.select('docs/', 'notes.txt');
  await actions.fromRowMenu('notes.txt', 'Copy to…');
  const dialog = actions.dialog('Copy 1 object and 1 folder');
  const folder = dialog.getByLabel('Destination folder');
  await expect(folder).toHaveValue('');

  // One list item per problem, described with the field, not yet marked as an error.
  const problems = dialog.getByRole('list').filter({ hasText: 'is already there' });
  await expect(problems.getByRole('listitem')).toHaveText([
    '“docs/” is already there',
    '“notes.txt” is already there',
  ]);
  await expect(problems).toHaveClass(/field-hint/);
  await expect(folder).toHaveAttribute('aria-invalid', 'false');
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeDisabled();
  await screenshotBothSchemes(page, testInfo, 'copy-untouched-problems');
  await expectAccessible(page, 'copy dialog, problems before any change');
  await expectStyledButtons(dialog);

  await folder.fill('elsewhere');
  await expect(problems).toHaveCount(0);
  await expect(folder).toHaveAttribute('aria-invalid', 'false');
  await folder.fill('');
  await expect(problems).toHaveClass(/field-error/);
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await screenshotBothSchemes(page, testInfo, 'copy-touched-problems');
  await expectAccessible(page, 'copy dialog, problems after a change');

  await folder.fill('copies');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog).toBeHidden();
  expect(await keys('copies/')).toEqual(['copies/docs/guide.md', 'copies/notes.txt']);
});
