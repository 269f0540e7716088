import {
  GetBucketRequestPaymentCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  PutBucketAclCommand,
  PutBucketPolicyCommand,
} from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { configSession, storedOrNull } from './fixtures/config-session.js';
import { s3Target } from './fixtures/s3.js';
import { screenshotBothSchemes } from './pages/connections.js';

// The Versioning, Public access and Requester pays tabs of bucket properties, each proven by
// what the server then holds.

const session = configSession();

async function versioningStatus(bucket: string): Promise<string | undefined> {
  return (await session.admin.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status;
}

/** The stored settings, or null for none: AWS's 404, or RGW's answer of every setting off. */
function publicAccessBlock(bucket: string) {
  return storedOrNull('NoSuchPublicAccessBlockConfiguration', async () => {
    const out = await session.admin.send(new GetPublicAccessBlockCommand({ Bucket: bucket }));
    const stored = out.PublicAccessBlockConfiguration;
    return stored !== undefined && Object.values(stored).some(Boolean) ? stored : null;
  });
}

async function payer(bucket: string): Promise<string | undefined> {
  return (await session.admin.send(new GetBucketRequestPaymentCommand({ Bucket: bucket }))).Payer;
}

/** A bucket policy that lets everybody read every object. */
function publicPolicy(bucket: string) {
  return {
    Bucket: bucket,
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::${bucket}/*`,
        },
      ],
    }),
  };
}

/** A bucket whose policy and ACL both let everybody read. */
async function publicBucket(label: string) {
  const made = await session.bucket(label);
  await made.put({ 'hello.txt': 'hello' });
  await session.admin.send(new PutBucketAclCommand({ Bucket: made.name, ACL: 'public-read' }));
  await session.admin.send(new PutBucketPolicyCommand(publicPolicy(made.name)));
  return made;
}

test('versioning tab: never enabled, enabled after a one-way confirmation, then suspended', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const made = await session.bucket('prot-ver');
  const config = await session.open(page, made.name, 'Versioning');
  const state = config.panel.getByTestId('versioning-status');
  await expect(state).toContainText('It has never been enabled on this bucket.');
  await expect(state).toContainText('Enabling versioning is a one-way choice');
  await expectAccessible(page, 'bucket properties: Versioning (never enabled)');

  await state.getByRole('button', { name: 'Enable versioning…' }).click();
  const ask = state.getByRole('alertdialog', { name: 'Enable versioning' });
  await expect(ask).toContainText('This cannot be undone');
  await expect(ask).toContainText('never turned off');
  await screenshotBothSchemes(page, testInfo, 'versioning-enable-confirm');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await versioningStatus(made.name)).toBeUndefined();

  await state.getByRole('button', { name: 'Enable versioning…' }).click();
  await ask.getByRole('button', { name: 'Enable versioning', exact: true }).click();
  await expect(state).toContainText('Versioning is enabled.');
  await expect(state).toContainText('a delete only adds a delete marker');
  expect(await versioningStatus(made.name)).toBe('Enabled');
  // RGW reports MFA delete once versioning is on; Holdall shows it and offers no change.
  await expect(state.getByText('MFA delete')).toBeVisible();
  await expect(state.getByText('Disabled', { exact: true })).toBeVisible();
  await expectAccessible(page, 'bucket properties: Versioning (enabled)');

  await state.getByRole('button', { name: 'Suspend versioning…' }).click();
  const suspend = state.getByRole('alertdialog', { name: 'Suspend versioning' });
  await expect(suspend).toContainText('new writes replace the null version');
  await suspend.getByRole('button', { name: 'Suspend versioning', exact: true }).click();
  await expect(state).toContainText('Versioning is suspended.');
  expect(await versioningStatus(made.name)).toBe('Suspended');
  await screenshotBothSchemes(page, testInfo, 'versioning-suspended');

  // The Replication tab shows the same state and points here.
  await config.selectTab('Replication');
  await config.create();
  const note = config.form.getByTestId('versioning-status');
  await expect(note).toContainText('Versioning is suspended.');
  await expect(note).toContainText('The Versioning tab explains each state');
});

test('public access tab: switches explained, warnings name what the bucket would lose, applied and deleted', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const made = await publicBucket('prot-pab');
  const url = `${s3Target().endpoint}/${made.name}/hello.txt`;
  expect((await fetch(url)).status).toBe(200);

  const config = await session.open(page, made.name, 'Public access');
  await expect(config.noneTitle('public access block')).toBeVisible();
  await config.create();
  const form = config.form;
  for (const name of [
    'Block public ACLs',
    'Ignore public ACLs',
    'Block public policy',
    'Restrict public buckets',
  ]) {
    await expect(form.getByRole('switch', { name })).toBeChecked();
  }
  await expect(form.getByText('stop counting. They stay stored')).toBeVisible();
  await expect(
    form.getByText('Ceph RGW 16 stores this setting but does not enforce it'),
  ).toBeVisible();
  const changes = form.getByRole('region', { name: 'What this does to the bucket as it is now' });
  await expect(changes.getByRole('listitem')).toHaveText([
    /with “Restrict public buckets” on, anonymous requests it lets in now will be refused/,
    /with “Block public policy” on, it cannot be put again as it is/,
    /ACL grants access to everyone \(AllUsers\): with “Ignore public ACLs” on/,
    /ACL grants access to everyone \(AllUsers\): with “Block public ACLs” on/,
  ]);
  await expectAccessible(page, 'bucket properties: Public access form');
  await config.screenshot(testInfo, 'public-access-warnings');

  await form.getByRole('switch', { name: 'Ignore public ACLs' }).uncheck();
  await form.getByRole('switch', { name: 'Block public ACLs' }).uncheck();
  await expect(changes.getByRole('listitem')).toHaveCount(2);
  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<BlockPublicAcls>false</BlockPublicAcls>',
    '<RestrictPublicBuckets>true</RestrictPublicBuckets>',
  ]);
  expect(await publicAccessBlock(made.name)).toBeNull();
  await config.apply();
  expect(await publicAccessBlock(made.name)).toEqual({
    BlockPublicAcls: false,
    IgnorePublicAcls: false,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
  });
  // RGW enforces Block public policy: the public policy cannot be put again as it is.
  await expect(
    session.admin.send(new PutBucketPolicyCommand(publicPolicy(made.name))),
  ).rejects.toMatchObject({ name: 'AccessDenied' });

  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await config.replaceRaw('{\n  "BlockPublicPolicy": "yes"\n}');
  await expect(config.problems).toContainText('BlockPublicPolicy must be true or false.');
  await config.replaceRaw('{\n  "IgnorePublicAcls": true\n}');
  await expectAccessible(page, 'bucket properties: Public access raw');
  await config.review();
  await config.apply();
  expect(await publicAccessBlock(made.name)).toEqual({
    BlockPublicAcls: false,
    IgnorePublicAcls: true,
    BlockPublicPolicy: false,
    RestrictPublicBuckets: false,
  });
  // With Block public policy off again the public policy can be put again, and still opens the
  // object (Ignore public ACLs only sets the ACL's grants aside).
  await session.admin.send(new PutBucketPolicyCommand(publicPolicy(made.name)));
  expect((await fetch(url)).status).toBe(200);

  await config.delete();
  await expect(config.noneTitle('public access block')).toBeVisible();
  expect(await publicAccessBlock(made.name)).toBeNull();
});

