import { useState } from 'react';
import { Button, SimpleGrid, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupportCourse } from '@hjemvej/contract';
import { CardList } from '../../components/card-list';
import { RecordSection, type SectionQuery } from '../../components/record-section';
import { RecordCard } from '../../components/record-card';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatPeriod } from '../../format/date';
import { Fact } from '../../components/fact';
import { CourseRegistrationsPanel } from '../course-registrations/course-registrations-panel';
import { ContactLog } from './contact-log';
import { CourseDecision } from './course-decision';
import { CtiOverview, CtiPhases } from './cti-phases';
import { EndCourseModal } from './end-course-modal';
import { SupportCourseFormModal } from './support-course-form-modal';
import './support-courses.css';

function SupportCourseCard({
  citizenId,
  course,
  canChange,
  onEnd,
}: {
  citizenId: string;
  course: SupportCourse;
  canChange: boolean;
  onEnd: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const headingId = `course-${course.id}`;
  const isOpen = course.endedOn === null;
  return (
    <RecordCard
      headingId={headingId}
      testId="support-course-card"
      title={t(`supportCourses.method.${course.method}`)}
      subtitle={formatPeriod(course.startedOn, course.endedOn, locale, {
        since: (date) => t('supportCourses.since', { date }),
        fromTo: (from, to) => t('supportCourses.fromTo', { from, to }),
      })}
      badge={
        <StatusBadge tone={isOpen ? 'info' : 'neutral'}>
          {isOpen ? t('supportCourses.open') : t('supportCourses.closed')}
        </StatusBadge>
      }
      gap="md"
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <CourseDecision citizenId={citizenId} course={course} canChange={canChange} />
        <Fact label={t('supportCourses.field.team')}>{course.team.name}</Fact>
        <Fact label={t('supportCourses.field.worker')}>{course.worker?.displayName ?? '–'}</Fact>
        {course.endReason ? (
          <Fact label={t('supportCourses.field.endReason')}>
            {[t(`supportCourses.endReason.${course.endReason}`), course.endNote].filter(Boolean).join(' – ')}
          </Fact>
        ) : null}
        {course.note ? <Fact label={t('supportCourses.field.note')}>{course.note}</Fact> : null}
      </SimpleGrid>
      {course.cti ? (
        <CtiOverview course={course} cti={course.cti} />
      ) : (
        <Text size="sm" c="dimmed">
          {t(`supportCourses.methodHint.${course.method}`)}
        </Text>
      )}
      <CourseRegistrationsPanel course={course} canChange={canChange} />
      {/* In the field the log comes first: quick to reach on a phone, above the long checklists. */}
      <ContactLog course={course} canChange={canChange} />
      {course.cti ? <CtiPhases course={course} cti={course.cti} canChange={canChange} /> : null}
      {canChange && isOpen ? (
        <div>
          <Button
            size="md"
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={18} aria-hidden="true" />}
            onClick={onEnd}
          >
            {t('supportCourses.end')}
          </Button>
        </div>
      ) : null}
    </RecordCard>
  );
}

/** Support courses under § 85 a: method, team, worker, CTI phases and the log of contacts and visits. */
export function SupportCoursesSection({
  citizenId,
  query,
  canWrite,
}: {
  citizenId: string;
  /** The records' query: the citizen page reads it once, for this section and for the timeline. */
  query: SectionQuery<SupportCourse[]>;
  /** The caller may write the citizen's course (the server's `abilities.canWriteCourse`). */
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const endingCourse = query.data?.find((course) => course.id === ending);
  return (
    <RecordSection
      name="support-courses"
      testId="support-courses"
      title={t('supportCourses.title')}
      add={canWrite ? { label: t('supportCourses.create'), variant: 'light', onClick: () => setCreating(true) } : null}
      query={query}
      dialogs={
        <>
          {creating ? <SupportCourseFormModal citizenId={citizenId} onClose={() => setCreating(false)} /> : null}
          {endingCourse ? <EndCourseModal key={endingCourse.id} course={endingCourse} onClose={() => setEnding(null)} /> : null}
        </>
      }
    >
      {(items) => (
        <CardList items={items} empty={t('supportCourses.empty')}>
          {(course) => (
            <SupportCourseCard
              key={course.id}
              citizenId={citizenId}
              course={course}
              canChange={canWrite}
              onEnd={() => setEnding(course.id)}
            />
          )}
        </CardList>
      )}
    </RecordSection>
  );
}
