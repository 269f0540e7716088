import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { actionsSession } from './fixtures/actions-session.js';
import { expectAccessible } from './fixtures/axe.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { BucketsPage } from './pages/buckets.js';
import { LanguagesPage } from './pages/languages.js';
import { TransfersPage } from './pages/transfers.js';

// Folder delete and emptying a bucket are tasks of the core: the transfers panel shows them as
// rows (kind and target, count, state) with the controls their state allows, across a reload.

const session = actionsSession();
const { keys, putBigFolder, openBucket } = session;

/** Calls the contract as the page does (same origin, the host's cookie): arranging, not testing. */
async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, input }) => {
      const res = await fetch(`/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await res.json()) as { ok: boolean; value?: unknown };
      if (!envelope.ok) throw new Error(JSON.stringify(envelope));
      return envelope.value;
    },
    { channel, input },
  ) as Promise<T>;
}

function taskRow(page: Page, name: string) {
  return page
    .getByRole('region', { name: /^(Activity|活动)$/ })
    .getByRole('list', { name: /^(Tasks|任务)$/ })
    .getByRole('listitem', { name, exact: true });
}

test('a folder deleted from the list shows in the panel as a task, done, with what it removed', async ({
  page,
}) => {
  const actions = await openBucket(page);
  await actions.row('photos/').click();
  await page.keyboard.press('Delete');
  const dialog = actions.dialog('Delete 1 folder?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  expect(await keys(session.bucket.name, 'photos/')).toEqual([]);

  await new TransfersPage(page).expand();
  const row = taskRow(page, `Delete folder photos/ in ${session.bucket.name}`);
  await expect(row.locator('.transfer-state')).toHaveText('Done');
  await expect(row).toContainText('3 objects removed');
  // Nothing left to do: no control is offered.
  await expect(row.getByRole('button')).toHaveCount(0);
  await expectAccessible(page, 'transfers panel: a finished task');
});

test('a paused task is still there after a reload, and Cancel in its row ends it, keeping the rest', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const total = Object.keys(await putBigFolder()).length;
  await openBucket(page);
  const [profile] = await invoke<{ id: string }[]>(page, 'profiles.list', {});
  const spec = {
    kind: 'delete',
    profileId: profile?.id,
    bucket: session.bucket.name,
    keys: [],
    prefixes: ['big/'],
  };
  const task = await invoke<{ id: string }>(page, 'tasks.start', spec);
  // Paused at once: it stops after the page it is deleting, whatever it had reached.
  await invoke(page, 'tasks.control', { id: task.id, action: 'pause' });

  await page.reload();
  const transfers = new TransfersPage(page);
  await transfers.expand();
  const row = taskRow(page, `Delete folder big/ in ${session.bucket.name}`);
  await expect(row.locator('.transfer-state')).toHaveText('Paused');
  await expect(row.getByRole('button', { name: /^Resume / })).toBeVisible();
  await expectAccessible(page, 'transfers panel: a paused task');
  await screenshotBothSchemes(page, testInfo, 'task-paused');

  await row
    .getByRole('button', { name: `Cancel Delete folder big/ in ${session.bucket.name}` })
    .click();
  await expect(row.locator('.transfer-state')).toHaveText('Canceled');
  await expect(row.getByRole('button', { name: /^Retry / })).toBeVisible();
  const removed = Number((await row.textContent())?.match(/([\d,]+) objects? removed/)?.[1]);
  expect(await keys(session.bucket.name, 'big/')).toHaveLength(total - removed);
});

test('Stop emptying keeps the bucket and what the task did not reach; the panel says canceled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const total = Object.keys(await putBigFolder()).length;
  await openBucket(page);
  const name = session.bucket.name;
  const buckets = new BucketsPage(page);
  const dialog = await buckets.deleteByKeyboard(name);
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByLabel('Empty it first').check();
  await dialog.getByRole('button', { name: 'Delete bucket' }).click();
  await dialog.getByRole('button', { name: 'Stop emptying' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Emptying the bucket was canceled', {
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await new TransfersPage(page).expand();
  const row = taskRow(page, `Empty and delete bucket ${name}`);
  await expect(row.locator('.transfer-state')).toHaveText('Canceled');
  const removed = Number((await row.textContent())?.match(/(\d+) objects? removed/)?.[1]);
  // Stopped between requests: exactly what the count says went.
  expect(await keys(name)).toHaveLength(total + 6 - removed);
  expect(removed).toBeLessThan(total + 6);
});

test('task rows speak Simplified Chinese: kind and target, state and controls', async ({
  page,
}) => {
  await putBigFolder(10);
  await openBucket(page);
  const [profile] = await invoke<{ id: string }[]>(page, 'profiles.list', {});
  const spec = {
    kind: 'delete',
    profileId: profile?.id,
    bucket: session.bucket.name,
    keys: [],
    prefixes: ['big/'],
  };
  const task = await invoke<{ id: string }>(page, 'tasks.start', spec);
  await invoke(page, 'tasks.control', { id: task.id, action: 'pause' }).catch(() => undefined);
  await new LanguagesPage(page).choose('简体中文');
  const toggle = page.getByRole('region', { name: '活动' }).getByRole('button', { name: /^活动/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const row = taskRow(page, `删除 ${session.bucket.name} 中的文件夹 big/`);
  // Paused, or done if it finished before the pause reached it: either way in Chinese.
  await expect(row.locator('.transfer-state')).toHaveText(/^(已暂停|已完成)$/);
  await expect(row).toContainText(/已移除 \d+ 个对象/);
  await expectAccessible(page, 'transfers panel: a task (zh-CN)');
});
