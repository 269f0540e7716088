import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bootElectronMain } from './fixtures/electron-standin/boot.js';
import type { StandinApp } from './fixtures/electron-standin/boot.js';
import { standinBuild, test } from './fixtures/electron-standin/fixture.js';

// holdall://connect links in the desktop app, driven through the bundled main.ts in the
// Electron stand-in: at launch, from a second launch, and from macOS's open-url.

function connectLink(name: string): string {
  return `holdall://connect?${new URLSearchParams({
    endpoint: 'http://127.0.0.1:7480',
    region: 'zg',
    name,
    style: 'path',
  }).toString()}`;
}

async function expectFilledForm(page: Page, name: string): Promise<void> {
  const form = page.getByRole('dialog', { name: 'New connection' });
  await expect(form.getByLabel('Name')).toHaveValue(name);
  await expect(form.getByLabel('Endpoint')).toHaveValue('http://127.0.0.1:7480');
  await expect(form.getByLabel('Region')).toHaveValue('zg');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
}

test('a holdall://connect link at launch, from a second launch and from open-url opens the form filled in', async ({
  browser,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-standin-connect-'));
  let app: StandinApp | undefined;
  try {
    app = await bootElectronMain({
      browser,
      ...standinBuild,
      dataDir,
      argv: ['--some-chromium-switch', connectLink('At launch')],
    });
    expect(app.standin.records.protocolClients).toEqual(['holdall']);
    await expectFilledForm(app.page, 'At launch');

    app.standin.emitAppEvent(
      'second-instance',
      { preventDefault: () => undefined },
      ['/opt/Holdall/holdall', connectLink('Second launch')],
      '/home/someone',
      { link: connectLink('Second launch') },
    );
    await expectFilledForm(app.page, 'Second launch');

    app.standin.emitAppEvent('open-url', { preventDefault: () => undefined }, connectLink('Mac'));
    await expectFilledForm(app.page, 'Mac');

    // A link carrying a secret reaches the page only to be refused there, in words.
    app.standin.emitAppEvent(
      'open-url',
      { preventDefault: () => undefined },
      'holdall://connect?region=zg&aws_secret_access_key=abc',
    );
    await expect(
      app.page.getByRole('dialog', { name: 'Link not used' }).getByRole('alert'),
    ).toContainText('aws_secret_access_key');
  } finally {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
