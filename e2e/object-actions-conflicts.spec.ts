import { PutObjectCommand } from '@aws-sdk/client-s3';
import { expect, test } from '@playwright/test';
import { actionsSession, BIG_FOLDER_FILES } from './fixtures/actions-session.js';
import { createTestBucket, denyListing } from './fixtures/s3.js';
import { screenshotBothSchemes } from './pages/connections.js';
import { LanguagesPage } from './pages/languages.js';

// Copy and move where names exist at the destination ask first, and Stop on a big folder job
// leaves each object in exactly one place.

const session = actionsSession();
const { admin, keys, text, putBigFolder, openBucket } = session;

test('Copy into a folder where a name exists asks first: Cancel sends nothing, Skip existing keeps it, Replace overwrites', async ({
  page,
}, testInfo) => {
  await session.bucket.put({ 'incoming/notes.txt': 'the older notes' });
  const actions = await openBucket(page);

  await test.step('the question names the object that exists, and Cancel sends nothing', async () => {
    await actions.select('notes.txt', 'todo.md');
    const dialog = await actions.sendTo('Copy to…', 'todo.md', 'incoming');
    const question = actions.clashQuestion(dialog);
    await expect(question).toBeVisible();
    await expect(question).toHaveAccessibleName('1 item already exists at the destination');
    await expect(question.getByRole('listitem')).toHaveText(['notes.txt']);
    await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await screenshotBothSchemes(page, testInfo, 'copy-clash-question');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    // Back at the form, nothing sent: the destination is as it was.
    await expect(dialog.getByRole('button', { name: 'Copy' })).toBeEnabled();
    expect(await keys(session.bucket.name, 'incoming/')).toEqual(['incoming/notes.txt']);
    expect(await text(session.bucket.name, 'incoming/notes.txt')).toBe('the older notes');

    await test.step('Skip existing copies the other object and leaves the existing one', async () => {
      await dialog.getByRole('button', { name: 'Copy' }).click();
      await question.getByRole('button', { name: 'Skip existing' }).click();
      await expect(dialog).toBeHidden();
      expect(await keys(session.bucket.name, 'incoming/')).toEqual([
        'incoming/notes.txt',
        'incoming/todo.md',
      ]);
      expect(await text(session.bucket.name, 'incoming/notes.txt')).toBe('the older notes');
      expect(await text(session.bucket.name, 'incoming/todo.md')).toBe('- rename me');
    });
  });

  await test.step('Replace overwrites both, now that both exist', async () => {
    await admin.send(
      new PutObjectCommand({
        Bucket: session.bucket.name,
        Key: 'incoming/todo.md',
        Body: 'their todo',
      }),
    );
    await actions.select('notes.txt', 'todo.md');
    const dialog = await actions.sendTo('Copy to…', 'todo.md', 'incoming/');
    const question = actions.clashQuestion(dialog);
    await expect(question).toHaveAccessibleName('2 items already exist at the destination');
    await expect(question.getByRole('listitem')).toHaveText(['notes.txt', 'todo.md']);
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toBeHidden();
    expect(await text(session.bucket.name, 'incoming/notes.txt')).toBe('the notes, byte for byte');
    expect(await text(session.bucket.name, 'incoming/todo.md')).toBe('- rename me');
  });
});

