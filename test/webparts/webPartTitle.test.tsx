/**
 * @jest-environment jsdom
 */
/*
 * Issue 13: a SharePoint page already carries its title (its h1), so a web part heading that repeats it is
 * noise. Each web part's title is a property (a text field in the property pane), empty by default, shown as
 * the web part's heading only when an editor sets it. With none set the heading structure stays for screen
 * readers: the region keeps its name and the headings inside stay one level under the page's h1.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { WebPartRoot } from '../../src/components/WebPartRoot';
import type { MyAlert } from '../../src/services/store/IWellbeingStore';
import { RaiseConcern } from '../../src/webparts/raiseConcern/components/RaiseConcern';
import { Signposting } from '../../src/webparts/signposting/components/Signposting';
import { TriageBoard } from '../../src/webparts/triageBoard/components/TriageBoard';
import { WellbeingThemes } from '../../src/webparts/wellbeingThemes/components/WellbeingThemes';
import { fakeStore, fail, ok, servicesWith } from '../support/fakeStore';
import { seeded } from '../support/fixtures';

const never = (): Promise<never> => new Promise<never>(() => undefined);
const store = fakeStore({
  supportDirectory: jest.fn(() => fail({ kind: 'offline' })),
  myAlerts: jest.fn(() => ok<MyAlert[]>([])),
  themeAccess: jest.fn(never),
  currentUser: jest.fn(never),
  config: jest.fn(never),
  managerSummaries: jest.fn(never),
  openWork: jest.fn(never)
});

function show(element: React.ReactElement, title?: string): void {
  render(
    <WebPartRoot services={servicesWith(store)} title={title}>
      {element}
    </WebPartRoot>
  );
}

const h2s = (): HTMLElement[] => Array.from(document.querySelectorAll('h2'));

describe('the web part title is a property, shown as the heading only when set (issue 13)', () => {
  it('the summaries page: no visible heading repeating the page title, but the region keeps its name for screen readers', () => {
    show(<TriageBoard view="summaries" />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Wellbeing summaries shared with you' });
    expect(heading.getAttribute('data-web-part-title')).toBe('hidden');
    // Hidden by the shared visually-hidden style (taken out of the flow, 1px), not removed: still the region's name.
    expect(getComputedStyle(heading).position).toBe('absolute');
    expect(getComputedStyle(heading).width).toBe('1px');
    expect(screen.getByRole('region', { name: 'Wellbeing summaries shared with you' })).toBeTruthy();
  });

  it('the summaries page with a title set shows that title as its heading', () => {
    show(<TriageBoard view="summaries" />, '  Summaries for managers  ');
    const heading = screen.getByRole('heading', { level: 2, name: 'Summaries for managers' });
    expect(heading.getAttribute('data-web-part-title')).toBe('set');
    expect(getComputedStyle(heading).position).not.toBe('absolute');
    expect(screen.getByRole('region', { name: 'Summaries for managers' })).toBeTruthy();
  });

  it('the triage board and the themes behave the same', () => {
    show(<TriageBoard view="board" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Triage board' }).getAttribute('data-web-part-title')).toBe('hidden');
    show(<WellbeingThemes view="published" />, 'Quarterly themes');
    expect(screen.getByRole('heading', { level: 2, name: 'Quarterly themes' }).getAttribute('data-web-part-title')).toBe('set');
  });

  it('signposting keeps its own words for the page it is on (they are not the page title) unless a title is set', () => {
    show(<Signposting pageContext="supervision" raiseConcernPageUrl="https://leics.example/raise" />);
    const own = screen.getByRole('heading', { level: 2, name: 'Talking about wellbeing in supervision' });
    expect(own.getAttribute('data-web-part-title')).toBe('own');
    expect(getComputedStyle(own).position).not.toBe('absolute');
    show(<Signposting pageContext="general" raiseConcernPageUrl="https://leics.example/raise" />, 'Where to get support');
    expect(screen.getByRole('heading', { level: 2, name: 'Where to get support' }).getAttribute('data-web-part-title')).toBe('set');
    expect(screen.queryByRole('heading', { name: 'Support with your wellbeing' })).toBeNull();
  });

  it('the raise form adds no heading of its own unless a title is set (its steps carry the structure)', () => {
    show(<RaiseConcern exitPageUrl="/exit" whistleblowingPageUrl="/wb" newStarter={false} leave={jest.fn()} random={seeded(1)} />);
    expect(h2s().filter((h) => h.hasAttribute('data-web-part-title'))).toEqual([]);
    document.body.innerHTML = '';
    show(<RaiseConcern exitPageUrl="/exit" whistleblowingPageUrl="/wb" newStarter={false} leave={jest.fn()} random={seeded(1)} />, 'Tell us about a concern');
    expect(screen.getByRole('heading', { level: 2, name: 'Tell us about a concern' }).getAttribute('data-web-part-title')).toBe('set');
  });

  it('every web part offers the title in its manifest, empty by default', () => {
    const root = path.join(__dirname, '..', '..', 'src', 'webparts');
    const manifests = fs.readdirSync(root).flatMap((dir) =>
      fs.existsSync(path.join(root, dir)) && fs.statSync(path.join(root, dir)).isDirectory()
        ? fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.manifest.json')).map((f) => path.join(root, dir, f))
        : []
    );
    expect(manifests).toHaveLength(4);
    for (const file of manifests) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { preconfiguredEntries: { properties: Record<string, unknown> }[] };
      expect({ file: path.basename(file), title: manifest.preconfiguredEntries[0].properties.title }).toEqual({ file: path.basename(file), title: '' });
    }
  });
});
