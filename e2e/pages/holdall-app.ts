import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { S3TestTarget } from '../fixtures/rgw.js';

/** What a person does in Holdall, in the words the UI shows (roles and labels). */
export class HoldallApp {
  constructor(readonly page: Page) {}

  get connections(): Locator {
    return this.page.getByRole('navigation', { name: 'Connections' });
  }

  get objects(): Locator {
    return this.page.getByRole('grid', { name: 'Objects' });
  }

  async expectFirstRun(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'No connections yet' })).toBeVisible();
  }

  async addConnection(name: string, target: S3TestTarget, screenshotPath?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add connection' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New connection' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Provider').selectOption('ceph');
    await dialog.getByLabel('Endpoint').fill(target.endpoint);
    await dialog.getByLabel('Region').fill(target.region);
    await dialog.getByLabel('Addressing').selectOption('path');
    await dialog.getByLabel('Access key ID').fill(target.accessKeyId);
    await dialog.getByLabel('Secret access key').fill(target.secretAccessKey);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toContainText('Connected');
    if (screenshotPath !== undefined) await this.page.screenshot({ path: screenshotPath });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  async openConnection(name: string): Promise<void> {
    await this.connections.getByRole('treeitem', { name, exact: true }).click();
  }

  async openBucket(bucket: string): Promise<void> {
    await this.connections.getByRole('treeitem', { name: bucket, exact: true }).click();
    await expect(this.objects).toBeVisible();
  }

  row(name: string): Locator {
    return this.objects.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
