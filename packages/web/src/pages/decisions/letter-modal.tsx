import { useRef } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useDecisionLetter } from './use-decisions';
import '../../course-records/course-records.css';

/**
 * The decision as a plain-Danish letter to the citizen, exactly as the server renders it. The
 * letter is shown in a sandboxed frame (no scripts may run in it; the page's CSP applies too) and
 * printed on its own from there.
 */
export function LetterModal({ decisionId, onClose }: { decisionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const letter = useDecisionLetter(decisionId);
  const frame = useRef<HTMLIFrameElement>(null);
  const print = () => {
    const view = frame.current?.contentWindow;
    if (!view) return;
    view.focus();
    view.print();
  };
  return (
    <AppModal opened onClose={onClose} title={t('decisions.letter.title')} size="xl">
      <Stack>
        <ErrorAlert error={letter.error} />
        {letter.isPending ? <Loading /> : null}
        {letter.data ? (
          <>
            <Text fw={600} data-testid="letter-subject">
              {letter.data.subject}
            </Text>
            <iframe
              ref={frame}
              className="letter-frame"
              title={t('decisions.letter.frameTitle', { subject: letter.data.subject })}
              sandbox="allow-same-origin allow-modals"
              srcDoc={letter.data.html}
              data-testid="letter-frame"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.close')}
              </Button>
              <Button leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={print}>
                {t('decisions.letter.print')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </AppModal>
  );
}
