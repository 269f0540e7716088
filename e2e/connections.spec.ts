import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadBucketCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { ConnectionsPage, screenshotBothSchemes } from './pages/connections.js';

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

interface StoredProfile {
  name: string;
  bucket?: string;
  timeouts?: { headers?: number; idle?: number };
}

async function storedProfiles(dataDir: string): Promise<StoredProfile[]> {
  const file = JSON.parse(await readFile(join(dataDir, 'profiles.json'), 'utf8')) as {
    profiles: StoredProfile[];
  };
  return file.profiles;
}

test('edits, duplicates and deletes a connection, keeping the secret on the host', async ({
  page,
}, testInfo) => {
  const kept = await bucket('conn');
  host = await startBrowserHost();
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  const added = await conns.add('Lab', s3Target());
  await conns.save(added);

  // Rename, leaving the secret empty: the stored one must still work.
  await conns.choose('Lab', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await expect(edit.getByLabel('Secret access key')).toHaveValue('');
  await expect(edit.getByLabel('Secret access key')).toHaveAttribute(
    'placeholder',
    `Unchanged (…${s3Target().secretAccessKey.slice(-4)})`,
  );
  await edit.getByLabel('Name').fill('Lab renamed');
  await conns.testAndExpect(edit, 'Connected');
  await screenshotBothSchemes(page, testInfo, 'edit-connection');
  await conns.save(edit);
  await expect(conns.item('Lab renamed')).toBeVisible();
  await expect(conns.item('Lab')).toHaveCount(0);
  await conns.item('Lab renamed').click();
  await expect(conns.item('Lab renamed').getByRole('treeitem', { name: kept.name })).toBeVisible();

  // Duplicate: a new connection with the original's secret, under a name of its own.
  await conns.choose('Lab renamed', 'Duplicate…');
  const duplicate = conns.dialog('Duplicate connection');
  await expect(duplicate.getByLabel('Name')).toHaveValue('Lab renamed (copy)');
  await expect(duplicate.getByLabel('Endpoint')).toHaveValue(s3Target().endpoint);
  await conns.testAndExpect(duplicate, 'Connected');
  await screenshotBothSchemes(page, testInfo, 'duplicate-connection');
  await conns.save(duplicate);
  await conns.item('Lab renamed (copy)').click();
  await expect(
    conns.item('Lab renamed (copy)').getByRole('treeitem', { name: kept.name }),
  ).toBeVisible();
  expect((await storedProfiles(host.dataDir)).map((p) => p.name)).toEqual([
    'Lab renamed',
    'Lab renamed (copy)',
  ]);

  // Delete asks first; Cancel keeps it.
  await conns.choose('Lab renamed (copy)', 'Delete…');
  const remove = conns.dialog('Delete connection');
  await expect(remove).toContainText('Lab renamed (copy)');
  await screenshotBothSchemes(page, testInfo, 'delete-connection');
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await expect(conns.item('Lab renamed (copy)')).toBeVisible();
  await conns.choose('Lab renamed (copy)', 'Delete…');
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toBeHidden();
  await expect(conns.item('Lab renamed (copy)')).toHaveCount(0);

  expect((await storedProfiles(host.dataDir)).map((p) => p.name)).toEqual(['Lab renamed']);
  const stored = await readFile(join(host.dataDir, 'profiles.json'), 'utf8');
  expect(stored).not.toContain(s3Target().secretAccessKey);
  // Deleting a connection leaves the server alone.
  const head = await admin.send(new HeadBucketCommand({ Bucket: kept.name }));
  expect(head.$metadata.httpStatusCode).toBe(200);
});

test('imports profiles from a temporary ~/.aws, skipping an incomplete SSO profile with its reason', async ({
  page,
}, testInfo) => {
  const kept = await bucket('import');
  const home = await mkdtemp(join(tmpdir(), 'holdall-home-'));
  const t = s3Target();
  await mkdir(join(home, '.aws'));
  await writeFile(
    join(home, '.aws', 'credentials'),
    `# made by the test\n[rgw]\naws_access_key_id = ${t.accessKeyId}\n` +
      `aws_secret_access_key = ${t.secretAccessKey}  ; inline comment\n`,
  );
  await writeFile(
    join(home, '.aws', 'config'),
    `[profile rgw]\nregion = ${t.region}\nendpoint_url = ${t.endpoint}\ns3 =\n  addressing_style = path\n\n` +
      '[profile corp]\nsso_session = corp\nregion = eu-west-1\n\n[sso-session corp]\nsso_start_url = https://x.awsapps.com/start\n',
  );
  host = await startBrowserHost(undefined, { HOME: home });
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  const dialog = await conns.openImport();
  const list = dialog.getByRole('list', { name: 'AWS CLI profiles' });
  const rgw = list.getByRole('checkbox', { name: /^rgw/ });
  const corp = list.getByRole('checkbox', { name: /^corp/ });
  await expect(rgw).toBeChecked();
  await expect(corp).toBeDisabled();
  await expect(list.getByRole('listitem').filter({ hasText: 'corp' })).toContainText('SSO');
  await expect(dialog).not.toContainText(t.secretAccessKey);
  await screenshotBothSchemes(page, testInfo, 'import-aws');

  await dialog.getByRole('button', { name: 'Import 1 profile' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 1 connection.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await conns.item('rgw').click();
  await expect(conns.item('rgw').getByRole('treeitem', { name: kept.name })).toBeVisible();
  const [stored] = await storedProfiles(host.dataDir);
  expect(stored).toMatchObject({ name: 'rgw', endpoint: t.endpoint, addressing: 'path' });
  expect(await readFile(join(host.dataDir, 'profiles.json'), 'utf8')).not.toContain(
    t.secretAccessKey,
  );
});

test('a bucket-only connection shows just its bucket', async ({ page }, testInfo) => {
  const only = await bucket('only');
  const other = await bucket('notshown');
  host = await startBrowserHost();
  const conns = new ConnectionsPage(page);
  await page.goto(host.url);

  const dialog = await conns.add('Scoped', s3Target(), only.name);
  await conns.testAndExpect(dialog, `Connected: bucket ${only.name} answered`);
  await screenshotBothSchemes(page, testInfo, 'bucket-only-connection');
  await conns.save(dialog);

  await expect(conns.item('Scoped')).toContainText('Only this bucket');
  await conns.item('Scoped').click();
  await expect(conns.item('Scoped').getByRole('treeitem', { name: only.name })).toBeVisible();
  expect(await conns.bucketsOf('Scoped')).toEqual([only.name]);
  // The server holds more than the connection shows.
  const all = await admin.send(new ListBucketsCommand({}));
  expect(all.Buckets?.map((b) => b.Name)).toEqual(expect.arrayContaining([only.name, other.name]));
  expect((await storedProfiles(host.dataDir))[0]?.bucket).toBe(only.name);
});

test('request timeouts are set under Advanced, refused out of range, and kept by an edit', async ({
  page,
}, testInfo) => {
  const running = await startBrowserHost();
  host = running;
  const conns = new ConnectionsPage(page);
  await page.goto(running.url);

  const dialog = await conns.add('Timed', s3Target());
  const deadline = dialog.getByLabel('Response deadline (s)');
  const idle = dialog.getByLabel('Idle timeout (s)');
  // Collapsed at first; opened, it shows the defaults.
  await expect(deadline).toBeHidden();
  await conns.openAdvanced(dialog);
  await expect(deadline).toHaveValue('60');
  await expect(idle).toHaveValue('60');

  // Out of range, then hidden again by collapsing: Save opens the part at the field and sends nothing.
  await deadline.fill('0');
  await idle.fill('1.5');
  await dialog.getByText('Advanced', { exact: true }).click();
  await expect(deadline).toBeHidden();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Response deadline must be 1 to 3600 seconds')).toBeVisible();
  await expect(dialog.getByText('Idle timeout must be a whole number of seconds')).toBeVisible();
  await expect(deadline).toBeFocused();
  await expect(deadline).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'connection dialog, advanced part with errors');
  await expect(conns.item('Timed')).toHaveCount(0);
  expect(await profilesOverContract(page)).toEqual([]);

  await conns.setTimeouts(dialog, { headers: '90', idle: '20' });
  await expect(dialog.getByText('Response deadline must be 1 to 3600 seconds')).toHaveCount(0);
  await conns.save(dialog);
  await expect(conns.item('Timed')).toBeVisible();
  expect(await profilesOverContract(page)).toMatchObject([
    { name: 'Timed', timeouts: { headers: 90, idle: 20 } },
  ]);

  // An edit that touches only the name keeps them, and the dialog shows them.
  await conns.choose('Timed', 'Edit…');
  const edit = conns.dialog('Edit connection');
  await expect(edit.getByLabel('Response deadline (s)')).toBeHidden();
  await conns.openAdvanced(edit);
  await expect(edit.getByLabel('Response deadline (s)')).toHaveValue('90');
  await expect(edit.getByLabel('Idle timeout (s)')).toHaveValue('20');
  await expectAccessible(page, 'edit connection dialog, advanced part open');
  await edit.getByLabel('Idle timeout (s)').scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, testInfo, 'connection-advanced');
  await edit.getByLabel('Name').fill('Timed renamed');
  await conns.save(edit);
  await expect(conns.item('Timed renamed')).toBeVisible();
  expect(await storedProfiles(running.dataDir)).toMatchObject([
    { name: 'Timed renamed', timeouts: { headers: 90, idle: 20 } },
  ]);

  // Back to the defaults: the profile then holds none and follows the default.
  await conns.choose('Timed renamed', 'Edit…');
  await conns.setTimeouts(edit, { headers: '60', idle: '' });
  await conns.save(edit);
  expect((await storedProfiles(running.dataDir))[0]?.timeouts).toBeUndefined();
});

/** The connections as the page's contract lists them (same origin, the host's cookie). */
async function profilesOverContract(page: Page): Promise<StoredProfile[]> {
  return page.evaluate(async () => {
    const res = await fetch('/api/invoke/profiles.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    const envelope = (await res.json()) as { ok: boolean; value?: StoredProfile[] };
    if (!envelope.ok || envelope.value === undefined) throw new Error(JSON.stringify(envelope));
    return envelope.value;
  });
}

test('an endpoint is required for every provider but AWS, and each shows its own example', async ({
  page,
}, testInfo) => {
  host = await startBrowserHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Add connection' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New connection' });
  const endpoint = dialog.getByLabel('Endpoint');
  const provider = dialog.getByLabel('Provider');
  const examples = {
    aws: 'https://s3.eu-west-1.amazonaws.com',
    jdcloud: 'https://s3.cn-north-1.jdcloud-oss.com',
    ceph: 'http://rgw.example.com:7480',
    minio: 'http://minio.example.com:9000',
    generic: 'https://s3.example.com',
  };
  for (const [id, example] of Object.entries(examples)) {
    await provider.selectOption(id);
    await expect(endpoint).toHaveAttribute('placeholder', example);
  }

  await dialog.getByLabel('Name').fill('No address');
  await provider.selectOption('minio');
  await dialog.getByLabel('Access key ID').fill('AKID');
  await dialog.getByLabel('Secret access key').fill('secret');
  await expect(dialog.getByText('The address of your server')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Endpoint is required')).toBeVisible();
  await expect(endpoint).toHaveAttribute('aria-invalid', 'true');
  await screenshotBothSchemes(page, testInfo, 'connection-endpoint-required');

  // AWS alone may leave it empty: its public endpoint is the SDK's.
  await provider.selectOption('aws');
  await expect(dialog.getByText("Leave empty for Amazon S3's public endpoint.")).toBeVisible();
  await expect(dialog.getByText('Endpoint is required')).toBeHidden();
  await expect(endpoint).toHaveAttribute('aria-invalid', 'false');

  // The host refuses such a draft too, whatever the page sends.
  const refused = await page.evaluate(async () => {
    const res = await fetch('/api/invoke/profiles.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Sneaky',
        provider: 'ceph',
        endpoint: '',
        region: 'us-east-1',
        addressing: 'path',
        accessKeyId: 'AKID',
        secretAccessKey: 'secret',
      }),
    });
    return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  expect(refused.error?.message).toContain('endpoint');
});
