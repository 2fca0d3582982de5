import type { Page } from '@playwright/test';

/** Stores one import of `rows` valid figures in the page's IndexedDB; reload to read it. */
export function seedImports(
  page: Page,
  rows: number,
  options?: { fileName?: string; id?: string },
): Promise<string>;
