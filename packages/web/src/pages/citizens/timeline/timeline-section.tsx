import { useMemo, useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  Assessment,
  CitizenDetail,
  CourseRegistration,
  Decision,
  FollowUpSchedule,
  HousingAllocation,
  HousingPeriod,
  Plan,
  ShelterStay,
  SupportCourse,
} from '@hjemvej/contract';
import { useLanguage } from '../../../i18n/use-language';
import { useAssessmentVocabulary } from '../../assessments/assessment-vocabulary';
import { useDecisionVocabulary } from '../../decisions/decision-vocabulary';
import { usePlanVocabulary } from '../../plans/plan-vocabulary';
import { useRegistrationVocabulary } from '../../course-registrations/registration-vocabulary';
import { useCitizenVersionHistory } from '../../../course-records/use-versions';
import { todayInDenmark } from '../../../format/date';
import { assessmentTimeline, courseRegistrationTimeline, decisionTimeline, planTimeline } from './course-record-sources';
import { allocationTimeline, followUpTimeline, supportCourseTimeline } from './housing-support-sources';
import { TimelineChart } from './timeline-chart';
import { TimelineList } from './timeline-list';
import { mergeTimeline, timelineKinds, type TimelineKind } from './timeline-model';
import { citizenTimeline, housingTimeline, stayTimeline } from './timeline-sources';
import { TitledSection } from '../../../components/titled-section';

interface TimelineSectionProps {
  citizen: CitizenDetail;
  periods: readonly HousingPeriod[] | undefined;
  stays: readonly ShelterStay[] | undefined;
  allocations?: readonly HousingAllocation[] | undefined;
  supportCourses?: readonly SupportCourse[] | undefined;
  followUps?: FollowUpSchedule | undefined;
  assessments?: readonly Assessment[] | undefined;
  plans?: readonly Plan[] | undefined;
  decisions?: readonly Decision[] | undefined;
  courseRegistrations?: readonly CourseRegistration[] | undefined;
}

/**
 * The whole course at a glance: a chart of periods, and a filterable list of what happened,
 * where every saved version of an assessment, plan, decision or course registration is its own event.
 */
export function TimelineSection({
  citizen,
  periods,
  stays,
  allocations,
  supportCourses,
  followUps,
  assessments,
  plans,
  decisions,
  courseRegistrations,
}: TimelineSectionProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [shownKinds, setShownKinds] = useState<TimelineKind[]>([...timelineKinds]);
  // The history of assessments, plans, decisions and registrations: only for a reader of plans
  // (need-to-know; the server leaves out each kind the reader does not read).
  const versions = useCitizenVersionHistory(citizen.id, citizen.access.categories.includes('plans'));
  const assessmentVocabulary = useAssessmentVocabulary();
  const planVocabulary = usePlanVocabulary();
  const decisionVocabulary = useDecisionVocabulary();
  const registrationVocabulary = useRegistrationVocabulary();
  const timeline = useMemo(() => {
    const context = { t, locale };
    const records = {
      t,
      locale,
      versions: versions.data,
      vocabularies: {
        assessment: assessmentVocabulary,
        plan: planVocabulary,
        decision: decisionVocabulary,
        course_registration: registrationVocabulary,
      },
    };
    return mergeTimeline([
      citizenTimeline(citizen, context),
      housingTimeline(periods ?? [], context),
      stayTimeline(stays ?? [], context),
      allocationTimeline(allocations ?? [], context),
      supportCourseTimeline(supportCourses ?? [], context),
      followUpTimeline(followUps, context),
      assessmentTimeline(assessments ?? [], records),
      planTimeline(plans ?? [], records),
      decisionTimeline(decisions ?? [], records),
      courseRegistrationTimeline(courseRegistrations ?? [], records),
    ]);
  }, [
    citizen,
    periods,
    stays,
    allocations,
    supportCourses,
    followUps,
    assessments,
    plans,
    decisions,
    courseRegistrations,
    versions.data,
    assessmentVocabulary,
    planVocabulary,
    decisionVocabulary,
    registrationVocabulary,
    t,
    locale,
  ]);
  return (
    <TitledSection id="timeline-heading" title={t('citizens.timeline.title')} testId="timeline">
      {timeline.spans.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('citizens.timeline.noPeriods')}
        </Text>
      ) : (
        <TimelineChart spans={timeline.spans} today={todayInDenmark()} />
      )}
      <TimelineList events={timeline.events} shownKinds={shownKinds} onShownKindsChange={setShownKinds} />
    </TitledSection>
  );
}
