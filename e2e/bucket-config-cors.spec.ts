import { GetBucketCorsCommand, PutBucketCorsCommand } from '@aws-sdk/client-s3';
import type { CORSRule } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { configSession, storedOrNull } from './fixtures/config-session.js';
import { expectStyledButtons } from './fixtures/styled-buttons.js';
import { screenshotBothSchemes } from './pages/connections.js';

const session = configSession();

/** The CORS rules the server holds, or null when it has none. */
function storedRules(bucket: string): Promise<CORSRule[] | null> {
  return storedOrNull('NoSuchCORSConfiguration', async () => {
    const out = await session.admin.send(new GetBucketCorsCommand({ Bucket: bucket }));
    return out.CORSRules ?? [];
  });
}

async function setRules(bucket: string, rules: CORSRule[]): Promise<void> {
  await session.admin.send(
    new PutBucketCorsCommand({ Bucket: bucket, CORSConfiguration: { CORSRules: rules } }),
  );
}

const appRule: CORSRule = {
  ID: 'app',
  AllowedOrigins: ['https://app.example'],
  AllowedMethods: ['GET', 'PUT'],
};

test('sets CORS rules through the form; the server stores them and a real preflight follows them', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('cors-form');
  const config = await session.open(page, made.name, 'CORS');
  await expect(config.noneTitle('CORS configuration')).toBeVisible();
  await config.create();

  const rule = config.form.getByRole('group', { name: 'Rule 1' });
  await rule.getByLabel('Rule ID').fill('uploads');
  await rule.getByLabel('Allowed origins').fill('https://app.example\nhttps://*.app.example');
  await rule.getByRole('checkbox', { name: 'PUT', exact: true }).check();
  await rule.getByLabel('Allowed headers').fill('content-type, x-amz-meta-*');
  await rule.getByLabel('Exposed headers').fill('ETag');
  await rule.getByLabel('Max age (seconds)').fill('600');
  await config.screenshot(testInfo, 'cors-form');

  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toContainText([
    '<AllowedOrigin>https://app.example</AllowedOrigin>',
    '<MaxAgeSeconds>600</MaxAgeSeconds>',
  ]);
  expect(await storedRules(made.name)).toBeNull();

  // The review step has one main action: Apply (Close is a plain button).
  await expect(config.dialog.locator('.button-primary')).toHaveCount(1);
  await expect(config.dialog.locator('.button-primary')).toHaveText('Apply');

  // RGW keeps origins as a sorted set: the re-read shows what it really stored.
  const outcome = await config.apply();
  await expect(outcome).toContainText('The server stored what was sent, listed in its own order.');
  // Shown once, not again as a diff.
  await expect(config.stored).toHaveCount(1);
  await expect(config.panel.getByRole('region', { name: /^Differences between/ })).toHaveCount(0);
  await expect(config.panel.getByLabel('What the server stored', { exact: true })).toContainText(
    '<AllowedOrigin>https://*.app.example</AllowedOrigin>\n    <AllowedOrigin>https://app.example</AllowedOrigin>',
  );
  expect(await storedRules(made.name)).toEqual([
    {
      ID: 'uploads',
      AllowedHeaders: ['content-type', 'x-amz-meta-*'],
      AllowedMethods: ['GET', 'PUT'],
      AllowedOrigins: ['https://*.app.example', 'https://app.example'],
      ExposeHeaders: ['ETag'],
      MaxAgeSeconds: 600,
    },
  ]);

  const tester = config.panel.getByRole('region', { name: 'Test a preflight' });
  await tester.getByLabel('Origin', { exact: true }).fill('https://app.example');
  await tester.getByLabel('Method', { exact: true }).selectOption('PUT');
  await tester.getByLabel('Request headers').fill('content-type');
  await tester.getByLabel('Object key').fill('photos/cat.jpg');
  await tester.getByRole('button', { name: 'Send preflight' }).click();
  const result = tester.getByTestId('preflight-result');
  await expect(result).toContainText('A browser would go on with the request.');
  await expect(result).toContainText(`/${made.name}/photos/cat.jpg → HTTP 200`);
  await expect(result.getByRole('row', { name: /access-control-allow-origin/ })).toContainText(
    'https://app.example',
  );
  await config.screenshot(testInfo, 'cors-preflight');

  await tester.getByLabel('Origin', { exact: true }).fill('https://elsewhere.example');
  await tester.getByRole('button', { name: 'Send preflight' }).click();
  await expect(result).toContainText('Refused');
  await expect(result).toContainText('HTTP 403');
});

