import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { s3Target } from './fixtures/s3.js';
import { ConnectionsPage } from './pages/connections.js';

let host: RunningHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const roleArn = 'arn:aws:iam::123456789012:role/ci-reader';

test('a web identity connection is set up in the form and names a token file it cannot read', async ({
  page,
}) => {
  const t = s3Target();
  host = await startBrowserHost(undefined, {
    HOME: await mkdtemp(join(tmpdir(), 'holdall-web-identity-home-')),
  });
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = conns.dialog('New connection');
  await dialog.getByLabel('Name').fill('CI data');
  await dialog.getByLabel('Provider').selectOption('ceph');
  await dialog.getByLabel('Endpoint').fill(t.endpoint);
  await dialog.getByLabel('Region').fill(t.region);
  await dialog.getByLabel('Sign in with').selectOption({ label: 'Web identity token file' });
  await expect(dialog.getByLabel('Secret access key')).toBeHidden();
  await dialog.getByLabel('Role ARN').fill(roleArn);
  await dialog.getByLabel('Token file').fill('token');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Token file must be a full path, or start with ~/')).toBeVisible();
  await dialog.getByLabel('Token file').fill('~/.ci/token');
  await expectAccessible(page, 'connection form: web identity');
  await conns.save(dialog);

  // The host reads the file in the user's home folder; here there is none.
  await conns.item('CI data').click();
  await expect(
    page
      .getByText('Cannot read the web identity token file ~/.ci/token: it does not exist.')
      .first(),
  ).toBeVisible();

  await conns.choose('CI data', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await expect(edit.getByLabel('Sign in with')).toHaveValue('webIdentity');
  await expect(edit.getByLabel('Role ARN')).toHaveValue(roleArn);
  await expect(edit.getByLabel('Session name')).toHaveValue('holdall');
  await expect(edit.getByLabel('Token file')).toHaveValue('~/.ci/token');
});
