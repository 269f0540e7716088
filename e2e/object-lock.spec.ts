import {
  GetBucketVersioningCommand,
  GetObjectLegalHoldCommand,
  GetObjectLockConfigurationCommand,
  GetObjectRetentionCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { configSession } from './fixtures/config-session.js';
import { createLockedTestBucket, removeLockedBucket } from './fixtures/locked-bucket.js';
import { uniqueBucketName } from './fixtures/s3.js';
import { BucketConfigPage } from './pages/bucket-config.js';
import { BucketsPage } from './pages/buckets.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectPropertiesPage } from './pages/object-properties.js';

const session = configSession();
// Retain-until dates are typed in the page's local time: make that UTC, as the checks are.
test.use({ timezoneId: 'UTC' });

/** A bucket created with object lock for this test, removed after it whatever it holds. */
async function lockedBucket(label: string): Promise<string> {
  const made = await createLockedTestBucket(session.admin, label);
  session.cleanup(() => made.remove());
  return made.name;
}

/** `datetime-local` text for whole minutes from now, and the instant it stands for (UTC). */
function minutesAhead(minutes: number): { input: string; iso: string } {
  const at = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + minutes * 60_000);
  return { input: at.toISOString().slice(0, 16), iso: at.toISOString() };
}

async function retention(bucket: string, key: string) {
  const out = await session.admin.send(new GetObjectRetentionCommand({ Bucket: bucket, Key: key }));
  return { mode: out.Retention?.Mode, until: out.Retention?.RetainUntilDate?.toISOString() };
}

async function legalHold(bucket: string, key: string) {
  const out = await session.admin.send(new GetObjectLegalHoldCommand({ Bucket: bucket, Key: key }));
  return out.LegalHold?.Status;
}

async function openProperties(page: Page, bucket: string, key: string): Promise<Locator> {
  const app = new HoldallApp(page);
  await app.openConnection('RGW');
  await app.openBucket(bucket);
  const ui = new ObjectPropertiesPage(page);
  await ui.fromRowMenu(key, 'Properties…');
  return ui.properties(key);
}

test('a bucket created with object lock gets versioning and a default retention tab', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const name = uniqueBucketName('olock-ui');
  session.cleanup(() => removeLockedBucket(session.admin, name));
  const buckets = new BucketsPage(page);
  const dialog = await buckets.openCreate('RGW');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  const lock = dialog.getByRole('checkbox', { name: 'Object lock' });
  await expect(lock).not.toBeChecked();
  await expect(lock).toHaveAccessibleDescription(
    /also turns versioning on\. Neither can be turned off/,
  );
  await lock.check();
  await expectAccessible(page, 'new bucket with object lock');
  await screenshotBothSchemes(page, testInfo, 'create-bucket-object-lock');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  const stored = await session.admin.send(new GetObjectLockConfigurationCommand({ Bucket: name }));
  expect(stored.ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled');
  const versioning = await session.admin.send(new GetBucketVersioningCommand({ Bucket: name }));
  expect(versioning.Status).toBe('Enabled');

  const config = await BucketConfigPage.open(page, name, 'Object lock');
  const form = config.form;
  await expect(form.getByRole('radio', { name: 'None: new objects are not locked' })).toBeChecked();
  await form.getByRole('radio', { name: 'Governance' }).check();
  await expect(form.getByRole('radio', { name: 'Governance' })).toHaveAccessibleDescription(
    /bypass governance can shorten or remove the lock/,
  );
  await form.getByLabel('Retention period').fill('0');
  await expect(form.getByText('must be at least 1')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await form.getByLabel('Retention period').fill('7');
  await expectAccessible(page, 'bucket properties: Object lock form');
  await config.screenshot(testInfo, 'object-lock-tab');
  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<Mode>GOVERNANCE</Mode>',
    '<Days>7</Days>',
  ]);
  await config.apply();
  const governed = await session.admin.send(
    new GetObjectLockConfigurationCommand({ Bucket: name }),
  );
  expect(governed.ObjectLockConfiguration?.Rule?.DefaultRetention).toEqual({
    Mode: 'GOVERNANCE',
    Days: 7,
  });

  await form.getByRole('radio', { name: 'Compliance' }).check();
  await expect(form.getByRole('radio', { name: 'Compliance' })).toHaveAccessibleDescription(
    /Nobody can shorten or remove the lock, not even the account owner/,
  );
  await form.getByLabel('Unit').selectOption('years');
  await form.getByLabel('Retention period').fill('2');
  await config.review();
  await config.apply();
  const complied = await session.admin.send(
    new GetObjectLockConfigurationCommand({ Bucket: name }),
  );
  expect(complied.ObjectLockConfiguration?.Rule?.DefaultRetention).toEqual({
    Mode: 'COMPLIANCE',
    Years: 2,
  });

  await form.getByRole('radio', { name: 'None: new objects are not locked' }).check();
  await config.review();
  await config.apply();
  const cleared = await session.admin.send(new GetObjectLockConfigurationCommand({ Bucket: name }));
  expect(cleared.ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled');
  expect(cleared.ObjectLockConfiguration?.Rule).toBeUndefined();
});

test('a bucket created without object lock says why its tab has nothing to set', async ({
  page,
}) => {
  const plain = await session.bucket('olock-plain');
  const config = await session.open(page, plain.name, 'Object lock');
  await expect(
    config.panel.getByText('This bucket was not created with object lock'),
  ).toBeVisible();
  await expect(
    config.panel.getByText('Object lock can only be turned on when a bucket is created'),
  ).toBeVisible();
  await expect(config.panel.getByRole('button', { name: 'Create', exact: true })).toHaveCount(0);
  await expectAccessible(page, 'bucket properties: Object lock (not created with it)');
});

