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
