import { themeGroupById, themeGroups, themes } from '../../src/referenceData';

describe('theme groups (R18 decision: SMT read groups first)', () => {
  it('R18: every theme belongs to exactly one group, and every group member is a theme', () => {
    const themeIds = themes.map((t) => t.id);
    const memberships = themeGroups.flatMap((g) => g.themeIds);
    expect([...memberships].sort()).toEqual([...themeIds].sort());
    expect(new Set(memberships).size).toBe(memberships.length);
  });

  it('R18: groups have unique kebab-case ids, a name and a description, and none is empty', () => {
    const ids = themeGroups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of themeGroups) {
      expect(g.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(g.name.trim()).not.toBe('');
      expect(g.description.trim()).not.toBe('');
      expect(g.themeIds.length).toBeGreaterThan(0);
    }
  });

  it('finds a group by id', () => {
    expect(themeGroupById('health')?.themeIds).toContain('mental-health');
    expect(themeGroupById('nope')).toBeUndefined();
  });
});
