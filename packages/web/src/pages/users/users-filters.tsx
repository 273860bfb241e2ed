import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@hjemvej/domain';
import { useOrganisations } from '../organisation/use-organisations';
import type { ActiveFilter } from './use-users';

interface UsersFiltersProps {
  search: string;
  role: Role | null;
  active: ActiveFilter;
  onSearchChange: (value: string) => void;
  onRoleChange: (value: Role | null) => void;
  onActiveChange: (value: ActiveFilter) => void;
  /** Narrow to one organisation: offered to the system administrator only. */
  organisation?: { value: string | null; onChange: (value: string | null) => void } | undefined;
}

/** Search by name or e-mail, and filter by role and active state. */
export function UsersFilters(props: UsersFiltersProps) {
  const { t } = useTranslation();
  const organisations = useOrganisations({ enabled: props.organisation !== undefined });
  return (
    <Group role="search" aria-label={t('users.filtersLabel')} align="flex-end" gap="sm" mb="md" wrap="wrap">
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
        style={{ flex: '1 1 220px' }}
      />
      {props.organisation ? (
        <Select
          label={t('users.organisationFilter')}
          placeholder={t('users.allOrganisations')}
          data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={props.organisation.value}
          onChange={props.organisation.onChange}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('users.clearOrganisation') }}
          style={{ flex: '1 1 220px' }}
        />
      ) : null}
      <Select
        label={t('users.roleFilter')}
        placeholder={t('users.allRoles')}
        data={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
        value={props.role}
        onChange={(value) => props.onRoleChange(value)}
        clearable
        clearButtonProps={{ 'aria-label': t('users.clearRole') }}
        style={{ flex: '1 1 200px' }}
      />
      <Select
        label={t('users.activeFilter')}
        data={[
          { value: 'true', label: t('users.activeOnly') },
          { value: 'false', label: t('users.inactiveOnly') },
          { value: 'all', label: t('users.allUsers') },
        ]}
        value={props.active}
        onChange={(value) => props.onActiveChange(value ?? 'all')}
        allowDeselect={false}
        style={{ flex: '0 1 180px' }}
      />
    </Group>
  );
}
