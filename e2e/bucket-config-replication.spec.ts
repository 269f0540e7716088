import {
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
} from '@aws-sdk/client-s3';
import type { ReplicationRule } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { configSession } from './fixtures/config-session.js';
import { expectStyledButtons } from './fixtures/styled-buttons.js';
import { s3Target } from './fixtures/s3.js';
import { BucketConfigPage } from './pages/bucket-config.js';
import { BucketsPage } from './pages/buckets.js';

const session = configSession();

async function enableVersioning(bucket: string): Promise<void> {
  await session.admin.send(
    new PutBucketVersioningCommand({
      Bucket: bucket,
      VersioningConfiguration: { Status: 'Enabled' },
    }),
  );
}

/** What the server keeps of each rule (RGW drops DeleteMarkerReplication), or [] for none. */
async function storedRules(bucket: string) {
  const out = await session.admin.send(new GetBucketReplicationCommand({ Bucket: bucket }));
  return (out.ReplicationConfiguration?.Rules ?? []).map((r) => ({
    id: r.ID,
    status: r.Status,
    priority: r.Priority,
    prefix: r.Filter?.Prefix ?? r.Prefix,
    destination: r.Destination?.Bucket,
    storageClass: r.Destination?.StorageClass,
  }));
}

function rule(id: string, prefix: string, destination: string): ReplicationRule {
  return {
    ID: id,
    Status: 'Enabled',
    Priority: 1,
    Filter: { Prefix: prefix },
    Destination: { Bucket: `arn:aws:s3:::${destination}` },
    DeleteMarkerReplication: { Status: 'Disabled' },
  };
}

async function setRules(bucket: string, rules: ReplicationRule[]): Promise<void> {
  await session.admin.send(
    new PutBucketReplicationCommand({
      Bucket: bucket,
      ReplicationConfiguration: { Role: '', Rules: rules },
    }),
  );
}

/** Two versioned buckets: a source and a destination. */
async function pair(label: string): Promise<{ source: string; target: string }> {
  const source = await session.bucket(label);
  const target = await session.bucket(`${label}-dst`);
  await enableVersioning(source.name);
  await enableVersioning(target.name);
  return { source: source.name, target: target.name };
}

test('sets a rule through the form, enabling versioning where it asks; the server stores it', async ({
  page,
}, testInfo) => {
  const source = await session.bucket('rep-form');
  const target = await session.bucket('rep-form-dst');
  const config = await session.open(page, source.name, 'Replication');
  await expect(config.noneTitle('replication configuration')).toBeVisible();
  await config.create();

  await expect(config.form.getByRole('note')).toContainText(
    `"${source.name}" needs versioning enabled`,
  );
  await expect(config.form.getByRole('note')).toContainText('sync policy on its zonegroup');
  const first = config.form.getByRole('group', { name: 'Replication rule 1' });
  await first.getByLabel('Rule ID').fill('logs');
  await first.getByLabel('Priority').fill('5');
  await first.getByLabel('Prefix').fill('logs/');
  await first.getByLabel('Destination bucket').fill(target.name);
  await first.getByLabel('Storage class of replicas').selectOption('STANDARD');
  await config.screenshot(testInfo, 'replication-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<Prefix>logs/</Prefix>',
    `<Bucket>arn:aws:s3:::${target.name}</Bucket>`,
  ]);
  // The source is not versioned yet: Holdall refuses before the server sees the rules.
  await config.panel.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(config.panel.getByRole('alert')).toContainText(
    'VersioningNotEnabled: Replication needs versioning',
  );
  expect(await storedRules(source.name)).toEqual([]);

  // The form offers to switch versioning on, then the same draft applies.
  await config.backToEditing();
  const versioning = config.form.getByTestId('versioning-status');
  await expect(versioning).toContainText('Versioning is off.');
  // It asks first and says it cannot be undone; Cancel sends nothing.
  await versioning.getByRole('button', { name: 'Enable versioning…' }).click();
  const ask = versioning.getByRole('alertdialog', { name: 'Enable versioning' });
  await expect(ask).toContainText('This cannot be undone');
  await expect(ask).toContainText('never turned off');
  await config.screenshot(testInfo, 'versioning-confirm');
  await expectStyledButtons(config.dialog);
  await expectAccessible(page, 'enable versioning, asked first');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  const untouched = await session.admin.send(
    new GetBucketVersioningCommand({ Bucket: source.name }),
  );
  expect(untouched.Status).toBeUndefined();
  await versioning.getByRole('button', { name: 'Enable versioning…' }).click();
  await ask.getByRole('button', { name: 'Enable versioning', exact: true }).click();
  await expect(versioning).toContainText('Versioning is enabled.');
  await expect(versioning.getByRole('button', { name: /^Enable versioning/ })).toHaveCount(0);
  const stored = await session.admin.send(new GetBucketVersioningCommand({ Bucket: source.name }));
  expect(stored.Status).toBe('Enabled');
  await config.review();
  await config.apply();
  expect(await storedRules(source.name)).toEqual([
    {
      id: 'logs',
      status: 'Enabled',
      priority: 5,
      prefix: 'logs/',
      destination: `arn:aws:s3:::${target.name}`,
      storageClass: 'STANDARD',
    },
  ]);
});