test('an object’s retention is set and extended, shortened only after bypassing governance; legal hold on and off', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const bucket = await lockedBucket('olock-object');
  await session.admin.send(new PutObjectCommand({ Bucket: bucket, Key: 'kept.txt', Body: 'k' }));
  const dialog = await openProperties(page, bucket, 'kept.txt');
  const section = dialog.getByRole('region', { name: 'Object lock' });
  await expect(section.getByTestId('lock-retention')).toHaveText('None');
  await expect(section.getByTestId('lock-legal-hold')).toHaveText('Off');

  const until = section.getByLabel('Retain until (your local time)');
  const set = section.getByRole('button', { name: 'Set retention' });
  const first = minutesAhead(10);
  await until.fill(first.input);
  await set.click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(section.getByTestId('lock-retention')).toHaveText(/^Governance until /);
  expect(await retention(bucket, 'kept.txt')).toEqual({ mode: 'GOVERNANCE', until: first.iso });
  // RGW cannot remove a retention, only shorten it: the section offers what it can do.
  await expect(section.getByText(/^Ceph RGW cannot remove a retention: shorten it/)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Remove retention' })).toHaveCount(0);

  const later = minutesAhead(20);
  await until.fill(later.input);
  // Extending needs no bypass.
  await expect(set).toBeEnabled();
  await set.click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await retention(bucket, 'kept.txt')).toEqual({ mode: 'GOVERNANCE', until: later.iso });

  // Shortening waits for the explicit bypass.
  await until.fill(first.input);
  await expect(set).toBeDisabled();
  const bypass = section.getByRole('checkbox', { name: 'Bypass governance retention' });
  await expect(bypass).toHaveAccessibleDescription(/x-amz-bypass-governance-retention/);
  await expectAccessible(page, 'object properties: object lock, shortening');
  await screenshotBothSchemes(page, testInfo, 'object-lock-bypass');
  await bypass.check();
  await set.click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  expect(await retention(bucket, 'kept.txt')).toEqual({ mode: 'GOVERNANCE', until: first.iso });

  await section.getByRole('button', { name: 'Turn legal hold on' }).click();
  await expect(section.getByTestId('lock-legal-hold')).toHaveText(/^On: /);
  expect(await legalHold(bucket, 'kept.txt')).toBe('ON');
  await section.getByRole('button', { name: 'Turn legal hold off' }).click();
  await expect(section.getByTestId('lock-legal-hold')).toHaveText('Off');
  expect(await legalHold(bucket, 'kept.txt')).toBe('OFF');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Deleting without a version only hides the object: the dialog says so.
  const ui = new ObjectPropertiesPage(page);
  await ui.fromRowMenu('kept.txt', 'Delete…');
  const remove = page.getByRole('dialog', { name: /^Delete / });
  await expect(remove.getByText(/adds a delete marker that hides each object/)).toBeVisible();
  await expect(remove.getByText('This cannot be undone.')).toHaveCount(0);
});

test('object lock speaks Simplified Chinese: the tab, the create option and the object section', async ({
  page,
}, testInfo) => {
  const bucket = await lockedBucket('olock-zh');
  await session.admin.send(new PutObjectCommand({ Bucket: bucket, Key: 'a.txt', Body: 'x' }));
  const dialog = await session.openInChinese(page, bucket);
  await dialog.getByRole('tab', { name: '对象锁定', exact: true }).click();
  await expect(dialog.getByRole('radio', { name: '合规模式' })).toHaveAccessibleDescription(
    /任何人（包括账户所有者）都不能缩短或移除锁定/,
  );
  await expectAccessible(page, 'bucket properties: Object lock (zh-CN)');
  await screenshotBothSchemes(page, testInfo, 'object-lock-tab-zh');
  await page.keyboard.press('Escape');

  const tree = page.getByRole('navigation', { name: '连接' });
  await tree.getByRole('treeitem', { name: bucket, exact: true }).click();
  await page
    .getByRole('grid')
    .getByRole('row', { name: 'a.txt', exact: true })
    .click({ button: 'right' });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: /^属性…/ })
    .click();
  const properties = page.getByRole('dialog', { name: '“a.txt”的属性' });
  const section = properties.getByRole('region', { name: '对象锁定' });
  await expect(section.getByTestId('lock-retention')).toHaveText('无');
  await expect(section.getByRole('button', { name: '开启合法保留' })).toBeVisible();
  await expectAccessible(page, 'object properties: object lock (zh-CN)');
  await page.keyboard.press('Escape');
  await expect(properties).toBeHidden();

  await tree.getByRole('treeitem', { name: 'RGW', exact: true }).hover();
  await tree.getByRole('button', { name: 'RGW 的操作', exact: true }).click();
  await page
    .getByRole('menu', { name: 'RGW 的操作' })
    .getByRole('menuitem', { name: '新建存储桶…' })
    .click();
  const create = page.getByRole('dialog', { name: '新建存储桶' });
  await expect(create.getByRole('checkbox', { name: '对象锁定' })).toHaveAccessibleDescription(
    /同时会开启版本控制。两者之后都无法关闭/,
  );
  await expectAccessible(page, 'new bucket with object lock (zh-CN)');
});
