import type { ReactElement } from 'react';
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
import { pages, type PageDefinition } from '../navigation/pages';

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
  [pages.units, <UnitsPage />],
  [pages.partners, <PartnersPage />],
  [pages.users, <UsersPage />],
  [pages.roles, <RolesPage />],
  [pages.audit, <AuditPage />],
  [pages.networkMeeting, <NetworkMeetingPage />],
  [pages.partnerCitizens, <PartnerCitizensPage />],
  [pages.partnerCitizen, <PartnerCitizenPage />],
  [pages.agreements, <AgreementsPage />],
  [pages.timeReport, <TimeReportPage />],
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
