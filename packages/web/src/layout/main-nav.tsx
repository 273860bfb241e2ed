import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { navLabelKey, visibleNavItems } from '../navigation/nav-items';

function isActive(itemPath: string, pathname: string): boolean {
  return itemPath === '/' ? pathname === '/' : pathname === itemPath || pathname.startsWith(`${itemPath}/`);
}

/** The pages the user's permissions allow. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { can, user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const { pathname } = useLocation();
  return (
    <ul className="nav-list" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {visibleNavItems(can, user?.organisation.kind).map((item) => {
        const active = isActive(item.path, pathname);
        const ItemIcon = item.icon;
        return (
          <li key={item.key}>
            <NavLink
              component={Link}
              to={item.path}
              label={t(`nav.${navLabelKey(item.key, isShelter)}`)}
              leftSection={<ItemIcon size={18} aria-hidden="true" />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </ul>
  );
}