test('a folder move onto a folder that exists asks too; Skip existing leaves each existing object and its source', async ({
  page,
}) => {
  await session.bucket.put({ 'archive/photos/a.jpg': 'an older a' });
  const actions = await openBucket(page);
  await actions.row('photos/').click();
  const dialog = await actions.sendTo('Move to…', 'photos/', 'archive');
  const question = actions.clashQuestion(dialog);
  await expect(question).toHaveAccessibleName('1 item already exists at the destination');
  await expect(question.getByRole('listitem')).toHaveText(['photos/ (folder: contents merge)']);
  await expect(question).toContainText('a skipped object stays where it is');
  await question.getByRole('button', { name: 'Skip existing' }).click();
  await expect(dialog).toBeHidden();
  expect(await keys(session.bucket.name, 'archive/')).toEqual([
    'archive/photos/2024/c.jpg',
    'archive/photos/a.jpg',
    'archive/photos/b.jpg',
  ]);
  expect(await text(session.bucket.name, 'archive/photos/a.jpg')).toBe('an older a');
  expect(await text(session.bucket.name, 'archive/photos/b.jpg')).toBe('jpeg b');
  // The skipped object was not moved: it stays at its source, nothing is lost.
  expect(await keys(session.bucket.name, 'photos/')).toEqual(['photos/a.jpg']);
  expect(await text(session.bucket.name, 'photos/a.jpg')).toBe('jpeg a');
});

test('Stop on a big folder move ends it after the objects in flight: each object is in exactly one place, and the dialog says what was not done', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const objects = await putBigFolder();
  const actions = await openBucket(page);

  await actions.row('big/').click();
  const dialog = await actions.sendTo('Move to…', 'big/', 'dest');
  // Some objects moved already, far from all of them.
  await expect(dialog.getByRole('status')).toContainText(/big\/: [1-9][\d,]* (of 1,500|objects)/);
  await dialog.getByRole('button', { name: 'Stop' }).click();
  const report = dialog.locator('.oa-stop-report');
  await expect(report).toContainText('Stopped. 0 done.', { timeout: 60_000 });
  await expect(report.getByRole('list', { name: '1 not done:' })).toContainText(
    /^big\/ \([\d,]+ objects inside were done, the rest were not\)$/,
  );
  const left = (await keys(session.bucket.name, 'big/')).map((k) => k.slice('big/'.length));
  const moved = (await keys(session.bucket.name, 'dest/big/')).map((k) =>
    k.slice('dest/big/'.length),
  );
  expect(moved.length).toBeGreaterThan(0);
  expect(left.length).toBeGreaterThan(0);
  expect(moved.filter((name) => left.includes(name))).toEqual([]);
  expect([...left, ...moved].sort()).toEqual(
    Object.keys(objects).map((k) => k.slice('big/'.length)),
  );
  const partly = await report.getByRole('listitem').textContent();
  expect(partly).toContain(`(${moved.length.toLocaleString('en-US')} objects inside`);
  expect(await text(session.bucket.name, `dest/big/${moved[0]}`)).toBe(
    `${Number(moved[0]!.slice(5, 9))}`,
  );

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The listing was refreshed: the new folder shows, the old one still holds the rest.
  await expect(actions.row('dest/')).toBeVisible();
  await expect(actions.row('big/')).toBeVisible();
});

test('a destination the connection may not list is said so, and offers only Replace or Cancel', async ({
  page,
}) => {
  const other = await createTestBucket(admin, 'wonly');
  session.extraBuckets.push(other);
  await other.put({ 'in/notes.txt': 'theirs' });
  const allowListing = await denyListing(admin, other.name);
  try {
    const actions = await openBucket(page);
    await actions.fromRowMenu('notes.txt', 'Copy to…');
    const dialog = actions.dialog('Copy 1 object');
    await dialog.getByLabel('Destination bucket').selectOption(other.name);
    await dialog.getByLabel('Destination folder').fill('in');
    await dialog.getByRole('button', { name: 'Copy' }).click();
    const question = dialog.getByRole('group', {
      name: 'The destination folder cannot be listed with this connection',
    });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Skip existing' })).toHaveCount(0);
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await text(other.name, 'in/notes.txt')).toBe('theirs');

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(dialog).toBeHidden();
    expect(await text(other.name, 'in/notes.txt')).toBe('the notes, byte for byte');
  } finally {
    await allowListing();
  }
});

