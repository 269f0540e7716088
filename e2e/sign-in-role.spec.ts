import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { s3Target } from './fixtures/s3.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

let host: RunningHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const roleArn = 'arn:aws:iam:::role/holdall-reader';
const mfaSerial = 'arn:aws:iam:::mfa/holdall-e2e';

test('a role connection is set up in the form and asks for an MFA code to sign in', async ({
  page,
}, testInfo) => {
  const t = s3Target();
  host = await startBrowserHost();
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);
  await conns.save(await conns.add('Base keys', t));

  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = conns.dialog('New connection');
  await dialog.getByLabel('Name').fill('Partner role');
  await dialog.getByLabel('Provider').selectOption('ceph');
  await dialog.getByLabel('Endpoint').fill(t.endpoint);
  await dialog.getByLabel('Region').fill(t.region);
  await dialog.getByLabel('Sign in with').selectOption({ label: 'Assume a role (STS)' });
  await expect(dialog.getByLabel('Access key ID')).toBeHidden();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Ask for the role with is required')).toBeVisible();
  await expect(dialog.getByText('Role ARN is not a role ARN')).toBeVisible();

  await dialog.getByLabel('Ask for the role with').selectOption({ label: 'Base keys' });
  await dialog.getByLabel('Role ARN').fill(roleArn);
  await dialog.getByLabel('Session length (s)').fill('60');
  await dialog.getByLabel('MFA device (optional)').fill(mfaSerial);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Session length (s) must be at least 900 seconds')).toBeVisible();
  await dialog.getByLabel('Session length (s)').fill('900');
  await expectAccessible(page, 'connection form: assume a role');
  await screenshotBothSchemes(page, testInfo, 'connection-assume-role');
  await conns.save(dialog);

  // Opening the connection signs in: the role needs a code first.
  await conns.item('Partner role').click();
  const prompt = page.getByRole('dialog', { name: 'MFA code needed' });
  await expect(prompt).toContainText(`assumes the role ${roleArn}`);
  await expect(prompt).toContainText(`Device: ${mfaSerial}`);
  const code = prompt.getByLabel('MFA code');
  await expect(code).toBeFocused();
  await expectAccessible(page, 'MFA code prompt');
  await code.fill('123');
  await prompt.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    prompt.getByText('MFA code must be the 6 digits your authenticator shows.'),
  ).toBeVisible();
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByText('Signing in was canceled.').first()).toBeVisible();
  // Signing in again asks for the code again.
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeHidden();

  await conns.choose('Partner role', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await expect(edit.getByLabel('Sign in with')).toHaveValue('assumeRole');
  await expect(edit.getByLabel('Role ARN')).toHaveValue(roleArn);
  await expect(edit.getByLabel('MFA device (optional)')).toHaveValue(mfaSerial);
  // A connection cannot ask for a role with its own keys.
  await expect(edit.getByLabel('Ask for the role with').locator('option')).toHaveText([
    'Choose a connection',
    'Base keys',
  ]);
});

test('the role form speaks Simplified Chinese', async ({ page }) => {
  host = await startBrowserHost();
  await page.goto(host.url);
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('button', { name: '添加连接' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建连接' });
  await dialog.getByLabel('登录方式').selectOption({ label: '扮演角色（STS）' });
  await expect(dialog.getByLabel('角色 ARN')).toBeVisible();
  await expect(dialog.getByText('验证码从不保存')).toBeVisible();
  await expectAccessible(page, 'connection form: assume a role (zh-CN)');
});
