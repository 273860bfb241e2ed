import { useState } from 'react';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { RowAction } from '../../components/row-action';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { SectionTitle } from '../../components/section-title';
import { DecisionFormModal } from './decision-form-modal';
import { decisionTitle } from './decision-status';
import { LetterModal } from './letter-modal';
import { useDecisions } from './use-decisions';

/** The citizen's decisions, newest first; each opens on its own page with versions and the letter. */
export function DecisionsSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const decisions = useDecisions(citizenId);
  const [creating, setCreating] = useState(false);
  const [letterOf, setLetterOf] = useState<string | null>(null);
  const items = decisions.data ?? [];
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : null);
  return (
    <section aria-labelledby="decisions-heading" data-testid="decisions-section">
      <SectionTitle
        id="decisions-heading"
        actions={
          canWrite ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setCreating(true)}
            >
              {t('decisions.add')}
            </Button>
          ) : null
        }
      >
        {t('decisions.title')}
      </SectionTitle>
      <ErrorAlert error={decisions.error} />
      {decisions.isPending ? <Loading /> : null}
      {decisions.data ? (
        <TableFrame caption={t('decisions.tableCaption')} minWidth={720} testId="decisions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('decisions.field.kind')}</Table.Th>
              <Table.Th scope="col">{t('decisions.field.outcome')}</Table.Th>
              <Table.Th scope="col">{t('decisions.field.decidedOn')}</Table.Th>
              <Table.Th scope="col">{t('decisions.period')}</Table.Th>
              <Table.Th scope="col">{t('decisions.wishColumn')}</Table.Th>
              <Table.Th scope="col">{t('decisions.letter.column')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={6}>{t('decisions.empty')}</EmptyRow> : null}
            {items.map((decision) => {
              const title = decisionTitle(decision, t);
              return (
                <Table.Tr key={decision.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/citizens/${citizenId}/decisions/${decision.id}`}>
                      {title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('plans.versionBy', { version: decision.version, name: decision.updatedBy ?? decision.createdBy ?? '–' })}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <StatusBadge tone={decision.outcome === 'granted' ? 'success' : 'neutral'}>
                      {t(`decisions.outcome.${decision.outcome}`)}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>{date(decision.decidedOn)}</Table.Td>
                  <Table.Td>
                    {decision.periodFrom
                      ? t('decisions.periodValue', {
                          from: date(decision.periodFrom),
                          to: date(decision.periodTo) ?? t('decisions.untilFurther'),
                        })
                      : '–'}
                  </Table.Td>
                  <Table.Td>
                    {decision.wishedProvider === null
                      ? t('decisions.noWish')
                      : decision.wishFollowed
                        ? t('decisions.wishFollowedShort', { provider: decision.wishedProvider })
                        : t('decisions.wishNotFollowedShort', { provider: decision.wishedProvider })}
                  </Table.Td>
                  <Table.Td>
                    <RowAction
                      label={t('decisions.letter.openNamed', { title })}
                      icon={<IconFileText size={16} aria-hidden="true" />}
                      onClick={() => setLetterOf(decision.id)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {creating ? <DecisionFormModal citizenId={citizenId} decision={null} onClose={() => setCreating(false)} /> : null}
      {letterOf ? <LetterModal decisionId={letterOf} onClose={() => setLetterOf(null)} /> : null}
    </section>
  );
}
