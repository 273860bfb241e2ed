import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/require-auth';
import { RequirePermission } from '../auth/require-permission';
import { useSession } from '../auth/session';
import { lazyPage } from './lazy-page';
import { AppLayout } from '../layout/app-layout';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { PublicNotFoundPage } from '../pages/not-found/public-not-found-page';
import { SignInPage } from '../pages/auth/sign-in-page';
import { pages, type PageDefinition } from '../navigation/pages';

const AgreementsPage = lazyPage(() => import('../pages/agreements/agreements-page'), 'AgreementsPage', ['agreements']);
const HousingSupplyPage = lazyPage(() => import('../pages/housing-supply/housing-supply-page'), 'HousingSupplyPage', [
  'housingSupply',
]);
const VacancyPage = lazyPage(() => import('../pages/housing-supply/vacancy-page'), 'VacancyPage', ['housingSupply']);
const AssessmentPage = lazyPage(() => import('../pages/assessments/assessment-page'), 'AssessmentPage', [
  'assessments',
  'citizens',
  'plans',
  'versioning',
]);
const AuditPage = lazyPage(() => import('../pages/audit-log/audit-page'), 'AuditPage', ['auditLog']);
const EmergencyAccessesPage = lazyPage(
  () => import('../pages/emergency-access/emergency-accesses-page'),
  'EmergencyAccessesPage',
  ['emergencyAccess'],
);
const ByNameListPage = lazyPage(() => import('../pages/by-name-list/by-name-list-page'), 'ByNameListPage', [
  'byNameList',
  'legalChecks',
]);
const CitizenPage = lazyPage(() => import('../pages/citizens/citizen-page'), 'CitizenPage', [
  'assessments',
  'citizens',
  'consents',
  'courseRegistrations',
  'decisions',
  'emergencyAccess',
  'followUps',
  'housingAllocations',
  'housingSupply',
  'legalChecks',
  'networkMeetings',
  'plans',
  'shelterStays',
  'supportCourses',
  'tasks',
  'versioning',
]);
const CitizensPage = lazyPage(() => import('../pages/citizens/citizens-page'), 'CitizensPage', [
  'citizens',
  'emergencyAccess',
  'shelterStays',
]);
const DecisionPage = lazyPage(() => import('../pages/decisions/decision-page'), 'DecisionPage', [
  'citizens',
  'decisions',
  'plans',
  'versioning',
]);
const FlowcardEditorPage = lazyPage(() => import('../pages/flowcards/flowcard-editor-page'), 'FlowcardEditorPage', ['flowcards']);
const FlowcardPage = lazyPage(() => import('../pages/flowcards/flowcard-page'), 'FlowcardPage', ['flowcards', 'versioning']);
const FlowcardsPage = lazyPage(() => import('../pages/flowcards/flowcards-page'), 'FlowcardsPage', [
  'flowcards',
  'collaborationSettings',
]);
const HomePage = lazyPage(() => import('../pages/home/home-page'), 'HomePage', [
  'home',
  'tasks',
  'byNameList',
  'legalChecks',
  'citizens',
]);
const InboxPage = lazyPage(() => import('../pages/tasks/inbox-page'), 'InboxPage', ['tasks']);
const NetworkMeetingPage = lazyPage(() => import('../pages/network-meetings/network-meeting-page'), 'NetworkMeetingPage', [
  'networkMeetings',
]);
const OversightPage = lazyPage(() => import('../pages/tasks/oversight-page'), 'OversightPage', ['tasks']);
const PartnerCitizenPage = lazyPage(() => import('../pages/partner-view/partner-citizen-page'), 'PartnerCitizenPage', [
  'citizens',
  'consents',
  'partnerView',
  'plans',
]);
const PartnerCitizensPage = lazyPage(() => import('../pages/partner-view/partner-citizens-page'), 'PartnerCitizensPage', [
  'citizens',
  'consents',
  'partnerView',
]);
const PartnersPage = lazyPage(() => import('../pages/organisation/partners-page'), 'PartnersPage', ['organisation']);
const PlanPage = lazyPage(() => import('../pages/plans/plan-page'), 'PlanPage', ['citizens', 'followUps', 'plans', 'versioning']);
const RolesPage = lazyPage(() => import('../pages/users/roles-page'), 'RolesPage', ['users']);
const TimeReportPage = lazyPage(() => import('../pages/time-report/time-report-page'), 'TimeReportPage', [
  'citizens',
  'timeReport',
]);
const KeyFiguresPage = lazyPage(() => import('../pages/key-figures/key-figures-page'), 'KeyFiguresPage', [
  'citizens',
  'fidelity',
  'keyFigures',
  'taskforceReport',
]);
const StatusReportPage = lazyPage(() => import('../pages/status-report/status-report-page'), 'StatusReportPage', [
  'statusReport',
]);
const FidelityPage = lazyPage(() => import('../pages/fidelity/fidelity-page'), 'FidelityPage', ['fidelity']);
const NationalFiguresPage = lazyPage(() => import('../pages/key-figures/national-figures-page'), 'NationalFiguresPage', [
  'keyFigures',
]);
const ProgrammesPage = lazyPage(() => import('../pages/programmes/programmes-page'), 'ProgrammesPage', ['programmes']);
const ProgrammePage = lazyPage(() => import('../pages/programmes/programme-page'), 'ProgrammePage', ['programmes']);
const TaskforcePage = lazyPage(() => import('../pages/taskforce/taskforce-page'), 'TaskforcePage', ['taskforce']);
const TaskforcePlanningPage = lazyPage(() => import('../pages/taskforce/taskforce-planning-page'), 'TaskforcePlanningPage', [
  'taskforce',
]);
const TaskforceEffectsPage = lazyPage(() => import('../pages/taskforce/taskforce-effects-page'), 'TaskforceEffectsPage', [
  'taskforceReport',
]);
const TaskforceCaseReviewCoursesPage = lazyPage(
  () => import('../pages/taskforce/taskforce-case-review-courses-page'),
  'TaskforceCaseReviewCoursesPage',
  ['taskforce', 'taskforceCaseReview'],
);
const TaskforceCoursePage = lazyPage(() => import('../pages/taskforce/taskforce-course-page'), 'TaskforceCoursePage', [
  'taskforce',
  'taskforceCaseReview',
  'taskforceReport',
  'keyFigures',
  'statusReport',
  'tasks',
  'decisions',
]);
const OrganisationsPage = lazyPage(() => import('../pages/organisation/organisations-page'), 'OrganisationsPage', [
  'organisation',
]);
const UnitsPage = lazyPage(() => import('../pages/organisation/units-page'), 'UnitsPage', ['organisation']);
const UsersPage = lazyPage(() => import('../pages/users/users-page'), 'UsersPage', ['users']);