test('edits through the raw XML and JSON and the form follows', async ({ page }, testInfo) => {
  const made = await session.bucket('cors-raw');
  await setRules(made.name, [appRule]);
  const config = await session.open(page, made.name, 'CORS');
  const rule = config.form.getByRole('group', { name: 'Rule 1' });
  await expect(rule.getByLabel('Allowed origins')).toHaveValue('https://app.example');

  await config.showRaw();
  await expect(config.rawEditor).toContainText(
    '<AllowedOrigin>https://app.example</AllowedOrigin>',
  );
  await config.replaceRaw(
    [
      '<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      '  <CORSRule>',
      '    <ID>raw</ID>',
      '    <AllowedMethod>DELETE</AllowedMethod>',
      '    <AllowedOrigin>https://raw.example</AllowedOrigin>',
      '    <ExposeHeader>x-amz-request-id</ExposeHeader>',
      '  </CORSRule>',
      '</CORSConfiguration>',
    ].join('\n'),
  );
  await expect(config.problems).toBeHidden();
  await config.screenshot(testInfo, 'cors-raw-xml');

  await config.showForm();
  await expect(rule.getByLabel('Rule ID')).toHaveValue('raw');
  await expect(rule.getByLabel('Allowed origins')).toHaveValue('https://raw.example');
  await expect(rule.getByRole('checkbox', { name: 'DELETE', exact: true })).toBeChecked();
  await expect(rule.getByRole('checkbox', { name: 'GET', exact: true })).not.toBeChecked();
  await expect(rule.getByLabel('Exposed headers')).toHaveValue('x-amz-request-id');

  await config.showRaw();
  await config.chooseRawFormat('JSON');
  await expect(config.rawEditor).toContainText('"AllowedOrigins": [');
  await config.replaceRaw(
    JSON.stringify(
      { CORSRules: [{ AllowedOrigins: ['https://json.example'], AllowedMethods: ['HEAD'] }] },
      null,
      2,
    ),
  );
  await config.screenshot(testInfo, 'cors-raw-json');
  await config.showForm();
  await expect(rule.getByLabel('Allowed origins')).toHaveValue('https://json.example');
  await expect(rule.getByRole('checkbox', { name: 'HEAD', exact: true })).toBeChecked();

  await config.review();
  await config.apply();
  expect(await storedRules(made.name)).toEqual([
    { AllowedOrigins: ['https://json.example'], AllowedMethods: ['HEAD'] },
  ]);
});

test('invalid input shows the message at its field or line and sends nothing', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('cors-bad');
  await setRules(made.name, [appRule]);
  const config = await session.open(page, made.name, 'CORS');
  const rule = config.form.getByRole('group', { name: 'Rule 1' });

  const origins = rule.getByLabel('Allowed origins');
  await origins.fill('');
  await expect(origins).toHaveAttribute('aria-invalid', 'true');
  await expect(rule.getByText('needs at least one origin')).toBeVisible();
  await rule.getByLabel('Allowed origins').fill('https://*.a.*.example');
  await expect(rule.getByText('may hold at most one "*"')).toBeVisible();
  await expect(config.panel.getByText('1 problem to fix before applying')).toBeVisible();
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'cors-form-invalid');

  await config.showRaw();
  await expect(config.problems).toContainText(/^Line 7: may hold at most one/);
  await config.replaceRaw(
    '<CORSConfiguration>\n  <CORSRule>\n    <AllowedOrigin>*</AllowedOrigin>\n    <AllowedMethod>PATCH</AllowedMethod>\n  </CORSRule>\n</CORSConfiguration>',
  );
  await expect(config.problems).toContainText(/^Line 4: CORSRules\.0\.AllowedMethods\.0: /);
  await config.replaceRaw('<CORSConfiguration>\n  <CORSRule>\n</CORSConfiguration>');
  await expect(config.problems).toContainText(/^Line 3: Column \d+: /);
  await expect(config.reviewButton).toBeDisabled();
  await config.screenshot(testInfo, 'cors-raw-invalid');

  expect(await storedRules(made.name)).toEqual([appRule]);
});

test('shows the diff before applying; delete returns the none state', async ({ page }) => {
  const made = await session.bucket('cors-diff');
  await setRules(made.name, [appRule]);
  const config = await session.open(page, made.name, 'CORS');
  const rule = config.form.getByRole('group', { name: 'Rule 1' });
  await expect(config.panel.getByText('No changes to apply.')).toBeVisible();

  await rule.getByLabel('Max age (seconds)').fill('30');
  const diff = await config.review();
  await expect(config.diffLines(diff, 'added')).toHaveText([/<MaxAgeSeconds>30<\/MaxAgeSeconds>/]);
  await expect(config.diffLines(diff, 'removed')).toHaveCount(0);
  await config.backToEditing();
  expect(await storedRules(made.name)).toEqual([appRule]);

  await config.delete();
  await expect(config.noneTitle('CORS configuration')).toBeVisible();
  expect(await storedRules(made.name)).toBeNull();
});

