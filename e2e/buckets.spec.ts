import {
  DeleteBucketCommand,
  DeleteBucketPolicyCommand,
  GetBucketAclCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutBucketPolicyCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { capabilityFeatures } from '../shared/domain/capabilities.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target, uniqueBucketName } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { BucketsPage } from './pages/buckets.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

const admin = adminClient();
let host: RunningHost;
/** Cleanup after each test, whatever it left behind. */
const cleanups: (() => Promise<unknown>)[] = [];

test.beforeEach(async ({ page }) => {
  host = await startBrowserHost();
  await page.goto(host.url);
});

test.afterEach(async () => {
  await host.stop();
  await Promise.all(cleanups.splice(0).map((clean) => clean().catch(() => undefined)));
});

async function bucket(label: string): Promise<TestBucket> {
  const made = await createTestBucket(admin, label);
  cleanups.push(() => made.remove());
  return made;
}

async function headStatus(name: string): Promise<number | undefined> {
  return admin.send(new HeadBucketCommand({ Bucket: name })).then(
    (out) => out.$metadata.httpStatusCode,
    (err: { $metadata?: { httpStatusCode?: number } }) => err.$metadata?.httpStatusCode,
  );
}

async function connect(buckets: BucketsPage): Promise<void> {
  const dialog = await buckets.connections.add('RGW', s3Target());
  await buckets.connections.save(dialog);
  await buckets.connections.item('RGW').click();
}

test('creates a bucket, checking its name as it is typed', async ({ page }, testInfo) => {
  const buckets = new BucketsPage(page);
  await connect(buckets);
  const name = uniqueBucketName('created');
  cleanups.push(() => admin.send(new DeleteBucketCommand({ Bucket: name })));

  const dialog = await buckets.openCreate('RGW');
  const field = dialog.getByLabel('Name', { exact: true });
  const create = dialog.getByRole('button', { name: 'Create' });
  await expect(create).toBeDisabled();
  await field.fill('Bad_Name');
  await expect(dialog.getByText('Name must be lowercase')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(create).toBeDisabled();
  await screenshotBothSchemes(page, testInfo, 'create-bucket-invalid');
  await field.fill('ab');
  await expect(dialog.getByText('Name must be 3 to 63 characters')).toBeVisible();
  await expect(create).toBeDisabled();
  await field.fill('-bucket');
  await expect(dialog.getByText('Name must start with a letter or digit')).toBeVisible();
  await expect(create).toBeDisabled();

  await field.fill(name);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(dialog.getByLabel('Region')).toHaveValue(s3Target().region);
  await dialog.getByLabel('Access (canned ACL)').selectOption('public-read');
  await screenshotBothSchemes(page, testInfo, 'create-bucket-valid');
  await create.click();
  await expect(dialog).toBeHidden();

  await expect(buckets.item(name)).toBeVisible();
  expect(await headStatus(name)).toBe(200);
  const acl = await admin.send(new GetBucketAclCommand({ Bucket: name }));
  expect(
    acl.Grants?.some((g) => g.Grantee?.URI?.endsWith('/AllUsers') && g.Permission === 'READ'),
  ).toBe(true);
});

test('deletes a non-empty bucket after emptying it, once its name is typed', async ({
  page,
}, testInfo) => {
  const doomed = await bucket('doomed');
  await doomed.put({ 'a.txt': 'a', 'dir/b.txt': 'b', 'dir/c.txt': 'c' });
  const buckets = new BucketsPage(page);
  await connect(buckets);
  await expect(buckets.item(doomed.name)).toBeVisible();

  // The keyboard way: Delete on the focused bucket.
  const dialog = await buckets.deleteByKeyboard(doomed.name);
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Delete bucket' });
  const typed = dialog.getByLabel(`Type ${doomed.name} to confirm`);
  await expect(confirm).toBeDisabled();
  await typed.fill(doomed.name.slice(0, -1));
  await expect(confirm).toBeDisabled();

  // Without "Empty it first" the server refuses, and the dialog says what to do.
  await typed.fill(doomed.name);
  await confirm.click();
  await expect(dialog.getByRole('alert')).toContainText('Tick “Empty it first”');
  expect(await headStatus(doomed.name)).toBe(200);

  await dialog.getByLabel('Empty it first').check();
  await screenshotBothSchemes(page, testInfo, 'delete-bucket');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(buckets.item(doomed.name)).toHaveCount(0);
  expect(await headStatus(doomed.name)).toBe(404);
});

test('a bucket the server will not fully empty stays, and the dialog names what it kept', async ({
  page,
}) => {
  const kept = await bucket('kept');
  await kept.put({ 'a.txt': 'a', 'locked/b.txt': 'b' });
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:DeleteObject',
        Resource: `arn:aws:s3:::${kept.name}/locked/*`,
      },
    ],
  };
  await admin.send(
    new PutBucketPolicyCommand({ Bucket: kept.name, Policy: JSON.stringify(policy) }),
  );
  try {
    const buckets = new BucketsPage(page);
    await connect(buckets);
    await expect(buckets.item(kept.name)).toBeVisible();
    const dialog = await buckets.deleteByKeyboard(kept.name);
    await dialog.getByLabel(`Type ${kept.name} to confirm`).fill(kept.name);
    await dialog.getByLabel('Empty it first').check();
    await dialog.getByRole('button', { name: 'Delete bucket' }).click();
    // The emptying ran and the server kept a key: saying "tick Empty it first" would be wrong.
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('1 objects could not be deleted (first: locked/b.txt');
    await expect(alert).not.toContainText('Empty it first');
    expect(await headStatus(kept.name)).toBe(200);
    const listed = await admin.send(new ListObjectsV2Command({ Bucket: kept.name }));
    expect((listed.Contents ?? []).map((o) => o.Key)).toEqual(['locked/b.txt']);
  } finally {
    await admin.send(new DeleteBucketPolicyCommand({ Bucket: kept.name }));
  }
});