test('requester pays tab: asks first, warns that a public bucket stops answering anonymous readers', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const made = await publicBucket('prot-rp');
  const config = await session.open(page, made.name, 'Requester pays');
  const tab = config.panel.getByTestId('request-payment');
  await expect(tab).toContainText('The bucket owner pays for requests and data transfer.');
  await expect(tab).toContainText('anonymous access stops working');
  await expect(tab.getByRole('note')).toContainText('This bucket is public');
  await expectAccessible(page, 'bucket properties: Requester pays');

  await tab.getByRole('button', { name: 'Turn on requester pays…' }).click();
  const ask = tab.getByRole('alertdialog', { name: 'Turn on requester pays' });
  await expect(ask).toContainText('Anonymous requests will be refused');
  await screenshotBothSchemes(page, testInfo, 'requester-pays-confirm');
  await ask.getByRole('button', { name: 'Turn on requester pays', exact: true }).click();
  await expect(tab).toContainText('Requester pays is on');
  expect(await payer(made.name)).toBe('Requester');
  const url = `${s3Target().endpoint}/${made.name}/hello.txt`;
  expect((await fetch(url)).status).toBe(403);

  await tab.getByRole('button', { name: 'Turn off requester pays…' }).click();
  await tab
    .getByRole('alertdialog', { name: 'Turn off requester pays' })
    .getByRole('button', { name: 'Turn off requester pays', exact: true })
    .click();
  await expect(tab).toContainText('The bucket owner pays');
  expect(await payer(made.name)).toBe('BucketOwner');
});

