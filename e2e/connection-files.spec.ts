import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { startTinyproxy } from './fixtures/tinyproxy.js';
import { ConnectionsPage } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

// Export and import of connections files, and holdall://connect links, in the browser host.

const hosts: RunningHost[] = [];
const buckets: TestBucket[] = [];
const homes: string[] = [];

test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
  await Promise.all(buckets.splice(0).map((b) => b.remove()));
  await Promise.all(homes.splice(0).map((h) => rm(h, { recursive: true, force: true })));
});

/**
 * A host of its own (its own data folder and home folder), its page open; `awsCredentials`
 * becomes the home folder's ~/.aws/credentials.
 */
async function freshHost(
  page: Page,
  awsCredentials?: string,
): Promise<{ host: RunningHost; home: string }> {
  const home = await mkdtemp(join(tmpdir(), 'holdall-connfiles-home-'));
  homes.push(home);
  if (awsCredentials !== undefined) {
    await mkdir(join(home, '.aws'));
    await writeFile(join(home, '.aws', 'credentials'), awsCredentials);
  }
  const host = await startBrowserHost(undefined, { HOME: home });
  hosts.push(host);
  await page.goto(host.url);
  return { host, home };
}

async function exportAll(page: Page, home: string, passphrase?: string): Promise<string> {
  await page.getByRole('button', { name: 'Export to file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export connections' });
  if (passphrase !== undefined) {
    await dialog.getByLabel('Include secrets, sealed by a passphrase').check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Passphrase again').fill(`${passphrase}x`);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('The two passphrases differ.');
    await dialog.getByLabel('Passphrase again').fill(passphrase);
    await expectAccessible(page, 'export connections with a passphrase');
  }
  await dialog.getByLabel('File name').fill('team');
  await expect(dialog).toContainText(home);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const path = join(home, 'team.holdall-connections.json');
  await expect(dialog.getByRole('status')).toContainText(`Exported 1 connection to ${path}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return path;
}

async function openImport(page: Page, path: string) {
  await page.getByRole('button', { name: 'Import from file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import connections' });
  await dialog.getByLabel('Connections file').setInputFiles(path);
  return dialog;
}

test('exported without secrets, a connection imports elsewhere and asks for its secret', async ({
  page,
}) => {
  const t = s3Target();
  const first = await freshHost(page);
  await new LanguagesPage(page).saveConnection('Local RGW', t);
  await page.reload();
  const path = await exportAll(page, first.home);
  expect(await readFile(path, 'utf8')).not.toContain(t.secretAccessKey);

  await freshHost(page);
  const dialog = await openImport(page, path);
  const list = dialog.getByRole('list', { name: 'Connections file' });
  await expect(list).toContainText('Local RGW');
  await expect(list).toContainText('without secrets');
  await expect(dialog.getByLabel('Passphrase')).toHaveCount(0);
  await expectAccessible(page, 'import connections: preview');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 1 connection.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page
    .getByRole('navigation', { name: 'Connections' })
    .getByRole('treeitem', { name: 'Local RGW', exact: true })
    .click();
  await expect(page.getByText(/has no secret yet/).first()).toBeVisible();
});

test('exported with a passphrase, a connection imports with its secret and works; a wrong passphrase imports nothing', async ({
  page,
}) => {
  const kept = await createTestBucket(adminClient(), 'connfiles');
  buckets.push(kept);
  const first = await freshHost(page);
  await new LanguagesPage(page).saveConnection('Local RGW', s3Target());
  await page.reload();
  await expectAccessible(page, 'connections sidebar with export and import');
  const path = await exportAll(page, first.home, 'correct horse battery');

  await freshHost(page);
  const dialog = await openImport(page, path);
  await expect(dialog.getByRole('list', { name: 'Connections file' })).toContainText(
    'with sealed secrets',
  );
  await dialog.getByLabel('Passphrase').fill('wrong horse battery');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('passphrase does not open');
  const tree = page.getByRole('navigation', { name: 'Connections' });
  await expect(tree.getByRole('treeitem')).toHaveCount(0);

  await dialog.getByLabel('Passphrase').fill('correct horse battery');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 1 connection.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await tree.getByRole('treeitem', { name: 'Local RGW', exact: true }).click();
  await expect(tree.getByRole('treeitem', { name: kept.name, exact: true })).toBeVisible();
});

test('a proxy password travels sealed for a connection without keys of its own, and works after import', async ({
  page,
}) => {
  const kept = await createTestBucket(adminClient(), 'connfiles-proxy');
  buckets.push(kept);
  const password = 'pr0xy-Sealed-e2e-41c9';
  const proxy = await startTinyproxy({ user: 'holdall', password });
  try {
    const t = s3Target();
    const profile = `[lab]\naws_access_key_id = ${t.accessKeyId}\naws_secret_access_key = ${t.secretAccessKey}\n`;
    const first = await freshHost(page, profile);
    const conns = new ConnectionsPage(page);
    await page.getByRole('button', { name: 'Add connection' }).first().click();
    const form = conns.dialog('New connection');
    await form.getByLabel('Name').fill('Profile via proxy');
    await form.getByLabel('Provider').selectOption('ceph');
    await form.getByLabel('Endpoint').fill(t.endpoint);
    await form.getByLabel('Region').fill(t.region);
    await form.getByLabel('Addressing').selectOption('path');
    await form.getByLabel('Sign in with').selectOption({ label: 'AWS CLI profile' });
    await form.getByLabel('AWS CLI profile', { exact: true }).fill('lab');
    await conns.openAdvanced(form);
    await form.getByLabel('Proxy', { exact: true }).selectOption({ label: 'This proxy' });
    await form.getByLabel('Proxy host').fill(new URL(proxy.url).hostname);
    await form.getByLabel('Proxy port').fill(new URL(proxy.url).port);
    await form.getByLabel('Proxy user name (optional)').fill('holdall');
    await form.getByLabel('Proxy password', { exact: true }).fill(password);
    await conns.save(form);

    const plain = await readFile(await exportAll(page, first.home), 'utf8');
    expect(plain).not.toContain('sealedSecrets');
    await rm(join(first.home, 'team.holdall-connections.json'));
    const path = await exportAll(page, first.home, 'correct horse battery');
    expect(await readFile(path, 'utf8')).not.toContain(password);

    await freshHost(page, profile);
    const dialog = await openImport(page, path);
    await dialog.getByLabel('Passphrase').fill('correct horse battery');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Imported 1 connection.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The proxy asks for its password: the listing passing through it proves it was restored.
    const logBefore = (await proxy.log()).length;
    await conns.item('Profile via proxy').click();
    await expect(
      conns.item('Profile via proxy').getByRole('treeitem', { name: kept.name }),
    ).toBeVisible();
    expect((await proxy.log()).slice(logBefore)).toContain(`http://${new URL(t.endpoint).host}/`);
  } finally {
    await proxy.stop();
  }
});

