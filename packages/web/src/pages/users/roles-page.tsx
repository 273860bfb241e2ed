import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { PageHeader } from '../../components/page-header';
import { PermissionLegend } from './permission-legend';
import { RoleMatrixTable } from './role-matrix-table';
import { useRoleMatrix } from './use-role-matrix';

export function RolesPage() {
  const { t } = useTranslation();
  const matrix = useRoleMatrix();
  return (
    <>
      <PageHeader title={t('users.roles.title')} description={t('users.roles.lead')} />
      <QueryState query={matrix}>
        {(data) => (
          <Stack gap="xl">
            <RoleMatrixTable matrix={data} />
            <PermissionLegend permissions={data.permissions} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
