import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The object list as a person meets it: grid, toolbar and breadcrumbs, by role and label. */
export class ObjectsList {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Objects' });
  }

  /** Rendered data rows (the header row is the first rowgroup's). */
  get rows(): Locator {
    return this.grid.getByRole('rowgroup').nth(1).getByRole('row');
  }

  /** Every row in the DOM, header included. */
  get allRows(): Locator {
    return this.grid.getByRole('row');
  }

  get filter(): Locator {
    return this.page.getByRole('searchbox', { name: 'Filter by name' });
  }

  get breadcrumbs(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumbs' });
  }

  get footer(): Locator {
    return this.page.getByTestId('objects-footer');
  }

  row(name: string): Locator {
    return this.grid.getByRole('row', { name, exact: true });
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name });
  }

  /** The header's button that opens the column chooser. */
  get chooser(): Locator {
    return this.grid.getByRole('button', { name: /^(Choose columns|选择列)$/ });
  }

  get columnMenu(): Locator {
    return this.page.getByRole('menu', { name: /^(Columns|列)$/ });
  }

  columnChoice(name: string): Locator {
    return this.columnMenu.getByRole('menuitemcheckbox', { name, exact: true });
  }

  /** The drag handle at the right edge of a column's header. */
  resizer(column: string): Locator {
    return this.grid.getByRole('separator', { name: `Resize ${column}`, exact: true });
  }

  async columnWidth(column: string): Promise<number> {
    const header = this.grid.getByRole('columnheader', { name: column, exact: true });
    return widthOf(header);
  }

  /** A row's cell in the column with this header, wherever the column stands now. */
  async cell(rowName: string, column: string): Promise<Locator> {
    const headers = await this.grid
      .getByRole('columnheader')
      .evaluateAll((elements: { getAttribute(name: string): string | null }[]) =>
        elements.map((element) => element.getAttribute('aria-label')),
      );
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column "${column}" among ${JSON.stringify(headers)}`);
    return this.row(rowName).getByRole('gridcell').nth(index);
  }

  async sortBy(column: string): Promise<void> {
    await this.columnHeader(column).getByRole('button').click();
  }

  /** Names of the first `count` rendered data rows, in order. */
  async firstNames(count: number): Promise<string[]> {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      names.push((await this.rows.nth(i).getAttribute('aria-label')) ?? '');
    }
    return names;
  }

  async expectRowCount(value: number): Promise<void> {
    await expect(this.grid).toHaveAttribute('aria-rowcount', String(value));
  }

  async domRowCount(): Promise<number> {
    return this.allRows.count();
  }
}

/** An element's rendered width in whole CSS pixels. */
export function widthOf(element: Locator): Promise<number> {
  // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
  return element.evaluate((e: { getBoundingClientRect(): { width: number } }) =>
    Math.round(e.getBoundingClientRect().width),
  );
}