test('speaks Simplified Chinese: labels, field messages from the schema, raw problems, every S3 document editor', async ({
  page,
}, testInfo) => {
  const made = await session.bucket('cors-zh');
  const dialog = await session.openInChinese(page, made.name);
  await dialog.getByRole('tab', { name: '跨域设置' }).click();
  await dialog.getByRole('button', { name: '新建', exact: true }).click();

  const rule = dialog.getByRole('group', { name: '规则 1' });
  await expect(rule.getByLabel('允许的来源')).toHaveAttribute('aria-invalid', 'true');
  await expect(rule.getByText('至少需要一个来源')).toBeVisible();
  await rule.getByLabel('缓存时间（秒）').fill('-5');
  await expect(rule.getByText(/数值过小/)).toBeVisible();
  await expect(dialog.getByRole('region', { name: '测试预检请求' })).toBeVisible();
  await screenshotBothSchemes(page, testInfo, 'cors-form-zh');

  await dialog
    .getByRole('group', { name: '编辑方式' })
    .getByRole('button', { name: '源码' })
    .click();
  await expect(dialog.getByRole('list', { name: '问题' })).toContainText(
    '第 3 行：至少需要一个来源',
  );
  expect(await storedRules(made.name)).toBeNull();

  // The other S3 document editors speak it too.
  const create = async (tab: string) => {
    await dialog.getByRole('tab', { name: tab }).click();
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
  };
  await create('静态网站');
  await expect(dialog.getByLabel('默认首页')).toHaveValue('index.html');
  await expect(dialog.getByLabel('网站地址')).toContainText('Holdall 无法得知网站地址');
  await create('跨区域复制');
  const replication = dialog.getByRole('group', { name: '复制规则 1' });
  await expect(replication.getByLabel('状态')).toHaveValue('Enabled');
  await expect(
    replication.getByText('必须是存储桶 ARN，例如 arn:aws:s3:::my-bucket'),
  ).toBeVisible();
  await expect(dialog.getByTestId('versioning-status')).toContainText('版本控制未开启。');
  await create('事件通知');
  await expect(dialog.getByRole('group', { name: '事件通知 1' })).toBeVisible();
  await expect(dialog.getByRole('region', { name: '创建主题' })).toBeVisible();
  await screenshotBothSchemes(page, testInfo, 'notification-form-zh');
});

/** Top and bottom of an element on the page. */
async function edges(locator: Locator): Promise<{ top: number; bottom: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not shown');
  return { top: box.y, bottom: box.y + box.height };
}

test('a long form scrolls inside the dialog; the tabs and the action rows stay in place', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1100, height: 600 });
  const made = await session.bucket('cors-long');
  const config = await session.open(page, made.name, 'CORS');
  await config.create();
  for (let n = 2; n <= 4; n += 1) {
    await config.form.getByRole('button', { name: 'Add rule' }).click();
    await expect(config.form.getByRole('group', { name: `Rule ${n}` })).toBeVisible();
  }
  const panel = config.panel;
  // Typed by hand: this file is checked without the DOM library; the callbacks run in the page.
  type Scroller = {
    scrollHeight: number;
    clientHeight: number;
    scrollTop: number;
    scrollTo(to: { top: number }): void;
  };
  await expect
    .poll(() => panel.evaluate((el: Scroller) => el.scrollHeight - el.clientHeight))
    .toBeGreaterThan(100);

  const review = config.reviewButton;
  const close = config.dialog.getByRole('button', { name: 'Close', exact: true });
  const tabs = config.dialog.getByRole('tablist');
  const tabsBefore = await edges(tabs);
  const dialogBefore = await edges(config.dialog);
  // At the top of the content, the editor's action row is still in sight, inside the panel.
  const panelBox = await edges(panel);
  const reviewAtTop = await edges(review);
  expect(reviewAtTop.bottom).toBeLessThanOrEqual(panelBox.bottom + 1);
  expect(reviewAtTop.top).toBeGreaterThanOrEqual(panelBox.top);
  await expect(close).toBeInViewport();
  await config.screenshot(testInfo, 'cors-long-top');
  await expectStyledButtons(config.dialog);

  await panel.evaluate((el: Scroller) => el.scrollTo({ top: el.scrollHeight }));
  await expect.poll(() => panel.evaluate((el: Scroller) => el.scrollTop)).toBeGreaterThan(100);
  expect(await edges(tabs)).toEqual(tabsBefore);
  expect((await edges(config.dialog)).top).toBe(dialogBefore.top);
  await expect(close).toBeInViewport();
  await expect(review).toBeInViewport();
  // The end of the content came into sight (the preflight tester closes the form).
  await expect(config.form.getByRole('button', { name: 'Send preflight' })).toBeInViewport();
  await config.screenshot(testInfo, 'cors-long-bottom');
});
