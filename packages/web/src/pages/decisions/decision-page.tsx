import { useState } from 'react';
import { Button, Paper, SimpleGrid, Stack } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CourseRecordHeader } from '../../course-records/course-record-header';
import { useCourseRecordPage } from '../../course-records/use-course-record-page';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { RecordVersions } from '../../course-records/record-versions';
import { DecisionFormModal } from './decision-form-modal';
import { decisionTitle } from './decision-status';
import { useDecisionVocabulary } from './decision-vocabulary';
import { LetterModal } from './letter-modal';
import { decisionHooks } from './use-decisions';

/** One decision as it is now, the letter to the citizen, its versions and any two compared. */
export function DecisionPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [showLetter, setShowLetter] = useState(false);
  const page = useCourseRecordPage(decisionHooks.useRecord, 'decisionId', useDecisionVocabulary);
  if (page.fallback) return page.fallback;
  const { data, citizenId: id, name, canWrite, vocabulary, editing, setEditing } = page;
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  const title = decisionTitle(data, t);
  return (
    <>
      <CourseRecordHeader
        title={t('decisions.pageTitle', { title, name })}
        description={t('decisions.pageDescription', {
          version: data.version,
          name: data.updatedBy ?? data.createdBy ?? '–',
          organisation: data.organisation.name,
        })}
        citizenId={id}
        citizenName={name}
        printable
        edit={canWrite ? { label: t('decisions.edit'), onClick: () => setEditing(true) } : null}
        actions={
          <Button leftSection={<IconFileText size={16} aria-hidden="true" />} onClick={() => setShowLetter(true)}>
            {t('decisions.letter.open')}
          </Button>
        }
      />
      <Stack gap="xl">
        <Paper withBorder p="md" radius="md" data-testid="decision-content">
          <Stack gap="md">
            <div>
              <StatusBadge tone={data.outcome === 'granted' ? 'success' : 'neutral'}>
                {t(`decisions.outcome.${data.outcome}`)}
              </StatusBadge>
            </div>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
              <Fact label={t('decisions.field.kind')}>{t(`decisions.kind.${data.kind}`)}</Fact>
              <Fact label={t('decisions.field.method')}>{data.method ? t(`decisions.method.${data.method}`) : '–'}</Fact>
              <Fact label={t('decisions.field.decidedOn')}>{date(data.decidedOn)}</Fact>
              <Fact label={t('decisions.period')}>
                {data.periodFrom
                  ? t('decisions.periodValue', {
                      from: date(data.periodFrom),
                      to: data.periodTo ? date(data.periodTo) : t('decisions.untilFurther'),
                    })
                  : '–'}
              </Fact>
            </SimpleGrid>
            <Fact label={t('decisions.field.reasons')}>{data.reasons ?? '–'}</Fact>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Fact label={t('decisions.field.wishedProvider')}>{data.wishedProvider ?? t('decisions.noWish')}</Fact>
              <Fact label={t('decisions.field.wishFollowed')}>
                {data.wishFollowed === null ? '–' : data.wishFollowed ? t('common.yes') : t('common.no')}
              </Fact>
            </SimpleGrid>
            {data.reasonIfNotFollowed ? (
              <Fact label={t('decisions.field.reasonIfNotFollowed')}>{data.reasonIfNotFollowed}</Fact>
            ) : null}
            <Fact label={t('decisions.field.appealGuidance')}>{data.appealGuidance}</Fact>
          </Stack>
        </Paper>
        <div className="print-hidden">
          <RecordVersions path="decisions" id={data.id} idPrefix="decision" vocabulary={vocabulary} />
        </div>
      </Stack>
      {editing ? <DecisionFormModal citizenId={id} record={data} onClose={() => setEditing(false)} /> : null}
      {showLetter ? <LetterModal decisionId={data.id} onClose={() => setShowLetter(false)} /> : null}
    </>
  );
}
