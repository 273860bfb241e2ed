import type { ReactNode } from 'react';
import { Modal, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: MantineSize;
  children: ReactNode;
}

/**
 * A dialog with a labelled close button. The header is a plain div: Mantine's <header> would
 * be read as a second "banner" landmark because the dialog is not a sectioning element.
 */
export function AppModal({ opened, onClose, title, size = 'md', children }: AppModalProps) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
