import { Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/require-auth';
import { RequirePermission } from '../auth/require-permission';
import { useSession } from '../auth/session';
import { lazyPage } from './lazy-page';
import { AppLayout } from '../layout/app-layout';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { PublicNotFoundPage } from '../pages/not-found/public-not-found-page';
import { SignInPage } from '../pages/sign-in/sign-in-page';

const AgreementsPage = lazyPage(() => import('../pages/agreements/agreements-page'), 'AgreementsPage', ['agreements']);
const AssessmentPage = lazyPage(() => import('../pages/assessments/assessment-page'), 'AssessmentPage', [
  'assessments',
  'citizens',
  'plans',
  'versioning',
]);
const AuditPage = lazyPage(() => import('../pages/audit-log/audit-page'), 'AuditPage', ['auditLog']);
const ByNameListPage = lazyPage(() => import('../pages/by-name-list/by-name-list-page'), 'ByNameListPage', [
  'byNameList',
  'legalChecks',
]);
const CitizenPage = lazyPage(() => import('../pages/citizens/citizen-page'), 'CitizenPage', [
  'assessments',
  'citizens',
  'consents',
  'decisions',
  'followUps',
  'housingAllocations',
  'legalChecks',
  'networkMeetings',
  'plans',
  'shelterStays',
  'supportCourses',
  'tasks',
  'versioning',
]);
const CitizensPage = lazyPage(() => import('../pages/citizens/citizens-page'), 'CitizensPage', ['citizens', 'shelterStays']);
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
const HomePage = lazyPage(() => import('../pages/home/home-page'), 'HomePage', ['home']);
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
const UnitsPage = lazyPage(() => import('../pages/organisation/units-page'), 'UnitsPage', ['organisation']);
const UsersPage = lazyPage(() => import('../pages/users/users-page'), 'UsersPage', ['users']);

/** Every page of the app; admin pages are guarded by the permission they need. */
export function AppRoutes() {
  const { user } = useSession();
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route
            path="citizens"
            element={
              <RequirePermission permission="citizens.read">
                <CitizensPage />
              </RequirePermission>
            }
          />
          <Route
            path="by-name-list"
            element={
              <RequirePermission permission="citizens.read">
                <ByNameListPage />
              </RequirePermission>
            }
          />
          <Route
            path="citizens/:id"
            element={
              <RequirePermission permission="citizens.read">
                <CitizenPage />
              </RequirePermission>
            }
          />
          <Route
            path="citizens/:id/assessments/:assessmentId"
            element={
              <RequirePermission permission="citizens.read">
                <AssessmentPage />
              </RequirePermission>
            }
          />
          <Route
            path="citizens/:id/plans/:planId"
            element={
              <RequirePermission permission="citizens.read">
                <PlanPage />
              </RequirePermission>
            }
          />
          <Route
            path="citizens/:id/decisions/:decisionId"
            element={
              <RequirePermission permission="citizens.read">
                <DecisionPage />
              </RequirePermission>
            }
          />
          <Route
            path="inbox"
            element={
              <RequirePermission permission="tasks.work">
                <InboxPage />
              </RequirePermission>
            }
          />
          <Route
            path="oversight"
            element={
              <RequirePermission permission="tasks.oversee">
                <OversightPage />
              </RequirePermission>
            }
          />
          <Route
            path="flowcards"
            element={
              <RequirePermission permission="organisation.read">
                <FlowcardsPage />
              </RequirePermission>
            }
          />
          <Route
            path="flowcards/new"
            element={
              <RequirePermission permission="flowcards.manage">
                <FlowcardEditorPage />
              </RequirePermission>
            }
          />
          <Route
            path="flowcards/:id"
            element={
              <RequirePermission permission="organisation.read">
                <FlowcardPage />
              </RequirePermission>
            }
          />
          <Route
            path="flowcards/:id/edit"
            element={
              <RequirePermission permission="flowcards.manage">
                <FlowcardEditorPage />
              </RequirePermission>
            }
          />
          <Route
            path="units"
            element={
              <RequirePermission permission="organisation.manage">
                <UnitsPage />
              </RequirePermission>
            }
          />
          <Route
            path="partners"
            element={
              <RequirePermission permission="organisation.manage">
                <PartnersPage />
              </RequirePermission>
            }
          />
          <Route
            path="users"
            element={
              <RequirePermission permission="users.manage">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="roles"
            element={
              <RequirePermission permission="users.manage">
                <RolesPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            }
          />
          <Route
            path="citizens/:id/network-meetings/:meetingId"
            element={
              <RequirePermission permission="citizens.read">
                <NetworkMeetingPage />
              </RequirePermission>
            }
          />
          <Route
            path="partner/citizens"
            element={
              <RequirePermission permission="citizens.read">
                <PartnerCitizensPage />
              </RequirePermission>
            }
          />
          <Route
            path="partner/citizens/:id"
            element={
              <RequirePermission permission="citizens.read">
                <PartnerCitizenPage />
              </RequirePermission>
            }
          />
          <Route
            path="agreements"
            element={
              <RequirePermission permission="organisation.read">
                <AgreementsPage />
              </RequirePermission>
            }
          />
          <Route
            path="time-report"
            element={
              <RequirePermission permission="tasks.oversee">
                <TimeReportPage />
              </RequirePermission>
            }
          />
          {user ? <Route path="*" element={<NotFoundPage />} /> : null}
        </Route>
      </Route>
      {user ? null : <Route path="*" element={<PublicNotFoundPage />} />}
    </Routes>
  );
}