/** The signed-in pages (beside home) and what each shows; the page table says who may open it. */
const signedInPages: readonly (readonly [PageDefinition, ReactElement])[] = [
  [pages.citizens, <CitizensPage />],
  [pages.byNameList, <ByNameListPage />],
  [pages.citizen, <CitizenPage />],
  [pages.assessment, <AssessmentPage />],
  [pages.plan, <PlanPage />],
  [pages.decision, <DecisionPage />],
  [pages.inbox, <InboxPage />],
  [pages.oversight, <OversightPage />],
  [pages.flowcards, <FlowcardsPage />],
  [pages.newFlowcard, <FlowcardEditorPage />],
  [pages.flowcard, <FlowcardPage />],
  [pages.editFlowcard, <FlowcardEditorPage />],
  [pages.organisations, <OrganisationsPage />],
  [pages.units, <UnitsPage />],
  [pages.partners, <PartnersPage />],
  [pages.users, <UsersPage />],
  [pages.roles, <RolesPage />],
  [pages.audit, <AuditPage />],
  [pages.emergencyAccesses, <EmergencyAccessesPage />],
  [pages.networkMeeting, <NetworkMeetingPage />],
  [pages.partnerCitizens, <PartnerCitizensPage />],
  [pages.partnerCitizen, <PartnerCitizenPage />],
  [pages.agreements, <AgreementsPage />],
  [pages.housingSupply, <HousingSupplyPage />],
  [pages.vacancy, <VacancyPage />],
  [pages.timeReport, <TimeReportPage />],
  [pages.keyFigures, <KeyFiguresPage />],
  [pages.statusReport, <StatusReportPage />],
  [pages.fidelity, <FidelityPage />],
  [pages.nationalFigures, <NationalFiguresPage />],
  [pages.programmes, <ProgrammesPage />],
  [pages.programme, <ProgrammePage />],
  [pages.taskforce, <TaskforcePage />],
  [pages.taskforcePlanning, <TaskforcePlanningPage />],
  [pages.taskforceReviews, <TaskforceCaseReviewCoursesPage />],
  [pages.taskforceCourse, <TaskforceCoursePage />],
  [pages.taskforceEffects, <TaskforceEffectsPage />],
];

function guarded({ permission }: PageDefinition, element: ReactElement): ReactElement {
  return permission ? <RequirePermission permission={permission}>{element}</RequirePermission> : element;
}

/** Every page of the app; each is guarded by the permission the page table gives it. */
export function AppRoutes() {
  const { user } = useSession();
  return (
    <Routes>
      <Route path={pages.signIn.path} element={<SignInPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {signedInPages.map(([page, element]) => (
            <Route key={page.path} path={page.path} element={guarded(page, element)} />
          ))}
          {user ? <Route path="*" element={<NotFoundPage />} /> : null}
        </Route>
      </Route>
      {user ? null : <Route path="*" element={<PublicNotFoundPage />} />}
    </Routes>
  );
}