test('Stop on a big folder delete keeps what it had not deleted yet, and says so', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await putBigFolder();
  const actions = await openBucket(page);
  await actions.row('big/').click();
  await page.keyboard.press('Delete');
  const dialog = actions.dialog('Delete 1 folder?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Stop' }).click();
  const report = dialog.locator('.oa-stop-report');
  await expect(report).toContainText('Stopped. 0 done.', { timeout: 60_000 });
  const notDone = report.getByRole('list', { name: '1 not done:' }).getByRole('listitem');
  await expect(notDone).toHaveText(
    /^big\/ \([\d,]+ (object inside was|objects inside were) done, the rest were not\)$/,
  );
  const deleted = Number((await notDone.textContent())?.match(/\(([\d,]+)/)?.[1]?.replace(',', ''));
  const left = await keys(session.bucket.name, 'big/');
  expect(left.length).toBeGreaterThan(0);
  expect(left.length).toBe(BIG_FOLDER_FILES - deleted);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(actions.row('big/')).toBeVisible();
});

test('in Simplified Chinese the question about names that exist speaks Chinese', async ({
  page,
}, testInfo) => {
  await session.bucket.put({ 'incoming/notes.txt': 'the older notes' });
  await openBucket(page);
  await new LanguagesPage(page).choose('简体中文');
  const grid = page.getByRole('grid', { name: '对象' });
  await grid.getByRole('row', { name: 'notes.txt', exact: true }).click({ button: 'right' });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: '复制到…' })
    .click();
  const dialog = page.getByRole('dialog', { name: '复制 1 个对象' });
  await dialog.getByLabel('目标文件夹').fill('incoming');
  await dialog.getByRole('button', { name: '复制' }).click();
  const question = dialog.getByRole('group', { name: '目标位置已存在 1 个同名项' });
  await expect(question.getByRole('listitem')).toHaveText(['notes.txt']);
  await expect(question.getByRole('button', { name: '跳过已有项' })).toBeVisible();
  await screenshotBothSchemes(page, testInfo, 'copy-clash-question-zh');
  await question.getByRole('button', { name: '跳过已有项' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(session.bucket.name, 'incoming/notes.txt')).toBe('the older notes');
});

test('a copy of many items finds names that exist from a listing of the destination, and Skip existing copies the rest', async ({
  page,
}) => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 12; i++) many[`f-${String(i).padStart(2, '0')}.txt`] = `file ${i}`;
  await session.bucket.put(many);
  const other = await createTestBucket(admin, 'many');
  session.extraBuckets.push(other);
  await other.put({ 'in/f-03.txt': 'theirs', 'in/photos/old.jpg': 'old' });
  const actions = await openBucket(page);

  await actions.row('notes.txt').click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(actions.footer).toContainText('16 selected');
  await actions.actionsButton.click();
  await actions.item('Copy to…').click();
  const dialog = actions.dialog('Copy 14 objects and 2 folders');
  await dialog.getByLabel('Destination bucket').selectOption(other.name);
  await dialog.getByLabel('Destination folder').fill('in');
  await dialog.getByRole('button', { name: 'Copy' }).click();
  const question = actions.clashQuestion(dialog);
  await expect(question).toHaveAccessibleName('2 items already exist at the destination');
  await expect(question.getByRole('listitem')).toHaveText([
    'photos/ (folder: contents merge)',
    'f-03.txt',
  ]);
  await question.getByRole('button', { name: 'Skip existing' }).click();
  await expect(dialog).toBeHidden();
  expect(await text(other.name, 'in/f-03.txt')).toBe('theirs');
  expect(await text(other.name, 'in/f-04.txt')).toBe('file 4');
  expect(await keys(other.name, 'in/photos/')).toEqual([
    'in/photos/2024/c.jpg',
    'in/photos/a.jpg',
    'in/photos/b.jpg',
    'in/photos/old.jpg',
  ]);
  // The two that were there, the 13 objects that were not, docs/ and photos/'s three.
  expect(await keys(other.name)).toHaveLength(2 + 13 + 1 + 3);
});
