import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

const admin = adminClient();
let host: RunningHost | undefined;
const buckets: TestBucket[] = [];

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
});

async function bucket(label: string): Promise<TestBucket> {
  const made = await createTestBucket(admin, label);
  buckets.push(made);
  return made;
}

/** A home folder of the test's own, with the AWS CLI files it is given. */
async function homeWith(files: { credentials?: string } = {}): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'holdall-creds-home-'));
  await mkdir(join(home, '.aws'));
  if (files.credentials !== undefined) {
    await writeFile(join(home, '.aws', 'credentials'), files.credentials);
  }
  return home;
}

/** The New connection dialog with everything but the credentials filled in for the test server. */
async function newConnection(page: Page, name: string): Promise<Locator> {
  const t = s3Target();
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New connection' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Provider').selectOption('ceph');
  await dialog.getByLabel('Endpoint').fill(t.endpoint);
  await dialog.getByLabel('Region').fill(t.region);
  return dialog;
}

test('a credential process connection lists buckets with the keys its script prints', async ({
  page,
}, testInfo) => {
  const kept = await bucket('cred-process');
  const t = s3Target();
  const home = await homeWith();
  const script = join(home, 'rgw-keys.mjs');
  const answer = { Version: 1, AccessKeyId: t.accessKeyId, SecretAccessKey: t.secretAccessKey };
  await writeFile(script, `process.stdout.write(${JSON.stringify(JSON.stringify(answer))});\n`);
  host = await startBrowserHost(undefined, { HOME: home });
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  const dialog = await newConnection(page, 'Scripted');
  await dialog.getByLabel('Sign in with').selectOption({ label: 'Credential process' });
  await expect(dialog.getByLabel('Access key ID')).toBeHidden();
  const command = dialog.getByLabel('Credential process command');
  await command.fill(`"${process.execPath}" "${script}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByText('Credential process command has an unclosed " quote'),
  ).toBeVisible();
  await expect(command).toBeFocused();

  // Keys past their expiry: the test says the session expired, in plain words.
  const expired = join(home, 'expired-keys.mjs');
  const stale = { ...answer, Expiration: new Date(Date.now() - 60_000).toISOString() };
  await writeFile(expired, `process.stdout.write(${JSON.stringify(JSON.stringify(stale))});\n`);
  await command.fill(`"${process.execPath}" "${expired}"`);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'expired-keys.mjs"` gave keys that expired at',
  );
  await expect(dialog.getByRole('alert')).toContainText('renew them at their source');

  await command.fill(`"${process.execPath}" "${script}"`);
  await conns.testAndExpect(dialog, /^Connected: \d+ buckets? in \d+ ms$/);
  await expectAccessible(page, 'connection form: credential process');
  await screenshotBothSchemes(page, testInfo, 'connection-credential-process');
  await conns.save(dialog);

  await conns.item('Scripted').click();
  await expect(conns.item('Scripted').getByRole('treeitem', { name: kept.name })).toBeVisible();
  await conns.choose('Scripted', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await expect(edit.getByLabel('Sign in with')).toHaveValue('process');
  await expect(edit.getByLabel('Credential process command')).toHaveValue(
    `"${process.execPath}" "${script}"`,
  );
  expect(await readFile(join(host.dataDir, 'profiles.json'), 'utf8')).not.toContain(
    t.secretAccessKey,
  );
});

test('an AWS CLI profile connection is picked by name and keeps no key', async ({ page }) => {
  const kept = await bucket('cred-profile');
  const t = s3Target();
  const home = await homeWith({
    credentials: `[lab]\naws_access_key_id = ${t.accessKeyId}\naws_secret_access_key = ${t.secretAccessKey}\n`,
  });
  host = await startBrowserHost(undefined, { HOME: home });
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  const dialog = await newConnection(page, 'From profile');
  await dialog.getByLabel('Sign in with').selectOption({ label: 'AWS CLI profile' });
  const name = dialog.getByLabel('AWS CLI profile', { exact: true });
  // The profiles found are offered while typing.
  await expect(dialog.locator(`datalist option[value="lab"]`)).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('AWS CLI profile is required')).toBeVisible();
  await name.fill('lab');
  await conns.testAndExpect(dialog, /^Connected:/);
  await expectAccessible(page, 'connection form: AWS CLI profile');
  await conns.save(dialog);

  await conns.item('From profile').click();
  await expect(conns.item('From profile').getByRole('treeitem', { name: kept.name })).toBeVisible();
  expect(await readFile(join(host.dataDir, 'profiles.json'), 'utf8')).not.toContain(
    t.secretAccessKey,
  );
});

test('a session token is sealed, kept by an edit, and can be removed', async ({ page }) => {
  const t = s3Target();
  const token = 'e2e-session-token-ends-WXYZ';
  host = await startBrowserHost();
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  const dialog = await conns.add('Temporary', t);
  await dialog.getByLabel('Session token (optional)').fill(token);
  await conns.save(dialog);
  const stored = () => readFile(join(host?.dataDir ?? '', 'profiles.json'), 'utf8');
  expect(await stored()).not.toContain(token);
  expect(await stored()).toContain('sealedSessionToken');

  await conns.choose('Temporary', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await expect(edit.getByLabel('Session token (optional)')).toHaveValue('');
  await expect(edit.getByText('A session token ending in …WXYZ is stored')).toBeVisible();
  await expectAccessible(page, 'connection form: stored session token');
  await edit.getByLabel('Remove the stored session token').check();
  await expect(edit.getByLabel('Session token (optional)')).toBeDisabled();
  await conns.save(edit);
  expect(await stored()).not.toContain('sealedSessionToken');
});

test('the credential sources speak Simplified Chinese', async ({ page }, testInfo) => {
  host = await startBrowserHost();
  await page.goto(host.url);
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('button', { name: '添加连接' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建连接' });
  await dialog.getByLabel('登录方式').selectOption({ label: '凭证进程' });
  await expect(dialog.getByLabel('凭证进程命令')).toBeVisible();
  await expect(dialog.getByText('运行此程序（不经过 shell）')).toBeVisible();
  await dialog.getByLabel('登录方式').selectOption({ label: 'AWS CLI 配置' });
  await expect(dialog.getByText('轮换后的密钥可直接使用')).toBeVisible();
  await expectAccessible(page, 'connection form: credential sources (zh-CN)');
  await screenshotBothSchemes(page, testInfo, 'connection-credential-sources-zh');
});
