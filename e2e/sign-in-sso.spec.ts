import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { startSsoStandIn } from './fixtures/sso-standin.js';
import type { SsoStandIn } from './fixtures/sso-standin.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

let host: RunningHost | undefined;
let sso: SsoStandIn | undefined;

test.afterEach(async () => {
  await host?.stop();
  await sso?.close();
  host = undefined;
  sso = undefined;
});

const startUrl = 'https://corp.awsapps.com/start';

test('an IAM Identity Center connection shows its code, signs in once approved, and signs in again', async ({
  page,
}, testInfo) => {
  const t = s3Target();
  const bucket = await createTestBucket(adminClient(), 'sso');
  // The portal's role credentials are RGW's keys, so the listing really happens.
  const standIn = await startSsoStandIn(() => ({
    accessKeyId: t.accessKeyId,
    secretAccessKey: t.secretAccessKey,
  }));
  sso = standIn;
  const home = await mkdtemp(join(tmpdir(), 'holdall-sso-home-'));
  // The AWS SDKs' own settings for where IAM Identity Center's APIs answer.
  host = await startBrowserHost(undefined, {
    HOME: home,
    AWS_ENDPOINT_URL_SSO_OIDC: standIn.endpoint,
    AWS_ENDPOINT_URL_SSO: standIn.endpoint,
  });
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = conns.dialog('New connection');
  await dialog.getByLabel('Name').fill('Corp data');
  await dialog.getByLabel('Provider').selectOption('ceph');
  await dialog.getByLabel('Endpoint').fill(t.endpoint);
  await dialog.getByLabel('Region').fill(t.region);
  await dialog.getByLabel('Addressing').selectOption('path');
  await dialog.getByLabel('Sign in with').selectOption({ label: 'IAM Identity Center (SSO)' });
  await expect(dialog.getByLabel('Access key ID')).toBeHidden();
  await dialog.getByLabel('Start URL').fill(startUrl);
  await dialog.getByLabel('Account ID').fill('1234');
  await dialog.getByLabel('Role name').fill('Reader');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    dialog.getByText('Account ID must be the 12 digits of an AWS account'),
  ).toBeVisible();
  await dialog.getByLabel('Account ID').fill('123456789012');
  await dialog.getByLabel('SSO session name (optional)').fill('corp');
  await expectAccessible(page, 'connection form: IAM Identity Center');
  await conns.save(dialog);

  // The first sign-in is approved, but the portal finds the session revoked at once.
  standIn.refuseRoleCredentials = 1;
  await conns.item('Corp data').click();
  const prompt = page.getByRole('dialog', { name: 'Sign in with IAM Identity Center' });
  await expect(prompt).toContainText(startUrl);
  await expect(prompt.getByLabel('Code to approve')).toHaveText(standIn.userCodes[0] ?? '-');
  await expectAccessible(page, 'IAM Identity Center sign-in code');
  await screenshotBothSchemes(page, testInfo, 'sso-device-code');
  standIn.approve(standIn.userCodes[0] ?? '');
  await expect(prompt).toBeHidden();
  await expect(
    page.getByText(`The IAM Identity Center session for ${startUrl} has ended: sign in again.`),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(prompt).toBeVisible();
  expect(standIn.userCodes).toHaveLength(2);
  await expect(prompt.getByLabel('Code to approve')).toHaveText(standIn.userCodes[1] ?? '-');
  // The page opens the portal's sign-in page with the code filled in.
  const opened = page.waitForEvent('popup');
  await prompt.getByRole('button', { name: 'Open the sign-in page' }).click();
  const portal = await opened;
  expect(portal.url()).toBe(`${standIn.endpoint}/verify?user_code=${standIn.userCodes[1]}`);
  await portal.close();
  standIn.approve(standIn.userCodes[1] ?? '');
  await expect(prompt).toBeHidden();
  await expect(conns.tree.getByRole('treeitem', { name: bucket.name })).toBeVisible();

  // Nothing the page holds carries a token or the keys' secret.
  const pageText = await page.content();
  expect(pageText).not.toContain(t.secretAccessKey);
  expect(pageText).not.toMatch(/at-[0-9a-f-]{36}|rt-[0-9a-f-]{36}/);

  await conns.choose('Corp data', 'Sign out');
  await expect(page.getByText('Signed out of "Corp data".')).toBeVisible();
  expect(standIn.loggedOut).toHaveLength(1);
  await bucket.remove();
});

test('an AWS CLI profile connection whose profile signs in with SSO can sign out', async ({
  page,
}) => {
  const t = s3Target();
  const bucket = await createTestBucket(adminClient(), 'sso-profile');
  const standIn = await startSsoStandIn(() => ({
    accessKeyId: t.accessKeyId,
    secretAccessKey: t.secretAccessKey,
  }));
  sso = standIn;
  const home = await mkdtemp(join(tmpdir(), 'holdall-sso-profile-home-'));
  await mkdir(join(home, '.aws'));
  await writeFile(
    join(home, '.aws', 'config'),
    `[profile corp]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = Reader\n`,
  );
  host = await startBrowserHost(undefined, {
    HOME: home,
    AWS_ENDPOINT_URL_SSO_OIDC: standIn.endpoint,
    AWS_ENDPOINT_URL_SSO: standIn.endpoint,
  });
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  await conns.save(await conns.addForProfile('Corp profile', t, 'corp'));

  await conns.item('Corp profile').click();
  const prompt = page.getByRole('dialog', { name: 'Sign in with IAM Identity Center' });
  // The profile's start URL, read by the core from the profile: the code is shown once issued.
  await expect(prompt).toContainText(startUrl);
  await expect(prompt.getByLabel('Code to approve')).toHaveText(standIn.userCodes[0] ?? '-');
  standIn.approve(standIn.userCodes[0] ?? '');
  await expect(prompt).toBeHidden();
  await expect(conns.tree.getByRole('treeitem', { name: bucket.name })).toBeVisible();

  // The window was told only that the profile signs in with SSO: it offers Sign out.
  await conns.choose('Corp profile', 'Sign out');
  await expect(page.getByText('Signed out of "Corp profile".')).toBeVisible();
  expect(standIn.loggedOut).toHaveLength(1);
  expect(await page.content()).not.toContain('123456789012');
  await bucket.remove();
});

test('the IAM Identity Center and web identity forms speak Simplified Chinese', async ({
  page,
}) => {
  host = await startBrowserHost();
  await page.goto(host.url);
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('button', { name: '添加连接' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建连接' });
  await dialog.getByLabel('登录方式').selectOption({ label: 'IAM Identity Center（SSO）' });
  await expect(dialog.getByLabel('起始 URL')).toBeVisible();
  await expect(dialog.getByLabel('SSO 会话名称（可选）')).toBeVisible();
  await expectAccessible(page, 'connection form: IAM Identity Center (zh-CN)');
  await dialog.getByLabel('登录方式').selectOption({ label: 'Web 身份令牌文件' });
  await expect(dialog.getByLabel('令牌文件')).toBeVisible();
});
