import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * The object properties, share link and upload form dialogs, reached through the object
 * list's menus, in the words the UI shows.
 */
export class ObjectPropertiesPage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Objects' });
  }

  row(name: string): Locator {
    return this.grid.getByRole('row', { name, exact: true });
  }

  get menu(): Locator {
    return this.page.getByRole('menu', { name: 'Object actions' });
  }

  /** A menu entry by its label; the accessible name may add the shortcut after it. */
  menuItem(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.menu.getByRole('menuitem', { name: new RegExp(`^${escaped}`) });
  }

  /** Right-clicks a row and picks an entry of its menu. */
  async fromRowMenu(row: string, label: string): Promise<void> {
    await this.row(row).click({ button: 'right' });
    await expect(this.menu).toBeVisible();
    await this.menuItem(label).click();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  properties(name: string): Locator {
    return this.dialog(`Properties of ${name}`);
  }

  metadataName(dialog: Locator, n: number): Locator {
    return dialog.getByRole('textbox', { name: `Metadata name ${n}`, exact: true });
  }

  metadataValue(dialog: Locator, n: number): Locator {
    return dialog.getByRole('textbox', { name: `Metadata value ${n}`, exact: true });
  }

  /** The [name, value] rows the metadata editor shows, in order. */
  async metadataRows(dialog: Locator): Promise<[string, string][]> {
    const count = await dialog.getByTestId('metadata-row').count();
    const rows: [string, string][] = [];
    for (let n = 1; n <= count; n++) {
      rows.push([
        await this.metadataName(dialog, n).inputValue(),
        await this.metadataValue(dialog, n).inputValue(),
      ]);
    }
    return rows;
  }

  /** The expiry picker's custom amount and unit. */
  async customExpiry(dialog: Locator, amount: string, unit: 'minutes' | 'hours' | 'days') {
    await dialog.getByRole('radio', { name: 'Custom' }).check();
    await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
    await dialog.getByRole('combobox', { name: 'Unit' }).selectOption(unit);
  }
}
