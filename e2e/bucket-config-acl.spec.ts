import {
  GetBucketAclCommand,
  GetObjectAclCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Grant } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { configSession } from './fixtures/config-session.js';
import { s3OtherTarget, s3Target } from './fixtures/s3.js';
import { BucketConfigPage } from './pages/bucket-config.js';
import { BucketsPage } from './pages/buckets.js';
import { ObjectPropertiesPage } from './pages/object-properties.js';

const session = configSession();
const { admin } = session;

/** The run's second RGW user (uid holdall-other), whose canonical id is its user id. */
const OTHER_ID = 'holdall-other';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

function otherClient(): S3Client {
  const other = s3OtherTarget();
  if (other === undefined) throw new Error('The RGW fixture gives a second user (S3_OTHER_*)');
  return new S3Client({
    endpoint: other.endpoint,
    region: other.region,
    forcePathStyle: true,
    credentials: { accessKeyId: other.accessKeyId, secretAccessKey: other.secretAccessKey },
  });
}

/** The grants the server holds, as "who permission" lines, sorted. */
async function storedGrants(name: string): Promise<string[]> {
  const out = await admin.send(new GetBucketAclCommand({ Bucket: name }));
  const who = (g: Grant) => g.Grantee?.ID ?? g.Grantee?.URI ?? g.Grantee?.EmailAddress ?? '?';
  return (out.Grants ?? []).map((g) => `${who(g)} ${g.Permission ?? '?'}`).sort();
}

async function otherCanList(name: string): Promise<boolean> {
  return otherClient()
    .send(new ListObjectsV2Command({ Bucket: name }))
    .then(
      () => true,
      (err: { name?: string }) => {
        if (err.name === 'AccessDenied') return false;
        throw err;
      },
    );
}

function openAcl(page: Page, name: string): Promise<BucketConfigPage> {
  return session.open(page, name, 'ACL');
}

test('sets a canned ACL and a grant to another user through the form; the server stores them', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('acl-form');
  const ownerId = (await admin.send(new GetBucketAclCommand({ Bucket: made.name }))).Owner?.ID;
  expect(ownerId).toBe('holdall');
  expect(await otherCanList(made.name)).toBe(false);

  const config = await openAcl(page, made.name);
  await expect(config.form.getByTestId('acl-owner')).toContainText('holdall');
  const access = config.form.getByLabel('Access (canned ACL)');
  await expect(access).toHaveValue('private');
  await expect(config.panel.getByRole('button', { name: 'Delete…' })).toHaveCount(0);

  await access.selectOption({ label: 'Public read' });
  await expect(config.form.getByLabel('Grantee of grant 2')).toHaveValue('AllUsers');
  await expect(config.form.getByLabel('Permission of grant 2')).toHaveValue('READ');

  await config.form.getByRole('button', { name: 'Add grant' }).click();
  await config.form.getByLabel('Grantee of grant 3').fill(OTHER_ID);
  await config.form.getByLabel('Permission of grant 3').selectOption('READ');
  await expect(access).toHaveValue('');
  await config.screenshot(testInfo, 'acl-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<URI>http://acs.amazonaws.com/groups/global/AllUsers</URI>',
    `<ID>${OTHER_ID}</ID>`,
  ]);
  expect(await storedGrants(made.name)).toEqual(['holdall FULL_CONTROL']);

  const outcome = await config.apply();
  // RGW adds the grantee's display name: the note shows what it changed.
  await expect(outcome).toContainText('The server stored it differently from what was sent');
  await expect(
    config.panel.getByRole('region', {
      name: 'Differences between what was sent and what the server stored',
    }),
  ).toContainText('<DisplayName>');
  // The differences carry every stored line: the document is not shown a second time.
  await expect(config.stored).toHaveCount(0);
  expect(await storedGrants(made.name)).toEqual(
    ['holdall FULL_CONTROL', `${ALL_USERS} READ`, `${OTHER_ID} READ`].sort(),
  );
  expect(await otherCanList(made.name)).toBe(true);
});

