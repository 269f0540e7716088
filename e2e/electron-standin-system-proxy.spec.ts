import { expect } from '@playwright/test';
import { test } from './fixtures/electron-standin/fixture.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import { startTinyproxy } from './fixtures/tinyproxy.js';
import { ConnectionsPage } from './pages/connections.js';
import { BucketsPage } from './pages/buckets.js';

// "System settings" as a connection's proxy in the desktop app: the bundled main.ts asks
// Electron's session.resolveProxy (the stand-in answers as the OS's settings would) and the
// requests take the proxy it names, Debian's tinyproxy in front of the run's RGW.

test('a connection on the system proxy settings goes through the proxy the system names for its endpoint', async ({
  electronApp,
}) => {
  const { page, standin } = electronApp;
  const target = s3Target();
  const bucket = await createTestBucket(adminClient(), 'sysproxy');
  const proxy = await startTinyproxy();
  try {
    standin.systemProxyAnswer = () => `PROXY ${new URL(proxy.url).host}; DIRECT`;
    const conns = new ConnectionsPage(page);
    const dialog = await conns.add('System proxy', target);
    await conns.openAdvanced(dialog);
    await dialog.getByLabel('Proxy', { exact: true }).selectOption({ label: 'System settings' });
    await expect(dialog.getByText('operating system’s network settings')).toBeVisible();
    await conns.testAndExpect(dialog, 'Connected');
    await conns.save(dialog);
    await conns.item('System proxy').click();
    await expect(new BucketsPage(page).item(bucket.name)).toBeVisible();
    expect(await proxy.log()).toContain(`http://${new URL(target.endpoint).host}/`);
    expect(standin.records.proxyLookups).toContain(target.endpoint);

    // Settings that name only a SOCKS proxy are refused in words, not bypassed.
    standin.systemProxyAnswer = () => 'SOCKS5 127.0.0.1:1080';
    await conns.choose('System proxy', 'Edit…');
    const edit = conns.dialog('Edit connection');
    await edit.getByRole('button', { name: 'Test connection' }).click();
    await expect(edit.getByRole('alert')).toContainText('SOCKS5 127.0.0.1:1080');
  } finally {
    await proxy.stop();
    await bucket.remove();
  }
});
