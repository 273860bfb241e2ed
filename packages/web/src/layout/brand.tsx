import { Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The product name, linking home. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand-link">
      <Group gap={8} wrap="nowrap">
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Text fw={700} size="lg">
          {t('app.name')}
        </Text>
      </Group>
    </Link>
  );
}