test('edits through the raw XML and JSON and the form follows', async ({ page }, testInfo) => {
  const { source, target } = await pair('rep-raw');
  await setRules(source, [rule('logs', 'logs/', target)]);
  const config = await session.open(page, source, 'Replication');
  const first = config.form.getByRole('group', { name: 'Replication rule 1' });
  await expect(first.getByLabel('Prefix')).toHaveValue('logs/');
  await expect(first.getByLabel('Destination bucket')).toHaveValue(target);

  await config.showRaw();
  await expect(config.rawEditor).toContainText('<ReplicationConfiguration');
  await config.replaceRaw(
    [
      '<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      '  <Rule>',
      '    <ID>media</ID>',
      '    <Priority>2</Priority>',
      '    <Status>Disabled</Status>',
      '    <Filter><Prefix>media/</Prefix></Filter>',
      `    <Destination><Bucket>arn:aws:s3:::${target}</Bucket><StorageClass>REDUCED_REDUNDANCY</StorageClass></Destination>`,
      '  </Rule>',
      '</ReplicationConfiguration>',
    ].join('\n'),
  );
  await expect(config.problems).toBeHidden();
  await config.screenshot(testInfo, 'replication-raw-xml');

  await config.showForm();
  await expect(first.getByLabel('Rule ID')).toHaveValue('media');
  await expect(first.getByLabel('Status')).toHaveValue('Disabled');
  await expect(first.getByLabel('Prefix')).toHaveValue('media/');
  await expect(first.getByLabel('Storage class of replicas')).toHaveValue('REDUCED_REDUNDANCY');

  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await expect(config.rawEditor).toContainText('"Rules": [');
  await config.screenshot(testInfo, 'replication-raw-json');

  await config.review();
  await config.apply();
  expect(await storedRules(source)).toEqual([
    {
      id: 'media',
      status: 'Disabled',
      priority: 2,
      prefix: 'media/',
      destination: `arn:aws:s3:::${target}`,
      storageClass: 'REDUCED_REDUNDANCY',
    },
  ]);
});

/** The same RGW, presented as JD Cloud OSS so its replication limits apply. */
async function openAsJdCloud(page: Page, bucket: string): Promise<BucketConfigPage> {
  const buckets = new BucketsPage(page);
  const dialog = await buckets.connections.add('JD', s3Target());
  await dialog.getByLabel('Provider').selectOption('jdcloud');
  await dialog.getByLabel('Addressing').selectOption('path');
  await buckets.connections.save(dialog);
  await buckets.connections.item('JD').click();
  return BucketConfigPage.open(page, bucket, 'Replication');
}

test("invalid input and JD Cloud's limits show their messages and send nothing", async ({
  page,
}, testInfo) => {
  const { source, target } = await pair('rep-bad');
  const other = await session.bucket('rep-bad-other');
  await setRules(source, [rule('logs', 'logs/', target)]);
  const config = await openAsJdCloud(page, source);
  await expect(config.form.getByRole('note')).toContainText(
    'JD Cloud OSS replicates all rules to one destination bucket',
  );

  await config.form.getByRole('button', { name: 'Add rule' }).click();
  const second = config.form.getByRole('group', { name: 'Replication rule 2' });
  await second.getByLabel('Rule ID').fill('logs');
  await expect(second.getByText('"logs" is used by another rule')).toBeVisible();
  await second.getByLabel('Rule ID').fill('old-logs');
  await second.getByLabel('Prefix').fill('logs/2020/');
  await second.getByLabel('Destination bucket').fill(other.name);
  await expect(second.getByText(/JD Cloud OSS replicates every rule to one bucket/)).toBeVisible();
  await second.getByLabel('Destination bucket').fill(target);
  await expect(
    second.getByText(
      'JD Cloud OSS does not allow rules whose prefixes overlap: this one overlaps "logs/".',
    ),
  ).toBeVisible();
  await expect(second.getByLabel('Prefix')).toHaveAttribute('aria-invalid', 'true');
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'replication-form-invalid');

  await config.showRaw();
  await expect(config.problems).toContainText(/^Line \d+: JD Cloud OSS does not allow/);
  await config.chooseRawFormat('JSON');
  await config.replaceRaw(
    '{\n  "Role": "arn:aws:iam::1:role/r",\n  "Rules": [{"ID": "a", "Status": "Enabled", "Filter": {"Prefix": ""}, "Destination": {"Bucket": "arn:aws:s3:::backup"}}]\n}',
  );
  await expect(config.problems).toContainText('JD Cloud OSS does not take Role.');
  await expect(config.reviewButton).toBeDisabled();

  expect(await storedRules(source)).toEqual([
    {
      id: 'logs',
      status: 'Enabled',
      priority: 1,
      prefix: 'logs/',
      destination: `arn:aws:s3:::${target}`,
      storageClass: undefined,
    },
  ]);
});

test('shows the diff before applying; delete returns the none state', async ({ page }) => {
  const { source, target } = await pair('rep-diff');
  await setRules(source, [rule('logs', 'logs/', target)]);
  const config = await session.open(page, source, 'Replication');
  const first = config.form.getByRole('group', { name: 'Replication rule 1' });
  await first.getByLabel('Status').selectOption('Disabled');
  const diff = await config.review();
  await expect(config.diffLines(diff, 'removed')).toHaveText([/<Status>Enabled<\/Status>/]);
  await expect(config.diffLines(diff, 'added')).toHaveText([/<Status>Disabled<\/Status>/]);
  await config.backToEditing();
  expect((await storedRules(source))[0]?.status).toBe('Enabled');

  await config.delete();
  await expect(config.noneTitle('replication configuration')).toBeVisible();
  expect(await storedRules(source)).toEqual([]);
});
