import { useEffect, type ReactNode } from 'react';
import { Modal, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AppModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: MantineSize;
  children: ReactNode;
}

let openModals = 0;

/**
 * While a dialog is open the page behind it is inert (not focusable, hidden from screen
 * readers; the dialog itself is portalled outside #root). When it closes, or is unmounted
 * without a closing transition, focus goes back to where it was (usually the opening button).
 */
function useModalBackground(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const root = document.getElementById('root');
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openModals += 1;
    root?.setAttribute('inert', '');
    return () => {
      openModals -= 1;
      if (openModals > 0) return;
      root?.removeAttribute('inert');
      window.setTimeout(() => {
        if (previous?.isConnected && !previous.matches(':disabled')) previous.focus();
      }, 0);
    };
  }, [active]);
}

/**
 * A dialog with a labelled close button. The header is a plain div: Mantine's <header> would
 * be read as a second "banner" landmark because the dialog is not a sectioning element.
 */
export function AppModal({ opened, onClose, title, size = 'md', children }: AppModalProps) {
  const { t } = useTranslation();
  useModalBackground(opened);
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