test('a holdall://connect link opens the new-connection form filled in; one with a secret is refused', async ({
  page,
}) => {
  const { host } = await freshHost(page);
  const origin = new URL(host.url).origin;
  const link =
    'holdall://connect?endpoint=http%3A%2F%2F127.0.0.1%3A7480&region=zg&bucket=photos&name=Lab%20link&style=path&color=red';
  await page.goto(`${origin}/?connect=${encodeURIComponent(link)}`);
  const form = page.getByRole('dialog', { name: 'New connection' });
  await expect(form.getByLabel('Name')).toHaveValue('Lab link');
  await expect(form.getByLabel('Endpoint')).toHaveValue('http://127.0.0.1:7480');
  await expect(form.getByLabel('Region')).toHaveValue('zg');
  await expect(form.getByLabel('Addressing')).toHaveValue('path');
  await expect(form.getByLabel('Access key ID')).toHaveValue('');
  await expect(form).toContainText('Left out of the link: color');
  await expectAccessible(page, 'new connection from a link');
  // Taken out of the address: a reload does not open the form again.
  expect(new URL(page.url()).searchParams.has('connect')).toBe(false);
  await form.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(
    `${origin}/?connect=${encodeURIComponent('holdall://connect?region=zg&secretKey=abc')}`,
  );
  const refused = page.getByRole('dialog', { name: 'Link not used' });
  await expect(refused.getByRole('alert')).toContainText('secretKey');
  await expect(page.getByRole('dialog', { name: 'New connection' })).toHaveCount(0);
});

test('the import dialog speaks Simplified Chinese', async ({ page }) => {
  await freshHost(page);
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('button', { name: '从文件导入…' }).click();
  const dialog = page.getByRole('dialog', { name: '导入连接' });
  await expect(dialog.getByLabel('连接文件')).toBeVisible();
  await expectAccessible(page, 'import connections (zh-CN)');
});
