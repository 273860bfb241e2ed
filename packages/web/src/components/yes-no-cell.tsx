import { Table, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A checkmark (or a dash) that screen readers read as "yes"/"no". */
export function YesNoCell({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Td ta="center">
      {value ? (
        <IconCheck size={18} color="var(--mantine-color-green-9)" aria-hidden="true" />
      ) : (
        <span aria-hidden="true" style={{ color: 'var(--mantine-color-gray-7)' }}>
          –
        </span>
      )}
      <VisuallyHidden>{value ? t('common.yes') : t('common.no')}</VisuallyHidden>
    </Table.Td>
  );
}
