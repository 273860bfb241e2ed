import { useState } from 'react';
import { Anchor, Group, Select, Text } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Decision, SupportCourse } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { StatusBadge } from '../../components/status-badge';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { decisionTitle } from '../decisions/decision-status';
import { decisionHooks } from '../decisions/use-decisions';
import { useUpdateSupportCourse } from './use-support-courses';
import { CompactButton } from '../../components/compact-button';

type DecisionSummary = Pick<Decision, 'id' | 'kind' | 'method' | 'decidedOn' | 'periodFrom' | 'periodTo'>;

/** "§ 85 a – CTI · 01.02.2026" */
export function useDecisionLabel() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (decision: DecisionSummary) => `${decisionTitle(decision, t)} · ${formatIsoDate(decision.decidedOn, locale)}`;
}

/** The citizen's § 85 a grants: the decisions a support course can deliver. */
export function useCourseDecisionOptions(citizenId: string) {
  const decisions = decisionHooks.useList(citizenId);
  const label = useDecisionLabel();
  const grants = (decisions.data ?? []).filter((d) => d.kind === '85a' && d.outcome === 'granted');
  return { grants, options: grants.map((d) => ({ value: d.id, label: label(d) })), error: decisions.error };
}

/** The decision the course delivers, linked to its page; or that none is linked, with a way to link one. */
export function CourseDecision({
  citizenId,
  course,
  canChange,
}: {
  citizenId: string;
  course: SupportCourse;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const label = useDecisionLabel();
  const [linking, setLinking] = useState(false);
  const decision = course.decision;
  return (
    <div data-testid="course-decision">
      <Fact label={t('supportCourses.field.decision')}>
        {decision ? (
          <>
            <Anchor component={Link} to={`/citizens/${citizenId}/decisions/${decision.id}`} fw={500}>
              {label(decision)}
            </Anchor>
            <Text size="sm">
              {t('supportCourses.decisionPeriod', {
                from: decision.periodFrom ? formatIsoDate(decision.periodFrom, locale) : '–',
                to: decision.periodTo ? formatIsoDate(decision.periodTo, locale) : t('supportCourses.untilFurther'),
              })}
            </Text>
          </>
        ) : (
          <Group gap="xs" mt={2}>
            <StatusBadge tone="warning">{t('supportCourses.noDecision')}</StatusBadge>
            {canChange && course.endedOn === null ? (
              <CompactButton
                icon={<IconLink size={14} aria-hidden="true" />}
                label={t('supportCourses.linkDecision')}
                onClick={() => setLinking(true)}
              />
            ) : null}
          </Group>
        )}
      </Fact>
      {linking ? <LinkDecisionModal citizenId={citizenId} course={course} onClose={() => setLinking(false)} /> : null}
    </div>
  );
}

/** Names the § 85 a decision an existing course delivers. */
function LinkDecisionModal({ citizenId, course, onClose }: { citizenId: string; course: SupportCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateSupportCourse();
  const { grants, options, error } = useCourseDecisionOptions(citizenId);
  const form = useApiForm({
    initialValues: {
      decisionId:
        grants.filter((d) => d.method === course.method).length === 1
          ? (grants.find((d) => d.method === course.method)?.id ?? null)
          : null,
    },
    error: update.error,
  });
  const { decisionId } = form.values;
  const handleSubmit = async () => {
    if (!decisionId) return;
    await update.mutateAsync({ id: course.id, body: { version: course.version, decisionId } });
    notify(t('supportCourses.decisionLinked'));
    onClose();
  };
  return (
    <FormModal
      title={t('supportCourses.linkDecision')}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={update.error ?? error}
      submit={{ label: t('common.save'), loading: update.isPending, disabled: !decisionId }}
    >
      <Select
        label={t('supportCourses.field.decision')}
        description={t('supportCourses.decisionHint')}
        required
        data={options}
        nothingFoundMessage={t('supportCourses.noGrants')}
        placeholder={options.length === 0 ? t('supportCourses.noGrants') : undefined}
        {...form.getInputProps('decisionId')}
        data-autofocus
      />
    </FormModal>
  );
}
