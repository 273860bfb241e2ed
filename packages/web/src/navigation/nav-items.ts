import type { Permission } from '@hjemvej/domain';
import {
  IconBuildingCommunity,
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
  key: 'home' | 'citizens' | 'byNameList' | 'flowcards' | 'units' | 'partners' | 'users' | 'roles' | 'audit';
  icon: Icon;
  /** Permission needed to see the page; none means every signed-in user. */
  permission?: Permission;
}

export const navItems: readonly NavItem[] = [
  { path: '/', key: 'home', icon: IconHome },
  { path: '/citizens', key: 'citizens', icon: IconUsersGroup, permission: 'citizens.read' },
  { path: '/by-name-list', key: 'byNameList', icon: IconListDetails, permission: 'citizens.read' },
  { path: '/flowcards', key: 'flowcards', icon: IconRoute, permission: 'organisation.read' },
  { path: '/units', key: 'units', icon: IconSitemap, permission: 'organisation.manage' },
  { path: '/partners', key: 'partners', icon: IconBuildingCommunity, permission: 'organisation.manage' },
  { path: '/users', key: 'users', icon: IconUsers, permission: 'users.manage' },
  { path: '/roles', key: 'roles', icon: IconShieldCheck, permission: 'users.manage' },
  { path: '/audit', key: 'audit', icon: IconListSearch, permission: 'audit.read' },
];

export function visibleNavItems(can: (permission: Permission) => boolean): NavItem[] {
  return navItems.filter((item) => item.permission === undefined || can(item.permission));
}
