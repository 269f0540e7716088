import { expect, test } from '@playwright/test';
import {
  bucketSettingsTabNames,
  bucketSettingsTabs,
} from '../renderer/src/features/bucket-config/config-tab-list.js';
import type { BucketSettingsTab } from '../renderer/src/features/bucket-config/config-tab-list.js';
import { expectAccessible } from './fixtures/axe.js';
import { configSession } from './fixtures/config-session.js';
import { createLockedTestBucket } from './fixtures/locked-bucket.js';

const session = configSession();

/**
 * What the walk does on a tab: `look` at it as it opens; `editor` from "No …" through Create to
 * the form and the raw view; `locked` on a bucket made with object lock (a plain one only says
 * it cannot have it), then its raw view. A Record over the dialog's own tab list: a tab added
 * there does not compile here until it is walked.
 */
const walks: Readonly<Record<BucketSettingsTab, 'look' | 'editor' | 'locked'>> = {
  general: 'look',
  policy: 'editor',
  acl: 'look',
  cors: 'editor',
  website: 'editor',
  replication: 'editor',
  notification: 'editor',
  tagging: 'editor',
  versioning: 'look',
  publicAccessBlock: 'editor',
  requestPayment: 'look',
  objectLock: 'locked',
  lifecycle: 'editor',
};

// One test per tab: all tabs' axe runs in one test outgrew its time budget on a loaded machine.
for (const id of bucketSettingsTabs) {
  const tab = bucketSettingsTabNames[id];
  const walk = walks[id];
  test(`bucket properties: the ${tab} tab has no serious accessibility violations`, async ({
    page,
  }) => {
    let bucket: string;
    if (walk === 'locked') {
      const made = await createLockedTestBucket(session.admin, 'a11y-lock');
      session.cleanup(() => made.remove());
      bucket = made.name;
    } else {
      bucket = (await session.bucket('a11y-config')).name;
    }
    const config = await session.open(page, bucket, tab);
    if (walk === 'look') {
      await expectAccessible(page, `bucket properties: ${tab}`);
      return;
    }
    if (walk === 'editor') {
      await expectAccessible(page, `bucket properties: ${tab} (none)`);
      await config.create();
      await config.showForm();
    }
    await expect(config.form).toBeVisible();
    await expectAccessible(page, `bucket properties: ${tab} form`);
    await config.showRaw();
    await expect(config.rawEditor).toBeVisible();
    await expectAccessible(page, `bucket properties: ${tab} raw`);
  });
}
