/*
 * Test support for the Wellbeing themes web part: a small fixed data set, the published reports made from
 * it by the real domain code, and a store fake whose methods are jest mocks.
 */
import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { WebPartRoot } from '../../../src/components/WebPartRoot';
import type { ThemeAccess } from '../../../src/services/store/IWellbeingStore';
import { WellbeingThemes } from '../../../src/webparts/wellbeingThemes/components/WellbeingThemes';
import type { ThemesView } from '../../../src/webparts/wellbeingThemes/components/wellbeingThemesProps';
import { FakeStore, servicesWith } from '../../support/fakeStore';

export * from './themesData';

export { ok, fail, fakeStore, servicesWith } from '../../support/fakeStore';
export type { FakeStore } from '../../support/fakeStore';

export const ALL_ACCESS: ThemeAccess = { readPublished: true, publish: true, recordNetworkThemes: true };
export const SMT_ACCESS: ThemeAccess = { readPublished: true, publish: false, recordNetworkThemes: false };

export function showThemes(view: ThemesView, store: FakeStore): RenderResult {
  return render(
    <WebPartRoot services={servicesWith(store)}>
      <WellbeingThemes view={view} />
    </WebPartRoot>
  );
}

/**
 * The text of every cell of a table, row by row, headers included, as the screen shows it: "[c]" for a
 * suppressed cell (its full words are its accessible name, see `fullText`), disclosure buttons left out.
 */
export function tableText(table: HTMLTableElement): string[][] {
  return Array.from(table.rows).map((r) =>
    Array.from(r.cells).map((c) => {
      const copy = c.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('button, [data-full]').forEach((e) => e.remove());
      return (copy.textContent ?? '').trim();
    })
  );
}

/** The words a screen reader gets for each cell (the full words of a suppressed cell, not "[c]"). */
export function fullText(table: HTMLTableElement): string[][] {
  return Array.from(table.rows).map((r) =>
    Array.from(r.cells).map((c) => {
      const copy = c.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('button, [aria-hidden="true"]').forEach((e) => e.remove());
      return (copy.textContent ?? '').trim();
    })
  );
}

/** Reads the Blob handed to URL.createObjectURL (jsdom implements FileReader). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
