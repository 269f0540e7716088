import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';

/** Most ArrowDown presses a walk to one item may take: far more than any test's tree holds. */
const MAX_STEPS = 400;

/**
 * The tree of buckets and folders in the Copy to… and Move to… dialogs, in the words and roles
 * the UI shows; in English or Chinese.
 */
export class DestinationPicker {
  constructor(readonly dialog: Locator) {}

  get tree(): Locator {
    return this.dialog.getByRole('tree', { name: /^(Buckets and folders|存储桶和文件夹)$/ });
  }

  get bucketField(): Locator {
    return this.dialog.getByLabel(/^(Destination bucket|目标存储桶)$/);
  }

  get folderField(): Locator {
    return this.dialog.getByLabel(/^(Destination folder|目标文件夹)$/);
  }

  /** The node of a bucket, or of a folder in it named part by part ("inbox", "2024"). */
  node(bucket: string, ...folders: string[]): Locator {
    // Each name is looked for below the one before it; the tests' names are unique per tree.
    let node = this.tree.getByRole('treeitem', { name: bucket, exact: true });
    for (const name of folders) {
      node = node.locator(':scope > [role="group"]').getByRole('treeitem', { name, exact: true });
    }
    return node;
  }

  /** The node's own row: what a click picks. */
  row(node: Locator): Locator {
    return node.locator(':scope > .tree-row');
  }

  /** Opens each node down to (not including) the last, clicking the arrows. */
  async openByMouse(bucket: string, ...folders: string[]): Promise<void> {
    for (let depth = 0; depth < folders.length; depth += 1) {
      const node = this.node(bucket, ...folders.slice(0, depth));
      if ((await node.getAttribute('aria-expanded')) !== 'true') {
        await this.row(node).locator(':scope > .twisty').click();
      }
      await expect(node).toHaveAttribute('aria-expanded', 'true');
      await expect(this.node(bucket, ...folders.slice(0, depth + 1))).toBeVisible();
    }
  }

  /** Opens the way with the mouse and clicks the node: the fields then name it. */
  async pickByMouse(bucket: string, ...folders: string[]): Promise<void> {
    await this.openByMouse(bucket, ...folders);
    const node = this.node(bucket, ...folders);
    await this.row(node).click();
    await expect(node).toHaveAttribute('aria-selected', 'true');
    await this.expectFields(bucket, folders);
  }

  /**
   * With the keyboard only: into the tree at its tab stop, Home, Down to the bucket, Right to
   * open it and Right into it, Down to each folder, and Enter to pick the last.
   */
  async pickByKeyboard(bucket: string, ...folders: string[]): Promise<void> {
    await this.tree.locator('[role="treeitem"][tabindex="0"]').focus();
    await this.tree.page().keyboard.press('Home');
    await this.arrowTo(this.node(bucket));
    for (let depth = 0; depth < folders.length; depth += 1) {
      const node = this.node(bucket, ...folders.slice(0, depth));
      if ((await node.getAttribute('aria-expanded')) !== 'true') {
        await this.tree.page().keyboard.press('ArrowRight');
        await expect(node).toHaveAttribute('aria-expanded', 'true');
      }
      const next = this.node(bucket, ...folders.slice(0, depth + 1));
      // Its folders are listed first; Right then moves to the first of them.
      await expect(next).toBeVisible();
      await this.tree.page().keyboard.press('ArrowRight');
      await this.arrowTo(next);
    }
    await this.tree.page().keyboard.press('Enter');
    await expect(this.node(bucket, ...folders)).toHaveAttribute('aria-selected', 'true');
    await this.expectFields(bucket, folders);
  }

  async expectFields(bucket: string, folders: readonly string[]): Promise<void> {
    await expect(this.bucketField).toHaveValue(bucket);
    await expect(this.folderField).toHaveValue(folders.map((f) => `${f}/`).join(''));
  }

  /** Presses ArrowDown until the item has the focus. */
  async arrowTo(target: Locator): Promise<void> {
    for (let i = 0; i < MAX_STEPS; i++) {
      // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
      const focused = await target.evaluate(
        (node: { ownerDocument: { activeElement: unknown } }) =>
          node.ownerDocument.activeElement === node,
      );
      if (focused) return;
      await this.tree.page().keyboard.press('ArrowDown');
    }
    await expect(target).toBeFocused();
  }
}
