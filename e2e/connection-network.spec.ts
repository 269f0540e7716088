import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { makeTestPki } from './fixtures/test-pki.js';
import type { TestPki } from './fixtures/test-pki.js';
import { startTinyproxy } from './fixtures/tinyproxy.js';
import { startTlsTerminator } from './fixtures/tls-terminator.js';
import { BucketsPage } from './pages/buckets.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

// The connection form's network settings against real parts: Debian's tinyproxy with Basic
// authentication between the browser host and RGW, and TLS in front of RGW with a private CA's
// certificate or a self-signed one.

const admin = adminClient();
const rgw = new URL(s3Target().endpoint);
const PROXY_PASSWORD = 'pr0xy-Pass-e2e-7f3a';
const stops: (() => Promise<unknown>)[] = [];
let host: RunningHost | undefined;
let pki: TestPki;
let files: string;
let bucket: TestBucket;

test.beforeAll(async () => {
  pki = await makeTestPki();
  files = await mkdtemp(join(tmpdir(), 'holdall-e2e-pki-'));
  await writeFile(join(files, 'company-ca.pem'), pki.caCert);
  await writeFile(join(files, 'server.pem'), pki.selfSigned.cert);
  bucket = await createTestBucket(admin, 'netform');
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  for (const stop of stops.splice(0).reverse()) await stop();
});
test.afterAll(async () => {
  await bucket.remove();
  await rm(files, { recursive: true, force: true });
});

async function openNetwork(conns: ConnectionsPage, dialog: Locator): Promise<void> {
  await conns.openAdvanced(dialog);
  await expect(dialog.getByRole('group', { name: 'Network' })).toBeVisible();
}

async function testConnection(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Test connection' }).click();
}

const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256;

test('a connection through tinyproxy with a password: a wrong one is named, the right one carries the requests, and it never reaches the page', async ({
  page,
}) => {
  const proxy = await startTinyproxy({ user: 'holdall', password: PROXY_PASSWORD });
  stops.push(() => proxy.stop());
  const proxyAt = new URL(proxy.url);
  const received: Promise<string>[] = [];
  page.on('response', (response) => received.push(response.text().catch(() => '')));
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => received.push(Promise.resolve(String(payload)))),
  );
  host = await startBrowserHost();
  await page.goto(host.url);
  const conns = new ConnectionsPage(page);
  const dialog = await conns.add('Behind the proxy', s3Target());
  await openNetwork(conns, dialog);
  await dialog.getByLabel('Proxy', { exact: true }).selectOption({ label: 'This proxy' });
  await dialog.getByLabel('Proxy host').fill(proxyAt.hostname);
  await dialog.getByLabel('Proxy port').fill('proxy');
  await testConnection(dialog);
  await expect(dialog.getByText('Proxy port must be a port from 1 to 65535')).toBeVisible();
  await dialog.getByLabel('Proxy port').fill(proxyAt.port);
  await dialog.getByLabel('Proxy user name (optional)').fill('holdall');
  await dialog.getByLabel('Proxy password', { exact: true }).fill('not-the-password');
  await testConnection(dialog);
  await expect(dialog.getByRole('alert')).toHaveText(
    `The proxy ${proxyAt.host} refused the user name or password.`,
  );
  await dialog.getByLabel('Proxy password', { exact: true }).fill(PROXY_PASSWORD);
  await expectAccessible(page, 'connection form: proxy settings');
  await conns.testAndExpect(dialog, 'Connected');
  await conns.save(dialog);

  const logBefore = (await proxy.log()).length;
  await conns.item('Behind the proxy').click();
  await expect(new BucketsPage(page).item(bucket.name)).toBeVisible();
  // The listing went through the proxy: its log names the endpoint after the save.
  expect((await proxy.log()).slice(logBefore)).toContain(`http://${rgw.host}/`);

  await conns.choose('Behind the proxy', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await conns.openAdvanced(edit);
  await expect(edit.getByLabel('Proxy host')).toHaveValue(proxyAt.hostname);
  await expect(edit.getByLabel('Proxy password', { exact: true })).toHaveValue('');
  await expect(edit.getByText('A password is stored')).toBeVisible();
  await conns.testAndExpect(edit, 'Connected');
  await edit.getByRole('button', { name: 'Cancel' }).click();

  const everything = (await Promise.all(received)).join('\n');
  expect(everything).toContain('hasProxyPassword');
  expect(everything).not.toContain(PROXY_PASSWORD);
});

