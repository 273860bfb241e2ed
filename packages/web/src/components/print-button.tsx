import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Prints the page as a record: print.css leaves out the app around it and the buttons. */
export function PrintButton({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={() => window.print()}>
      {label ?? t('common.print')}
    </Button>
  );
}