test('the protection tabs speak Simplified Chinese', async ({ page }, testInfo) => {
  const made = await publicBucket('prot-zh');
  const dialog = await session.openInChinese(page, made.name);
  await dialog.getByRole('tab', { name: '版本控制', exact: true }).click();
  await expect(dialog.getByTestId('versioning-status')).toContainText('此存储桶从未开启过版本控制');
  await expect(dialog.getByRole('button', { name: '开启版本控制…' })).toBeVisible();
  await expectAccessible(page, 'bucket properties: Versioning (zh-CN)');

  await dialog.getByRole('tab', { name: '阻止公共访问', exact: true }).click();
  await expect(dialog.getByText('尚未配置阻止公共访问配置')).toBeVisible();
  await dialog.getByRole('button', { name: '新建', exact: true }).click();
  await expect(dialog.getByRole('switch', { name: '忽略公共 ACL' })).toBeChecked();
  await expect(dialog.getByText('开启“限制公共存储桶”后')).toBeVisible();
  await expectAccessible(page, 'bucket properties: Public access (zh-CN)');
  await screenshotBothSchemes(page, testInfo, 'public-access-zh');

  await dialog.getByRole('tab', { name: '请求者付费', exact: true }).click();
  await expect(dialog.getByText('请求和数据传输费用由存储桶所有者支付。')).toBeVisible();
  await expect(dialog.getByText('此存储桶是公开的')).toBeVisible();
  await expectAccessible(page, 'bucket properties: Requester pays (zh-CN)');
});

test('a provider without these features shows each tab as unsupported, naming the reason', async ({
  page,
}) => {
  const made = await session.bucket('prot-unsupported');
  // The probe's answer as a provider without them gives it (JD Cloud's dialect, a 501).
  const lacking = {
    versioning: { status: 'unsupported', reason: 'NotImplemented (HTTP 501)' },
    publicAccessBlock: {
      status: 'unsupported',
      reason: 'JD Cloud OSS does not support public access block.',
    },
    requestPayment: {
      status: 'unsupported',
      reason: 'JD Cloud OSS does not support requester pays.',
    },
  };
  await page.route('**/api/invoke/capabilities.probe', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value?: object };
    await route.fulfill({
      response,
      json: { ...envelope, value: { ...envelope.value, ...lacking } },
    });
  });
  const config = await session.open(page, made.name, 'Versioning');
  await expect(config.panel).toContainText(
    'This endpoint does not support the versioning configuration.',
  );
  await expect(config.panel).toContainText('Reason: NotImplemented (HTTP 501)');
  await config.selectTab('Public access');
  await expect(config.panel).toContainText(
    'Reason: JD Cloud OSS does not support public access block.',
  );
  await config.selectTab('Requester pays');
  await expect(config.panel).toContainText(
    'This endpoint does not support the requester pays setting.',
  );
  await expect(config.panel).toContainText('Reason: JD Cloud OSS does not support requester pays.');
  await expect(config.panel.getByRole('button')).toHaveCount(0);
});
