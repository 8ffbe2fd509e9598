import { compareSupportEntries, isWebAddress, supportEntriesForContext, telHref } from '../../src/domain/support';
import type { SupportEntry } from '../../src/domain/types';

const entry = (id: string, order: number, contexts: SupportEntry['contexts']): SupportEntry => ({
  id,
  title: id,
  description: '',
  kind: 'service',
  contexts,
  order
});

describe('R1 support directory for a page', () => {
  it('keeps only the entries for the context, by order then title', () => {
    const entries = [entry('b', 20, ['general']), entry('a', 20, ['general', 'induction']), entry('c', 10, ['induction'])];
    expect(supportEntriesForContext(entries, 'general').map((e) => e.id)).toEqual(['a', 'b']);
    expect(supportEntriesForContext(entries, 'induction').map((e) => e.id)).toEqual(['c', 'a']);
    expect(supportEntriesForContext(entries, 'supervision')).toEqual([]);
    expect(compareSupportEntries(entries[0], entries[2])).toBeGreaterThan(0);
  });

  it('R9: dials the number whatever spaces or brackets it was typed with', () => {
    expect(telHref('0800 1116 387')).toBe('tel:08001116387');
    expect(telHref(' +44 (0)116 305 0000 ')).toBe('tel:+4401163050000');
  });

  it('links only web addresses', () => {
    expect(isWebAddress('https://www.my-eap.com')).toBe(true);
    expect(isWebAddress('http://intranet.example/x')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('not a url')).toBe(false);
  });
});
