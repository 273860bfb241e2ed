import type { OrganisationKind, Permission } from '@hjemvej/domain';
import {
  IconChartBar,
  IconHeartHandshake,
  IconUserShield,
  IconBuildingCommunity,
  IconChecklist,
  IconInbox,
  IconHome,
  IconListDetails,
  IconListSearch,
  IconRoute,
  IconShieldCheck,
  IconSitemap,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  /** Route path. */
  path: string;
  /** Catalogue key of the label (`nav.<key>`) and of the quick-link text (`quickLinks.<key>`). */
  key:
    | 'home'
    | 'citizens'
    | 'byNameList'
    | 'flowcards'
    | 'inbox'
    | 'oversight'
    | 'units'
    | 'partners'
    | 'users'
    | 'roles'
    | 'audit'
    | 'partnerCitizens'
    | 'agreements'
    | 'timeReport';
  icon: Icon;
  /** Permission needed to see the page; none means every signed-in user. */
  permission?: Permission;
  /** Organisation kinds the page is for; none means every kind. */
  organisationKinds?: readonly OrganisationKind[];
}

const caseOrganisations: readonly OrganisationKind[] = ['municipality', 'shelter'];

export const navItems: readonly NavItem[] = [
  { path: '/', key: 'home', icon: IconHome },
  {
    path: '/citizens',
    key: 'citizens',
    icon: IconUsersGroup,
    permission: 'citizens.read',
    organisationKinds: caseOrganisations,
  },
  {
    path: '/by-name-list',
    key: 'byNameList',
    icon: IconListDetails,
    permission: 'citizens.read',
    organisationKinds: caseOrganisations,
  },
  // A partner reaches citizens only through their consent.
  {
    path: '/partner/citizens',
    key: 'partnerCitizens',
    icon: IconUserShield,
    permission: 'citizens.read',
    organisationKinds: ['partner'],
  },
  {
    path: '/flowcards',
    key: 'flowcards',
    icon: IconRoute,
    permission: 'organisation.read',
    organisationKinds: caseOrganisations,
  },
  { path: '/inbox', key: 'inbox', icon: IconInbox, permission: 'tasks.work' },
  { path: '/oversight', key: 'oversight', icon: IconChecklist, permission: 'tasks.oversee' },
  { path: '/time-report', key: 'timeReport', icon: IconChartBar, permission: 'tasks.oversee' },
  {
    path: '/agreements',
    key: 'agreements',
    icon: IconHeartHandshake,
    permission: 'organisation.read',
    organisationKinds: ['municipality', 'shelter', 'partner'],
  },
  { path: '/units', key: 'units', icon: IconSitemap, permission: 'organisation.manage' },
  { path: '/partners', key: 'partners', icon: IconBuildingCommunity, permission: 'organisation.manage' },
  { path: '/users', key: 'users', icon: IconUsers, permission: 'users.manage' },
  { path: '/roles', key: 'roles', icon: IconShieldCheck, permission: 'users.manage' },
  { path: '/audit', key: 'audit', icon: IconListSearch, permission: 'audit.read' },
];

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
 * The catalogue key (`nav.<key>`, `quickLinks.<key>`) of an item's label: a shelter's by-name
 * list is its residents' overview, named as its page title.
 */
export function navLabelKey(key: NavItem['key'], isShelter: boolean): string {
  return isShelter && key === 'byNameList' ? 'byNameListShelter' : key;
}
