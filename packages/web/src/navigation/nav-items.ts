import type { OrganisationKind, Permission } from '@hjemvej/domain';
import type { Icon } from '@tabler/icons-react';
import { menuPages, type NavKey } from './pages';

export interface NavItem {
  /** Route path. */
  path: string;
  /** Catalogue key of the label (`nav.<key>`) and of the quick-link text (`quickLinks.<key>`). */
  key: NavKey;
  icon: Icon;
  /** Permission needed to see the page; none means every signed-in user. */
  permission?: Permission;
  /** Organisation kinds the page is for; none means every kind. */
  organisationKinds?: readonly OrganisationKind[];
}

/** The menu's entries, from the page table (navigation/pages.ts). */
export const navItems: readonly NavItem[] = menuPages.flatMap(({ path, permission, organisationKinds, nav }) =>
  nav ? [{ path, key: nav.key, icon: nav.icon, permission, organisationKinds }] : [],
);

export function visibleNavItems(can: (permission: Permission) => boolean, organisationKind?: OrganisationKind): NavItem[] {
  return navItems.filter(
    (item) =>
      (item.permission === undefined || can(item.permission)) &&
      (item.organisationKinds === undefined ||
        organisationKind === undefined ||
        item.organisationKinds.includes(organisationKind)),
  );
}

/**
 * The catalogue key (`nav.<key>`, `quickLinks.<key>`) of an item's label, named as the page's
 * title: a shelter's citizens are its residents ("Beboere"), and its by-name list is its stays
 * and their deadlines ("Ophold og frister").
 */
export function navLabelKey(key: NavItem['key'], isShelter: boolean): string {
  if (!isShelter) return key;
  if (key === 'citizens') return 'residents';
  if (key === 'byNameList') return 'byNameListShelter';
  return key;
}