test('edits through the raw XML, then JSON, and the form follows', async ({ page }, testInfo) => {
  const made = await session.bucket('acl-raw');
  const config = await openAcl(page, made.name);
  await config.showRaw();
  await expect(config.rawEditor).toContainText('<AccessControlPolicy');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Owner><ID>holdall</ID></Owner>
  <AccessControlList>
    <Grant>
      <Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>holdall</ID></Grantee>
      <Permission>FULL_CONTROL</Permission>
    </Grant>
    <Grant>
      <Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>${AUTHENTICATED}</URI></Grantee>
      <Permission>READ</Permission>
    </Grant>
    <Grant>
      <Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>${OTHER_ID}</ID></Grantee>
      <Permission>WRITE_ACP</Permission>
    </Grant>
  </AccessControlList>
</AccessControlPolicy>`;
  await config.replaceRaw(xml);
  await expect(config.problems).toBeHidden();
  await config.screenshot(testInfo, 'acl-raw-xml');

  await config.showForm();
  await expect(config.form.getByLabel('Grantee type of grant 2')).toHaveValue('group');
  await expect(config.form.getByLabel('Grantee of grant 2')).toHaveValue('AuthenticatedUsers');
  await expect(config.form.getByLabel('Grantee of grant 3')).toHaveValue(OTHER_ID);
  await expect(config.form.getByLabel('Permission of grant 3')).toHaveValue('WRITE_ACP');

  // The same draft as JSON, as the AWS CLI prints it.
  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await expect(config.rawEditor).toContainText('"Type": "Group"');
  await expect(config.rawEditor).toContainText(`"ID": "${OTHER_ID}"`);
  await config.screenshot(testInfo, 'acl-raw-json');

  await config.review();
  await config.apply();
  expect(await storedGrants(made.name)).toEqual(
    ['holdall FULL_CONTROL', `${AUTHENTICATED} READ`, `${OTHER_ID} WRITE_ACP`].sort(),
  );
});

test('invalid input shows the message and sends nothing', async ({ page }, testInfo) => {
  const made = await session.bucket('acl-bad');
  const before = await storedGrants(made.name);
  const config = await openAcl(page, made.name);

  await config.form.getByRole('button', { name: 'Add grant' }).click();
  await expect(config.form.getByText('Canonical user id is required')).toBeVisible();
  await config.form.getByLabel('Grantee type of grant 2').selectOption({ label: 'E-mail address' });
  await config.form.getByLabel('Grantee of grant 2').fill('not-mail');
  await expect(config.form.getByText('Not an e-mail address')).toBeVisible();
  await expect(config.form.getByLabel('Grantee of grant 2')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'acl-form-invalid');

  await config.showRaw();
  await expect(config.problems).toContainText(/Line 1[0-9]: Not an e-mail address/);
  await config.replaceRaw('<AccessControlPolicy>\n  <Owner>\n</AccessControlPolicy>');
  await expect(config.problems).toContainText(/^Line 3: /);
  await expect(config.reviewButton).toBeDisabled();
  await config.showForm();
  await expect(config.panel.getByRole('alert')).toContainText('Fix them in the raw view first');

  expect(await storedGrants(made.name)).toEqual(before);
});

test('shows the diff before applying; discarding returns to what the server holds', async ({
  page,
}) => {
  const made = await session.bucket('acl-diff');
  const config = await openAcl(page, made.name);
  await expect(config.panel.getByText('No changes to apply.')).toBeVisible();
  await config.form
    .getByLabel('Access (canned ACL)')
    .selectOption({ label: 'Public read and write' });
  const diff = await config.review();
  await expect(config.diffLines(diff, 'removed')).toHaveCount(0);
  await expect(config.diffLines(diff, 'added').filter({ hasText: '<Permission>' })).toHaveText([
    /<Permission>READ<\/Permission>/,
    /<Permission>WRITE<\/Permission>/,
  ]);
  await config.backToEditing();
  expect(await storedGrants(made.name)).toEqual(['holdall FULL_CONTROL']);
  await config.panel.getByRole('button', { name: 'Discard changes' }).click();
  await expect(config.form.getByLabel('Access (canned ACL)')).toHaveValue('private');
  await expect(config.panel.getByText('No changes to apply.')).toBeVisible();
});

test('an object’s ACL is edited from the object menu, apart from its bucket’s', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('acl-object');
  await made.put({ 'shared/report.txt': 'numbers', 'shared/other.txt': 'more' });
  const url = (key: string) => `${s3Target().endpoint}/${made.name}/${key}`;
  expect((await fetch(url('shared/report.txt'))).status).toBe(403);

  const buckets = new BucketsPage(page);
  await buckets.connections.item('RGW').click();
  await buckets.item(made.name).click();
  const objects = new ObjectPropertiesPage(page);
  await objects.row('shared/').dblclick();
  await objects.fromRowMenu('report.txt', 'Access control (ACL)…');
  const config = await BucketConfigPage.objectAcl(page, 'shared/report.txt');
  await expect(config.form.getByTestId('acl-owner')).toContainText('holdall');
  await config.form.getByLabel('Access (canned ACL)').selectOption({ label: 'Public read' });
  await config.screenshot(testInfo, 'acl-object');
  await config.review();
  const outcome = await config.apply();
  await expect(config.stored).toContainText('AllUsers');
  // RGW lists the object's grants group first: the same ACL, in its own order.
  await expect(outcome).toContainText('The server stored what was sent, listed in its own order.');
  await config.screenshot(testInfo, 'acl-object-saved');

  const acl = await admin.send(
    new GetObjectAclCommand({ Bucket: made.name, Key: 'shared/report.txt' }),
  );
  expect(
    acl.Grants?.map((g) => `${g.Grantee?.ID ?? g.Grantee?.URI} ${g.Permission}`).sort(),
  ).toEqual(['holdall FULL_CONTROL', `${ALL_USERS} READ`]);
  expect((await fetch(url('shared/report.txt'))).status).toBe(200);
  // The bucket and the object beside it keep theirs.
  expect((await fetch(url('shared/other.txt'))).status).toBe(403);
  expect(await storedGrants(made.name)).toEqual(['holdall FULL_CONTROL']);
});

test('on a MinIO connection only canned ACLs go through, and what it lacks says so instead of a form', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('acl-minio');
  const buckets = new BucketsPage(page);
  // The same RGW, spoken to as MinIO: the editors follow the provider's rules.
  const dialog = await buckets.connections.add('MinIO', s3Target());
  await dialog.getByLabel('Provider').selectOption('minio');
  await buckets.connections.save(dialog);
  await buckets.connections.item('MinIO').click();
  await buckets.openProperties(made.name);
  const config = new BucketConfigPage(
    page,
    page.getByRole('dialog', { name: `Properties of ${made.name}` }),
  );
  await config.selectTab('ACL');
  await config.form.getByRole('button', { name: 'Add grant' }).click();
  await config.form.getByLabel('Grantee of grant 2').fill(OTHER_ID);
  await expect(
    config.form.getByText('MinIO takes only canned ACLs: choose one under Access'),
  ).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await config.form.getByLabel('Access (canned ACL)').selectOption({ label: 'Public read' });
  await expect(config.reviewButton).toBeEnabled();
  await config.review();
  await config.apply();
  expect(await storedGrants(made.name)).toEqual(['holdall FULL_CONTROL', `${ALL_USERS} READ`]);

  await config.selectTab('Website');
  await expect(
    config.panel.getByText('This endpoint does not support the website configuration.'),
  ).toBeVisible();
  await expect(
    config.panel.getByText(/^Reason: MinIO does not support GetBucketWebsite/),
  ).toBeVisible();
  await expect(config.panel.getByRole('button', { name: 'Create' })).toHaveCount(0);
  await config.screenshot(testInfo, 'config-unsupported');
});