test('shows a bucket’s properties: region, creation date and what the endpoint supports', async ({
  page,
}, testInfo) => {
  const shown = await bucket('props');
  const buckets = new BucketsPage(page);
  await connect(buckets);

  const dialog = await buckets.openProperties(shown.name);
  // RGW leaves the region out of HeadBucket; the dialog then names the connection's.
  await expect(dialog.getByTestId('bucket-region')).toContainText(s3Target().region);
  const capabilities = dialog.getByRole('list', {
    name: 'What this endpoint supports for the bucket',
  });
  await expect(capabilities.getByRole('listitem')).toHaveCount(capabilityFeatures.length);
  await expect(
    capabilities.getByRole('listitem').filter({ hasText: 'Bucket policy' }),
  ).toContainText('Supported');
  await expect(capabilities.getByRole('listitem').filter({ hasText: 'CORS' })).toContainText(
    'Supported',
  );
  await expect(capabilities.getByRole('listitem').filter({ hasText: 'Tags' })).toContainText(
    'Supported',
  );
  await expect(
    capabilities.getByRole('listitem').filter({ hasText: 'Object versions' }),
  ).toContainText('Supported');
  await expect(dialog.getByTestId('bucket-region')).not.toContainText('Loading');
  await screenshotBothSchemes(page, testInfo, 'bucket-properties');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // Reading properties changed nothing on the server.
  expect(await headStatus(shown.name)).toBe(200);
});

test('the properties tabs stay where they are while the General tab’s facts arrive', async ({
  page,
}) => {
  const shown = await bucket('props-still');
  const buckets = new BucketsPage(page);
  await connect(buckets);
  // The capability probe answers late, as it does on a slow server: a tab a person aims at
  // while it loads must not move away under the pointer.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke/capabilities.probe', async (route) => {
    await held;
    await route.continue();
  });

  const dialog = await buckets.openProperties(shown.name);
  const tab = dialog.getByRole('tab', { name: 'Notifications', exact: true });
  await expect(dialog.getByText('Asking the server…')).toBeVisible();
  const before = await tab.boundingBox();
  release();
  const capabilities = dialog.getByRole('list', {
    name: 'What this endpoint supports for the bucket',
  });
  await expect(capabilities.getByRole('listitem')).toHaveCount(capabilityFeatures.length);
  expect(await tab.boundingBox()).toEqual(before);
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
});

test('creating a bucket you already own says so and leaves the bucket as it was', async ({
  page,
}, testInfo) => {
  const mine = await bucket('mine');
  await mine.put({ 'keep.txt': 'x' });
  const buckets = new BucketsPage(page);
  await connect(buckets);

  const dialog = await buckets.openCreate('RGW');
  await dialog.getByLabel('Name', { exact: true }).fill(mine.name);
  // Asked for public read: RGW would apply it to the bucket that exists.
  await dialog.getByLabel('Access (canned ACL)').selectOption('public-read');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `You already own a bucket named ${mine.name}. Nothing was changed; choose another name.`,
  );
  await expect(dialog).toBeVisible();
  await screenshotBothSchemes(page, testInfo, 'create-bucket-already-owned');

  const acl = await admin.send(new GetBucketAclCommand({ Bucket: mine.name }));
  expect(acl.Grants?.some((g) => g.Grantee?.URI !== undefined)).toBe(false);
  const listed = await admin.send(new ListObjectsV2Command({ Bucket: mine.name }));
  expect(listed.Contents?.map((o) => o.Key)).toEqual(['keep.txt']);
});

test.describe('on a system set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the bucket name rules and the already-owned message speak Chinese', async ({ page }) => {
    const mine = await bucket('mine-zh');
    const languages = new LanguagesPage(page);
    await languages.saveConnection('本地 RGW', s3Target());
    await page.reload();
    const tree = page.getByRole('navigation', { name: '连接' });
    await tree.getByRole('treeitem', { name: '本地 RGW', exact: true }).hover();
    await tree.getByRole('button', { name: '本地 RGW 的操作', exact: true }).click();
    const menu = page.getByRole('menu', { name: '本地 RGW 的操作' });
    await menu.getByRole('menuitem', { name: '新建存储桶…' }).click();
    const dialog = page.getByRole('dialog', { name: '新建存储桶' });
    const field = dialog.getByLabel('名称', { exact: true });
    await field.fill('-bucket');
    await expect(dialog.getByText('名称必须以字母或数字开头')).toBeVisible();
    await field.fill('MyBucket');
    await expect(dialog.getByText('名称必须为小写')).toBeVisible();
    await field.fill(mine.name);
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      `你已经拥有名为 ${mine.name} 的存储桶。未做任何更改，请换一个名称。`,
    );
  });
});
