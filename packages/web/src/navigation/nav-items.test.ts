import { describe, expect, it } from 'vitest';
import da from '../i18n/da.json';
import { navLabelKey } from './nav-items';
import citizens from '../pages/citizens/citizens.da.json';
import byNameList from '../pages/by-name-list/by-name-list.da.json';
import tasks from '../pages/tasks/tasks.da.json';

describe('menu labels', () => {
  it("name a shelter's pages as their titles: its citizens are its residents, its by-name list its stays", () => {
    const label = (key: Parameters<typeof navLabelKey>[0], isShelter: boolean) =>
      da.nav[navLabelKey(key, isShelter) as keyof typeof da.nav];
    expect(label('citizens', true)).toBe(citizens.titleShelter);
    expect(label('citizens', false)).toBe(citizens.title);
    expect(label('byNameList', true)).toBe(byNameList.titleShelter);
  });

  it("name the leader's overview as its page", () => {
    expect(da.nav.oversight).toBe(tasks.oversightTitle);
  });
});
