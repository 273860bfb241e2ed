import { Route, Routes } from 'react-router';
import { RequireAuth } from '../auth/require-auth';
import { RequirePermission } from '../auth/require-permission';
import { useSession } from '../auth/session';
import { AppLayout } from '../layout/app-layout';
import { AuditPage } from '../pages/audit-log/audit-page';
import { ByNameListPage } from '../pages/by-name-list/by-name-list-page';
import { CitizenPage } from '../pages/citizens/citizen-page';
import { CitizensPage } from '../pages/citizens/citizens-page';
import { DecisionPage } from '../pages/decisions/decision-page';
import { FlowcardEditorPage } from '../pages/flowcards/flowcard-editor-page';
import { FlowcardPage } from '../pages/flowcards/flowcard-page';
import { FlowcardsPage } from '../pages/flowcards/flowcards-page';
import { HomePage } from '../pages/home/home-page';
import { InboxPage } from '../pages/tasks/inbox-page';
import { OversightPage } from '../pages/tasks/oversight-page';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { PublicNotFoundPage } from '../pages/not-found/public-not-found-page';
import { PartnersPage } from '../pages/organisation/partners-page';
import { PlanPage } from '../pages/plans/plan-page';
import { AssessmentPage } from '../pages/assessments/assessment-page';
import { RolesPage } from '../pages/users/roles-page';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { UnitsPage } from '../pages/organisation/units-page';
import { UsersPage } from '../pages/users/users-page';
import { AgreementsPage } from '../pages/agreements/agreements-page';
import { NetworkMeetingPage } from '../pages/network-meetings/network-meeting-page';
import { PartnerCitizenPage } from '../pages/partner-view/partner-citizen-page';
import { PartnerCitizensPage } from '../pages/partner-view/partner-citizens-page';
import { TimeReportPage } from '../pages/time-report/time-report-page';

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
