import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
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
      <ErrorAlert error={matrix.error} />
      {matrix.isPending ? <Loading /> : null}
      {matrix.data ? (
        <Stack gap="xl">
          <RoleMatrixTable matrix={matrix.data} />
          <PermissionLegend permissions={matrix.data.permissions} />
        </Stack>
      ) : null}
    </>
  );
}
