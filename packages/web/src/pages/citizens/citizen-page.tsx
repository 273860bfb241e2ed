import { useRef, useState } from 'react';
import { Anchor, Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CitizenDetail } from '@hjemvej/contract';
import { dataCategories, type DataCategory } from '@hjemvej/domain';
import { EmergencyAccessBanner } from '../emergency-access/emergency-access-banner';
import { CitizenEmergencyAccessesSection } from '../emergency-access/citizen-emergency-accesses-section';
import { isApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { SectionNav } from '../../components/section-nav';
import { useLanguage } from '../../i18n/use-language';
import { NotFoundPage } from '../not-found/not-found-page';
import { LegalChecksSection } from '../legal-checks/legal-checks-section';
import { AssessmentsSection } from '../assessments/assessments-section';
import { assessmentHooks } from '../assessments/use-assessments';
import { DecisionsSection } from '../decisions/decisions-section';
import { decisionHooks } from '../decisions/use-decisions';
import { PlansSection } from '../plans/plans-section';
import { planHooks } from '../plans/use-plans';
import { FollowUpsSection } from '../follow-ups/follow-ups-section';
import { useFollowUps } from '../follow-ups/use-follow-ups';
import { HousingAllocationsSection } from '../housing-allocations/housing-allocations-section';
import { HousingProfileSection } from '../housing-supply/housing-profile-section';
import { useHousingAllocations } from '../housing-allocations/use-housing-allocations';
import { ShelterStaysSection } from '../shelter-stays/shelter-stays-section';
import { SupportCoursesSection } from '../support-courses/support-courses-section';
import { useSupportCourses } from '../support-courses/use-support-courses';
import { useRegistrationsOfCourses } from '../course-registrations/use-course-registrations';
import { useShelterStays } from '../shelter-stays/use-shelter-stays';
import { ConsentsSection } from '../consents/consents-section';
import { NetworkMeetingsSection } from '../network-meetings/network-meetings-section';
import { citizenAliasNote, citizenName } from './citizen-name';
import { CitizenEditModal } from './citizen-edit-modal';
import { CprReveal } from './cpr-reveal';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { HousingNowBadge } from './housing-badge';
import { HousingSection } from './housing-section';
import { LinkedRecordsSection } from './linked-records-section';
import { TimelineSection } from './timeline/timeline-section';
import { CitizenTasksSection } from '../tasks/citizen-tasks-section';
import { useCitizen, useHousingPeriods } from './use-citizens';
import { useCitizenPage } from './use-citizen-page';
import './citizens.css';

function CitizenHeader({ citizen, onEdit }: { citizen: CitizenDetail; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const alias = citizenAliasNote(citizen);
  const contact = [citizen.phone, citizen.email].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="md" radius="md" mb="xl" data-testid="citizen-header">
      <Stack gap="md">
        {citizen.housing ? <HousingNowBadge housing={citizen.housing} openStay={citizen.openStay} /> : null}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label={t('citizens.field.cpr')}>
            <CprReveal citizenId={citizen.id} maskedCpr={citizen.cpr} canReveal={citizen.abilities.canRevealCpr} />
          </Fact>
          <Fact label={t('citizens.birth')}>
            {citizen.birthDate
              ? citizen.birthDateIsApproximate
                ? t('citizens.bornAbout', { year: citizen.birthDate.slice(0, 4) })
                : formatIsoDate(citizen.birthDate, locale)
              : '–'}
          </Fact>
          <Fact label={t('citizens.handlekommune')}>{citizen.handlekommune?.name ?? t('citizens.handlekommuneUnknown')}</Fact>
          <Fact label={t('citizens.responsible')}>{citizen.responsible?.name ?? t('citizens.responsibleNone')}</Fact>
          <Fact label={t('citizens.field.alias')}>{alias ?? citizen.alias ?? '–'}</Fact>
          <Fact label={t('citizens.contact')}>{contact || '–'}</Fact>
          <Fact label={t('citizens.field.contactNote')}>{citizen.contactNote ?? '–'}</Fact>
        </SimpleGrid>
        {onEdit ? (
          <div>
            <Button size="sm" variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit}>
              {t('citizens.edit')}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** One citizen: who, how to reach them, housing now and over time, § 110 stays, the timeline. */
export function CitizenPage() {
  const { id = '' } = useParams();
  const page = useCitizenPage(id);
  if (isApiError(page.error) && [400, 404, 422].includes(page.error.status)) return <NotFoundPage />;
  // The sections mount only once the page's one answer is in their caches (also when a stale
  // page is asked for again on opening it), so none of them asks by itself. A later refetch in
  // the background (reconnect, focus) leaves the page standing: unmounting it would close open
  // dialogs and lose what was typed.
  if (page.isPending || (page.isFetching && !page.isFetchedAfterMount)) return <Loading minHeight={240} />;
  if (!page.data) return <ErrorAlert error={page.error} />;
  return <CitizenView id={id} />;
}

/** The citizen from its own cache (seeded by the page; refreshed by itself after a write). */
function CitizenView({ id }: { id: string }) {
  const citizen = useCitizen(id);
  if (isApiError(citizen.error) && [400, 404, 422].includes(citizen.error.status)) return <NotFoundPage />;
  if (citizen.isPending) return <Loading minHeight={240} />;
  if (!citizen.data) return <ErrorAlert error={citizen.error} />;
  return <CitizenCourse data={citizen.data} />;
}

/**
 * The citizen's course, in the sections the reader reads (need-to-know): the server sends the
 * categories with the citizen, refuses the rest, and nothing outside them is asked for.
 */
function CitizenCourse({ data }: { data: CitizenDetail }) {
  const { t } = useTranslation();
  const reads = (category: DataCategory) => data.access.categories.includes(category);
  const id = data.id;
  const periods = useHousingPeriods(id, reads('housing'));
  const stays = useShelterStays(id, reads('stays'));
  const allocations = useHousingAllocations(id, reads('housing'));
  const supportCourses = useSupportCourses(id, reads('support'));
  const followUps = useFollowUps(id, reads('support'));
  const courseRegistrations = useRegistrationsOfCourses(
    (supportCourses.data ?? []).map((course) => course.id),
    reads('support'),
  );
  const assessments = assessmentHooks.useList(id, reads('assessment') || reads('health'));
  const plans = planHooks.useList(id, reads('plans'));
  const decisions = decisionHooks.useList(id, reads('decisions'));
  const [editing, setEditing] = useState(false);
  const sectionsRef = useRef<HTMLDivElement>(null);
  const name = citizenName(data, t);
  // What this user may do here is the server's answer, computed by the rules it enforces.
  const abilities = data.abilities;
  const withheld = dataCategories.some((category) => !reads(category));
  return (
    <>
      <PageHeader
        title={name}
        description={citizenAliasNote(data) ? t('citizens.aliasShort', { alias: citizenAliasNote(data) }) : undefined}
      />
      <Anchor component={Link} to="/citizens" size="sm" mb="md" display="inline-block">
        {t('citizens.backToList')}
      </Anchor>
      {data.access.emergency ? <EmergencyAccessBanner emergency={data.access.emergency} /> : null}
      {data.resolvedFromId ? (
        <Text size="sm" mb="sm">
          {t('citizens.duplicates.resolvedFrom')}
        </Text>
      ) : null}
      <CitizenHeader citizen={data} onEdit={abilities.canEdit ? () => setEditing(true) : null} />
      {withheld ? (
        <Text size="sm" c="dimmed" mb="md" data-testid="need-to-know-withheld">
          {t('emergencyAccess.withheld')}
        </Text>
      ) : null}
      <SectionNav container={sectionsRef} />
      <Stack gap="xl" ref={sectionsRef}>
        {data.access.seesEmergencyAccesses ? <CitizenEmergencyAccessesSection citizenId={id} /> : null}
        {/* What must happen next first: the course's tasks across units, then the law's checks. */}
        {reads('tasks') ? (
          <CitizenTasksSection
            citizenId={id}
            canWriteCourse={abilities.canWriteCourse}
            canCreateTasks={abilities.canCreateTasks}
          />
        ) : null}
        {reads('stays') ? <LegalChecksSection citizenId={id} /> : null}
        {reads('stays') ? <ShelterStaysSection query={stays} /> : null}
        {reads('housing') ? <HousingSection citizenId={id} query={periods} canWrite={abilities.canEdit} /> : null}
        {reads('assessment') || reads('health') ? (
          <AssessmentsSection citizenId={id} canWrite={abilities.canWriteCourse} />
        ) : null}
        {reads('plans') ? <PlansSection citizenId={id} canWrite={abilities.canWriteCourse} /> : null}
        {reads('decisions') ? <DecisionsSection citizenId={id} canWrite={abilities.canWriteCourse} /> : null}
        {reads('housing') ? <HousingProfileSection citizenId={id} /> : null}
        {reads('housing') ? (
          <HousingAllocationsSection citizenId={id} query={allocations} canWrite={abilities.canWriteHousing} />
        ) : null}
        {reads('support') ? (
          <SupportCoursesSection citizenId={id} query={supportCourses} canWrite={abilities.canWriteCourse} />
        ) : null}
        {reads('support') ? <FollowUpsSection query={followUps} canWrite={abilities.canWriteCourse} /> : null}
        {reads('network_meetings') ? <NetworkMeetingsSection citizenId={id} canWrite={abilities.canHoldMeetings} /> : null}
        {reads('consents') ? <ConsentsSection citizenId={id} canManage={abilities.canManageConsents} /> : null}
        <TimelineSection
          citizen={data}
          periods={periods.data?.items}
          stays={stays.data}
          allocations={allocations.data}
          supportCourses={supportCourses.data}
          followUps={followUps.data}
          assessments={assessments.data}
          plans={plans.data}
          decisions={decisions.data}
          courseRegistrations={courseRegistrations}
        />
        <LinkedRecordsSection citizen={data} />
      </Stack>
      {editing ? <CitizenEditModal citizen={data} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
