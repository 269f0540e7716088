import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { ObjectsList } from './objects-list.js';

/** The object menus and the dialogs their actions open, in the words the UI shows. */
export class ObjectActionsPage extends ObjectsList {
  get menu(): Locator {
    return this.page.getByRole('menu', { name: 'Object actions' });
  }

  item(label: string): Locator {
    return this.menu.getByRole('menuitem', { name: label, exact: true });
  }

  get actionsButton(): Locator {
    return this.page.getByRole('button', { name: 'Actions', exact: true });
  }

  get newFolderButton(): Locator {
    return this.page.getByRole('button', { name: 'New folder', exact: true });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Right-clicks a row and picks an entry of its menu. */
  async fromRowMenu(row: string, label: string): Promise<void> {
    await this.row(row).click({ button: 'right' });
    await expect(this.menu).toBeVisible();
    await this.item(label).click();
  }

  /** Presses ArrowDown in the open menu until the entry has focus. */
  async arrowTo(label: string): Promise<void> {
    const target = this.item(label);
    for (let i = 0; i < 20; i++) {
      // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
      const focused = await target.evaluate(
        (node: { ownerDocument: { activeElement: unknown } }) =>
          node.ownerDocument.activeElement === node,
      );
      if (focused) return;
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeFocused();
  }

  /** The question a copy or move asks when names exist at the destination. */
  clashQuestion(dialog: Locator): Locator {
    return dialog.getByRole('group', { name: /already exists? at the destination/ });
  }

  /** Opens Copy to… or Move to… on the selection, types the folder and submits. */
  async sendTo(action: 'Copy to…' | 'Move to…', row: string, folder: string): Promise<Locator> {
    await this.fromRowMenu(row, action);
    const dialog = this.dialog(/^(Copy|Move) /);
    await dialog.getByLabel('Destination folder').fill(folder);
    await dialog.getByRole('button', { name: action === 'Copy to…' ? 'Copy' : 'Move' }).click();
    return dialog;
  }

  /** Clicks the first row, then Ctrl-clicks the others: a multi-selection. */
  async select(...names: string[]): Promise<void> {
    const [first, ...rest] = names;
    if (first === undefined) return;
    await this.row(first).click();
    for (const name of rest) await this.row(name).click({ modifiers: ['ControlOrMeta'] });
    for (const name of names) await expect(this.row(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The menu's entries as a screen reader lists them, separators as "—". */
  async menuEntries(): Promise<string[]> {
    const entries: string[] = [];
    for (const node of await this.menu.locator('[role="menuitem"], [role="separator"]').all()) {
      if ((await node.getAttribute('role')) === 'separator') {
        entries.push('—');
        continue;
      }
      const label = (await node.locator('span').first().textContent()) ?? '';
      const disabled = (await node.getAttribute('aria-disabled')) === 'true';
      entries.push(disabled ? `${label} (disabled)` : label);
    }
    return entries;
  }
}
