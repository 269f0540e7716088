import { GetBucketPolicyCommand, PutBucketPolicyCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { configSession, storedOrNull } from './fixtures/config-session.js';
import { s3Target } from './fixtures/s3.js';
import { screenshotBothSchemes } from './pages/connections.js';
import type { BucketConfigPage } from './pages/bucket-config.js';

const session = configSession();
const { admin } = session;

/** The policy the server holds, parsed, or null when it has none. */
function storedPolicy(name: string): Promise<unknown> {
  return storedOrNull('NoSuchBucketPolicy', async () => {
    const out = await admin.send(new GetBucketPolicyCommand({ Bucket: name }));
    return JSON.parse(out.Policy ?? 'null') as unknown;
  });
}

async function setPolicy(name: string, policy: unknown): Promise<void> {
  await admin.send(new PutBucketPolicyCommand({ Bucket: name, Policy: JSON.stringify(policy) }));
}

/** What an anonymous browser gets for an object: the policy decides. */
async function anonymousStatus(name: string, key: string): Promise<number> {
  const response = await fetch(`${s3Target().endpoint}/${name}/${key}`);
  return response.status;
}

function openPolicy(page: Page, name: string): Promise<BucketConfigPage> {
  return session.open(page, name, 'Policy');
}

/** Harmless to the test's own user: it only stops the second user writing without TLS. */
const denyOtherWrites = (name: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Old',
      Effect: 'Deny',
      Principal: { AWS: 'arn:aws:iam:::user/holdall-other' },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${name}/*`,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

test('builds a policy from a template in the form; the server stores it and anonymous reads follow it', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('policy-form');
  await made.put({ 'public/a.txt': 'hello', 'private/b.txt': 'secret' });
  expect(await anonymousStatus(made.name, 'public/a.txt')).toBe(403);

  const config = await openPolicy(page, made.name);
  // Arrow keys move between tabs.
  await config.tab('Policy').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(config.tab('General')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(config.tab('Policy')).toHaveAttribute('aria-selected', 'true');

  await expect(config.noneTitle('bucket policy')).toBeVisible();
  await config.create();
  await expect(config.form.getByText('Add at least one statement')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();

  await config.form.getByLabel('Template').selectOption({ label: 'Public read of a prefix' });
  await config.form.getByLabel('Prefix (empty for the whole bucket)').fill('public/');
  await config.form.getByRole('button', { name: 'Add to policy' }).click();
  const statement = config.form.getByRole('group', { name: 'Statement 1' });
  await expect(statement.getByLabel('Statement id (Sid)')).toHaveValue('PublicReadPrefix');
  await expect(statement.getByLabel('Resources, one per line')).toHaveValue(
    `arn:aws:s3:::${made.name}/public/*`,
  );
  await expect(
    statement.getByRole('checkbox', { name: 's3:GetObject', exact: true }),
  ).toBeChecked();
  await expect(config.form.getByTestId('policy-size')).toContainText('of 20,480 bytes');
  await config.screenshot(testInfo, 'policy-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText(['"Sid": "PublicReadPrefix",']);
  await expect(config.diffLines(diff, 'removed')).toHaveCount(0);
  expect(await storedPolicy(made.name)).toBeNull();
  await config.screenshot(testInfo, 'policy-review');

  const outcome = await config.apply();
  await expect(outcome).toContainText('The server stored exactly what was sent.');
  expect(await storedPolicy(made.name)).toEqual({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PublicReadPrefix',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${made.name}/public/*`,
      },
    ],
  });
  expect(await anonymousStatus(made.name, 'public/a.txt')).toBe(200);
  expect(await anonymousStatus(made.name, 'private/b.txt')).toBe(403);
});

test('edits through the raw JSON and the form follows', async ({ page }, testInfo) => {
  const made = await session.bucket('policy-raw');
  await setPolicy(made.name, denyOtherWrites(made.name));
  const config = await openPolicy(page, made.name);
  const first = config.form.getByRole('group', { name: 'Statement 1' });
  await expect(first.getByLabel('Effect')).toHaveValue('Deny');
  await expect(first.getByLabel('Key of condition 1')).toHaveValue('aws:SecureTransport');

  await config.showRaw();
  await expect(config.rawEditor).toContainText('"aws:SecureTransport": "false"');
  const edited = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OfficeList',
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam:::user/holdall-other'] },
        Action: ['s3:ListBucket', 's3:GetBucketLocation'],
        Resource: `arn:aws:s3:::${made.name}`,
        Condition: { IpAddress: { 'aws:SourceIp': ['10.1.0.0/16', '192.0.2.7/32'] } },
      },
    ],
  };
  await config.replaceRaw(JSON.stringify(edited, null, 2));
  await expect(config.problems).toBeHidden();
  await config.screenshot(testInfo, 'policy-raw');

  await config.showForm();
  await expect(first.getByLabel('Statement id (Sid)')).toHaveValue('OfficeList');
  await expect(first.getByLabel('Effect')).toHaveValue('Allow');
  await expect(first.getByRole('radio', { name: 'Specific principals' })).toBeChecked();
  await expect(first.getByLabel('Principal 1', { exact: true })).toHaveValue(
    'arn:aws:iam:::user/holdall-other',
  );
  await expect(first.getByRole('checkbox', { name: 's3:ListBucket', exact: true })).toBeChecked();
  await expect(
    first.getByRole('checkbox', { name: 's3:GetObject', exact: true }),
  ).not.toBeChecked();
  await expect(first.getByLabel('Operator of condition 1')).toHaveValue('IpAddress');
  await expect(first.getByLabel('Values of condition 1')).toHaveValue('10.1.0.0/16, 192.0.2.7/32');

  await config.review();
  await config.apply();
  expect(await storedPolicy(made.name)).toEqual({
    ...edited,
    Statement: [{ ...edited.Statement[0], Principal: { AWS: 'arn:aws:iam:::user/holdall-other' } }],
  });
});

test('invalid input shows the message at its field or line and sends nothing', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('policy-bad');
  const original = denyOtherWrites(made.name);
  await setPolicy(made.name, original);
  const config = await openPolicy(page, made.name);
  const first = config.form.getByRole('group', { name: 'Statement 1' });

  const resources = first.getByLabel('Resources, one per line');
  await resources.fill(`arn:aws:s3:::${made.name}\narn:aws:s3:::someone-else/*`);
  await expect(resources).toHaveAttribute('aria-invalid', 'true');
  await expect(first.getByText(/"arn:aws:s3:::someone-else\/\*" is not this bucket/)).toBeVisible();
  await expect(config.panel.getByText('1 problem to fix before applying')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'policy-form-invalid');

  // The same problem, placed on its line in the raw view.
  await config.showRaw();
  await expect(config.problems).toContainText(/^Line 13: .*someone-else/);

  // JSON that does not parse: its line, and the form waits for a fix.
  await config.replaceRaw(
    '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"\n  ]\n}',
  );
  await expect(config.problems).toContainText(/^Line 5: /);
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'policy-raw-invalid');
  await config.showForm();
  await expect(config.panel.getByRole('alert')).toContainText('Fix them in the raw view first');

  // Over 20 KB: the size is the message.
  await config.showRaw();
  const ranges = Array.from({ length: 1500 }, (_, i) => `10.${i % 250}.${i % 199}.0/24`);
  const huge = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${made.name}/*`,
        Condition: { IpAddress: { 'aws:SourceIp': ranges } },
      },
    ],
  };
  await config.replaceRaw(JSON.stringify(huge, null, 2));
  await expect(config.problems).toContainText('S3 takes at most 20 KB (20,480 bytes)');
  await expect(config.reviewButton).toBeDisabled();

  expect(await storedPolicy(made.name)).toEqual(original);
});

test('shows the diff before applying; delete returns the none state', async ({ page }) => {
  const made = await session.bucket('policy-diff');
  await setPolicy(made.name, denyOtherWrites(made.name));
  const config = await openPolicy(page, made.name);
  const first = config.form.getByRole('group', { name: 'Statement 1' });
  await expect(config.panel.getByText('No changes to apply.')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();

  await first.getByLabel('Statement id (Sid)').fill('New');
  // A look at another tab keeps the draft.
  await config.selectTab('ACL');
  await config.selectTab('Policy');
  await expect(first.getByLabel('Statement id (Sid)')).toHaveValue('New');
  const diff = await config.review();
  await expect(config.diffLines(diff, 'removed')).toHaveText([/"Sid": "Old",/]);
  await expect(config.diffLines(diff, 'added')).toHaveText([/"Sid": "New",/]);
  await config.backToEditing();
  await expect(first.getByLabel('Statement id (Sid)')).toHaveValue('New');
  expect(await storedPolicy(made.name)).toEqual(denyOtherWrites(made.name));

  // Escape with a draft not applied asks before dropping it.
  await page.keyboard.press('Escape');
  const unsaved = config.dialog.getByRole('alertdialog', { name: 'Close without applying?' });
  await expect(unsaved).toContainText('Changes to the bucket policy have not been applied.');
  await unsaved.getByRole('button', { name: 'Keep editing' }).click();
  await expect(unsaved).toBeHidden();
  await expect(first.getByLabel('Statement id (Sid)')).toHaveValue('New');

  await config.review();
  await config.apply();
  expect(await storedPolicy(made.name)).toMatchObject({ Statement: [{ Sid: 'New' }] });

  await config.delete();
  await expect(config.noneTitle('bucket policy')).toBeVisible();
  await expect(config.panel.getByRole('status')).toContainText('The bucket policy was deleted.');
  expect(await storedPolicy(made.name)).toBeNull();
  // Nothing left unapplied: Close closes.
  await config.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(config.dialog).toBeHidden();
});

test('a policy the server refuses shows its error code and message, and nothing changes', async ({
  page,
}) => {
  const made = await session.bucket('policy-refused');
  const config = await openPolicy(page, made.name);
  await config.create();
  await config.showRaw();
  const refused = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObjectFoo',
        Resource: `arn:aws:s3:::${made.name}/*`,
      },
    ],
  };
  await config.replaceRaw(JSON.stringify(refused, null, 2));
  await expect(config.problems).toBeHidden();
  await config.review();
  await config.panel.getByRole('button', { name: 'Apply', exact: true }).click();
  // RGW refuses an action it does not know with a bare 400 InvalidArgument.
  await expect(config.panel.getByRole('alert')).toHaveText(/^InvalidArgument: /);
  // Still in review, the draft kept, so it can be fixed and sent again.
  await expect(config.panel.getByRole('button', { name: 'Apply', exact: true })).toBeEnabled();
  expect(await storedPolicy(made.name)).toBeNull();
  // Discarding a draft of something never saved returns to "none configured".
  await config.backToEditing();
  await config.panel.getByRole('button', { name: 'Discard changes' }).click();
  await expect(config.noneTitle('bucket policy')).toBeVisible();
});

test('speaks Simplified Chinese: builder, templates, messages, raw problems', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('policy-zh');
  const dialog = await session.openInChinese(page, made.name);
  await dialog.getByRole('tab', { name: '存储桶策略' }).click();
  await expect(dialog.getByText('尚未配置存储桶策略')).toBeVisible();
  await dialog.getByRole('button', { name: '新建', exact: true }).click();
  await dialog.getByLabel('模板').selectOption({ label: '仅允许指定 IP 段只读访问' });
  await dialog.getByLabel('IP 段，以逗号分隔').fill('203.0.113.0/24, 198.51.100.300/32');
  await dialog.getByRole('button', { name: '添加到策略' }).click();
  const statement = dialog.getByRole('group', { name: '语句 1' });
  await expect(
    statement.getByText('"198.51.100.300/32" 不是 IP 地址或 IP 段（例如 203.0.113.0/24）'),
  ).toBeVisible();
  await expect(dialog.getByText('应用前需修正 1 个问题')).toBeVisible();
  await statement.getByLabel('条件 1 的值').scrollIntoViewIfNeeded();
  await screenshotBothSchemes(page, testInfo, 'policy-form-zh');

  await dialog
    .getByRole('group', { name: '编辑方式' })
    .getByRole('button', { name: '源码' })
    .click();
  await expect(dialog.getByRole('list', { name: '问题' })).toContainText(/^第 \d+ 行：/);
  await screenshotBothSchemes(page, testInfo, 'policy-raw-zh');
  expect(await storedPolicy(made.name)).toBeNull();
});
