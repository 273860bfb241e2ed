import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@hjemvej/domain';

/** What each permission allows, in plain words. */
export function PermissionLegend({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="permission-legend">
      <Title order={2} size="h3" id="permission-legend" mb="sm">
        {t('users.roles.legendTitle')}
      </Title>
      <Stack component="dl" gap="xs" m={0}>
        {permissions.map((permission) => (
          <div key={permission}>
            <Text component="dt" fw={600}>
              {t(`permission.${permission}.label`)}
            </Text>
            <Text component="dd" ml={0} c="dimmed">
              {t(`permission.${permission}.description`)}
            </Text>
          </div>
        ))}
      </Stack>
    </section>
  );
}