test('in the browser host "System settings" says it reads the environment, and does', async ({
  page,
}) => {
  const proxy = await startTinyproxy();
  stops.push(() => proxy.stop());
  const noBypass = { NO_PROXY: '', no_proxy: '' };
  host = await startBrowserHost(undefined, { ...noBypass, HTTP_PROXY: proxy.url });
  await page.goto(host.url);
  const conns = new ConnectionsPage(page);
  const dialog = await conns.add('System proxy', s3Target());
  await openNetwork(conns, dialog);
  await dialog.getByLabel('Proxy', { exact: true }).selectOption({ label: 'System settings' });
  await expect(
    dialog.getByText('The browser version cannot read your system’s settings'),
  ).toBeVisible();
  await conns.testAndExpect(dialog, 'Connected');
  expect(await proxy.log()).toContain(`http://${rgw.host}/`);
});

test('a private-CA HTTPS endpoint is refused with its issuer until the CA file is chosen', async ({
  page,
}, testInfo) => {
  const tls = await startTlsTerminator(pki.server, rgw);
  stops.push(() => tls.close());
  host = await startBrowserHost();
  await page.goto(host.url);
  const conns = new ConnectionsPage(page);
  const dialog = await conns.add('Private CA', { ...s3Target(), endpoint: tls.endpoint });
  await testConnection(dialog);
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('is not trusted');
  await expect(refusal).toContainText(`issued by "${pki.caSubject}"`);
  await expect(refusal).toContainText(fingerprintOf(pki.server.cert));

  await openNetwork(conns, dialog);
  await dialog.getByLabel('Trusted certificates').selectOption({
    label: 'Also a private certificate authority (CA bundle)',
  });
  await testConnection(dialog);
  await expect(dialog.getByText('Certificate file is required: choose a PEM file')).toBeVisible();
  await dialog.getByLabel('Certificate file').setInputFiles(join(files, 'company-ca.pem'));
  const chosen = dialog.getByRole('list', { name: 'Certificates chosen' });
  await expect(chosen).toContainText(pki.caSubject);
  await expect(chosen).toContainText(fingerprintOf(pki.caCert));
  await expectAccessible(page, 'connection form: private CA chosen');
  await screenshotBothSchemes(page, testInfo, 'connection-network-private-ca');
  await conns.testAndExpect(dialog, 'Connected');
  await conns.save(dialog);
  await conns.item('Private CA').click();
  await expect(new BucketsPage(page).item(bucket.name)).toBeVisible();
});

test('a self-signed endpoint fails with its fingerprint until that certificate is pinned', async ({
  page,
}) => {
  const tls = await startTlsTerminator(pki.selfSigned, rgw);
  stops.push(() => tls.close());
  const fingerprint = fingerprintOf(pki.selfSigned.cert);
  host = await startBrowserHost();
  await page.goto(host.url);
  const conns = new ConnectionsPage(page);
  const dialog = await conns.add('Self-signed', { ...s3Target(), endpoint: tls.endpoint });
  await testConnection(dialog);
  await expect(dialog.getByRole('alert')).toContainText(`SHA-256 ${fingerprint}`);

  await openNetwork(conns, dialog);
  await dialog.getByLabel('Trusted certificates').selectOption({
    label: 'Only this certificate (pinned)',
  });
  await dialog.getByLabel('Certificate file').setInputFiles(join(files, 'server.pem'));
  const chosen = dialog.getByRole('list', { name: 'Certificates chosen' });
  await expect(chosen).toContainText(fingerprint);
  await expect(chosen).toContainText('localhost');
  await conns.testAndExpect(dialog, 'Connected');
  await conns.save(dialog);
  await conns.item('Self-signed').click();
  await expect(new BucketsPage(page).item(bucket.name)).toBeVisible();
});

test('the network settings speak Simplified Chinese, their errors too', async ({ page }) => {
  host = await startBrowserHost();
  await page.goto(host.url);
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('button', { name: '添加连接' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建连接' });
  await dialog.getByText('高级', { exact: true }).click();
  await dialog.getByLabel('代理', { exact: true }).selectOption({ label: '使用此代理' });
  await dialog.getByLabel('代理端口').fill('0');
  await dialog.getByLabel('信任的证书').selectOption({ label: '只信任此证书（固定证书）' });
  await dialog.getByRole('button', { name: '测试连接' }).click();
  await expect(dialog.getByText('代理主机为必填项')).toBeVisible();
  await expect(dialog.getByText('代理端口必须是 1 到 65535 之间的端口')).toBeVisible();
  await expect(dialog.getByText('证书文件为必填项：请选择一个 PEM 文件')).toBeVisible();
  await expectAccessible(page, 'connection form: network settings (zh-CN)');
});
