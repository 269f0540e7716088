import { expect, test } from '@playwright/test';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { HoldallApp } from './pages/holdall-app.js';
import { ObjectsList } from './pages/objects-list.js';

const admin = adminClient();
let host: RunningHost;
const buckets: TestBucket[] = [];

test.beforeEach(async ({ page }) => {
  host = await startBrowserHost();
  await page.goto(host.url);
});

test.afterEach(async () => {
  await host.stop();
  await Promise.all(buckets.splice(0).map((b) => b.remove().catch(() => undefined)));
});

async function bucketWith(label: string, objects: Record<string, string>): Promise<TestBucket> {
  const made = await createTestBucket(admin, label);
  buckets.push(made);
  await made.put(objects);
  return made;
}

test('Ctrl+K finds a bucket as you type and Enter opens it; Escape closes and focus returns', async ({
  page,
}, testInfo) => {
  const first = await bucketWith('pal-alpha', { 'readme.txt': 'hello', 'docs/a.md': '#' });
  const second = await bucketWith('pal-beta', { 'other.txt': 'x' });
  const app = new HoldallApp(page);
  const list = new ObjectsList(page);
  const palette = new CommandPalettePage(page);
  await app.addConnection('Local RGW', s3Target());

  await palette.openWithKeyboard();
  await expect(palette.option('New connection…')).toBeVisible();
  await expect(palette.option(`Go to bucket ${second.name} · Local RGW`)).toBeVisible();
  await expect(palette.dialog.getByRole('group', { name: 'Go to' })).toBeVisible();

  // Every word must appear, in order: "bucket" then part of the first bucket's name.
  await palette.input.fill(`bucket ${first.name.slice(2)}`);
  await expect(palette.options).toHaveCount(1);
  await expect(palette.options.first()).toHaveAccessibleName(
    `Go to bucket ${first.name} · Local RGW`,
  );
  await palette.input.fill('go to');
  await expect(palette.options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await palette.input.press('ArrowDown');
  await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(palette.input).toHaveAttribute(
    'aria-activedescendant',
    (await palette.options.nth(1).getAttribute('id')) ?? 'missing',
  );
  await palette.input.press('ArrowUp');
  await palette.input.press('ArrowUp');
  await expect(palette.options.last()).toHaveAttribute('aria-selected', 'true');
  await palette.input.fill(first.name);
  await screenshotBothSchemes(page, testInfo, 'palette-filtered');
  await palette.input.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(list.row('readme.txt')).toBeVisible();
  await expect(list.breadcrumbs.getByRole('button', { name: first.name })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(
    app.connections.getByRole('treeitem', { name: first.name, exact: true }),
  ).toHaveAttribute('aria-selected', 'true');

  await list.filter.focus();
  await palette.openWithKeyboard();
  await palette.input.fill('zzz nothing like this');
  await expect(palette.options).toHaveCount(0);
  await expect(palette.dialog.getByRole('status')).toHaveText(
    'No command matches “zzz nothing like this”',
  );
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(list.filter).toBeFocused();
  // Ctrl+K toggles: a second press closes it too.
  await palette.openWithKeyboard();
  await page.keyboard.press('Control+K');
  await expect(palette.dialog).toBeHidden();
});

test('the palette button and commands open the new connection and new bucket dialogs', async ({
  page,
}) => {
  const palette = new CommandPalettePage(page);
  await expect(palette.button).toHaveAttribute('title', 'Command palette (Ctrl+K)');
  await palette.button.click();
  await expect(palette.dialog).toBeVisible();
  await palette.run('new conn', 'New connection…');
  const connection = page.getByRole('dialog', { name: 'New connection' });
  await expect(connection).toBeVisible();
  await expect(connection.getByLabel('Name')).toBeFocused();
  // Over another dialog the shortcut does nothing, so no command acts behind the question.
  await page.keyboard.press('Control+K');
  await expect(palette.dialog).toBeHidden();
  await connection.getByRole('button', { name: 'Cancel' }).click();

  const app = new HoldallApp(page);
  await app.addConnection('Local RGW', s3Target());
  await palette.openWithKeyboard();
  await palette.run('new bucket', 'New bucket on Local RGW…');
  const bucket = page.getByRole('dialog', { name: 'New bucket' });
  await expect(bucket).toBeVisible();
  await expect(bucket.getByText('On Local RGW')).toBeVisible();
  await bucket.getByRole('button', { name: 'Cancel' }).click();

  const transfers = page.getByRole('region', { name: 'Activity' });
  const toggle = transfers.getByRole('button', { name: /^Activity/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await palette.openWithKeyboard();
  await palette.run('activity', 'Show activity');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await palette.openWithKeyboard();
  await palette.run('activity', 'Hide activity');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('"Switch language" in the palette turns the UI Chinese and back', async ({ page }) => {
  const palette = new CommandPalettePage(page);
  await palette.openWithKeyboard();
  await palette.run('switch language', 'Switch language to 简体中文');
  await expect(page.getByRole('heading', { name: '还没有连接' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.keyboard.press('Control+K');
  const chinese = page.getByRole('dialog', { name: '命令面板' });
  await chinese.getByRole('combobox', { name: '命令' }).fill('language');
  await expect(chinese.getByRole('option').first()).toHaveAccessibleName('切换语言为 English');
  await chinese.getByRole('combobox').press('Enter');
  await expect(page.getByRole('heading', { name: 'No connections yet' })).toBeVisible();
});
