import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { TransfersPage } from './transfers.js';

/** The transfers panel's settings dialog, in the words the UI shows in English. */
export class TransferSettingsPage {
  readonly transfers: TransfersPage;

  constructor(readonly page: Page) {
    this.transfers = new TransfersPage(page);
  }

  get openButton(): Locator {
    return this.transfers.region.getByRole('button', { name: 'Settings…', exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Transfer settings' });
  }

  get filesAtOnce(): Locator {
    return this.dialog.getByRole('spinbutton', { name: 'Files at once' });
  }

  get partsPerFile(): Locator {
    return this.dialog.getByRole('spinbutton', { name: 'Parts per file' });
  }

  get limitOn(): Locator {
    return this.dialog.getByRole('checkbox', { name: 'Limit' });
  }

  get limitValue(): Locator {
    return this.dialog.getByRole('spinbutton', { name: 'Bandwidth limit' });
  }

  get limitUnit(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Unit' });
  }

  get save(): Locator {
    return this.dialog.getByRole('button', { name: 'Save', exact: true });
  }

  get cancel(): Locator {
    return this.dialog.getByRole('button', { name: 'Cancel', exact: true });
  }

  /** The "Limited to …" note beside the panel's title. */
  get limitNote(): Locator {
    return this.transfers.region.getByText(/^Limited to /);
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
    // The form appears once the stored values have arrived.
    await expect(this.filesAtOnce).toBeVisible();
  }

  /** The field's error as announced with it (FormField's aria-describedby). */
  async expectError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  }

  async expectValid(field: Locator): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'false');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
