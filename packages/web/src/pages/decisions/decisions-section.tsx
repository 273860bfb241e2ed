import { useState } from 'react';
import { Anchor, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Decision } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { RecordSection } from '../../components/record-section';
import { RowAction } from '../../components/row-action';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { DecisionFormModal } from './decision-form-modal';
import { decisionTitle } from './decision-status';
import { LetterModal } from './letter-modal';
import { decisionHooks } from './use-decisions';

/** The citizen's decisions, newest first; each opens on its own page with versions and the letter. */
export function DecisionsSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const decisions = decisionHooks.useList(citizenId);
  const [creating, setCreating] = useState(false);
  const [letterOf, setLetterOf] = useState<string | null>(null);
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : null);
  return (
    <RecordSection
      name="decisions"
      title={t('decisions.title')}
      add={canWrite ? { label: t('decisions.add'), onClick: () => setCreating(true) } : null}
      query={decisions}
      dialogs={
        <>
          {creating ? <DecisionFormModal citizenId={citizenId} record={null} onClose={() => setCreating(false)} /> : null}
          {letterOf ? <LetterModal decisionId={letterOf} onClose={() => setLetterOf(null)} /> : null}
        </>
      }
    >
      {(items) => (
        <DataTable<Decision>
          caption={t('decisions.tableCaption')}
          minWidth={720}
          testId="decisions-table"
          items={items}
          rowKey={(decision) => decision.id}
          empty={t('decisions.empty')}
          columns={[
            {
              header: t('decisions.field.kind'),
              rowHeader: true,
              cell: (decision) => (
                <>
                  <Anchor component={Link} to={`/citizens/${citizenId}/decisions/${decision.id}`}>
                    {decisionTitle(decision, t)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('plans.versionBy', { version: decision.version, name: decision.updatedBy ?? decision.createdBy ?? '–' })}
                  </Text>
                </>
              ),
            },
            {
              header: t('decisions.field.outcome'),
              cell: (decision) => (
                <StatusBadge tone={decision.outcome === 'granted' ? 'success' : 'neutral'}>
                  {t(`decisions.outcome.${decision.outcome}`)}
                </StatusBadge>
              ),
            },
            { header: t('decisions.field.decidedOn'), cell: (decision) => date(decision.decidedOn) },
            {
              header: t('decisions.period'),
              cell: (decision) =>
                decision.periodFrom
                  ? t('decisions.periodValue', {
                      from: date(decision.periodFrom),
                      to: date(decision.periodTo) ?? t('decisions.untilFurther'),
                    })
                  : '–',
            },
            {
              header: t('decisions.wishColumn'),
              cell: (decision) =>
                decision.wishedProvider === null
                  ? t('decisions.noWish')
                  : decision.wishFollowed
                    ? t('decisions.wishFollowedShort', { provider: decision.wishedProvider })
                    : t('decisions.wishNotFollowedShort', { provider: decision.wishedProvider }),
            },
            {
              header: t('decisions.letter.column'),
              cell: (decision) => (
                <RowAction
                  label={t('decisions.letter.openNamed', { title: decisionTitle(decision, t) })}
                  icon={<IconFileText size={16} aria-hidden="true" />}
                  onClick={() => setLetterOf(decision.id)}
                />
              ),
            },
          ]}
        />
      )}
    </RecordSection>
  );
}
