import { useRef } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { QueryState } from '../../components/query-state';
import { useDecisionLetter } from './use-decisions';
import '../../course-records/course-records.css';

/**
 * The decision as a plain-Danish letter to the citizen, exactly as the server renders it. The
 * letter is shown in a sandboxed frame (no scripts may run in it; the page's CSP applies too) and
 * printed on its own from there.
 */
/** The letter's width on paper (print.css: A4 less the margins, with room to spare). */
const printedLetterWidth = '170mm';

export function LetterModal({ decisionId, onClose }: { decisionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const letter = useDecisionLetter(decisionId);
  const frame = useRef<HTMLIFrameElement>(null);
  /**
   * Printed from the page (Ctrl+P with the letter open) the frame is as tall as the letter at
   * the printed width (print.css), measured once it has loaded; no paint happens in between.
   */
  const measureForPrint = () => {
    const element = frame.current;
    const body = element?.contentDocument?.documentElement;
    if (!element || !body) return;
    const screenWidth = element.style.width;
    element.style.width = printedLetterWidth;
    element.style.setProperty('--letter-height', `${body.scrollHeight + 16}px`);
    element.style.width = screenWidth;
  };
  const print = () => {
    const view = frame.current?.contentWindow;
    if (!view) return;
    view.focus();
    view.print();
  };
  return (
    <AppModal opened onClose={onClose} title={t('decisions.letter.title')} size="xl">
      <Stack className="letter-print">
        <QueryState query={letter}>
          {(data) => (
            <>
              <Text fw={600} data-testid="letter-subject" className="print-hidden">
                {data.subject}
              </Text>
              <iframe
                ref={frame}
                className="letter-frame"
                title={t('decisions.letter.frameTitle', { subject: data.subject })}
                sandbox="allow-same-origin allow-modals"
                srcDoc={data.html}
                data-testid="letter-frame"
                onLoad={measureForPrint}
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
          )}
        </QueryState>
      </Stack>
    </AppModal>
  );
}
