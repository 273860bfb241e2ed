import type { OrganisationKind, Permission } from '@hjemvej/domain';
import {
  IconAlertTriangle,
  IconBuilding,
  IconBuildingCommunity,
  IconChartBar,
  IconChartLine,
  IconFileReport,
  IconMap,
  IconRadar,
  IconAffiliate,
  IconChecklist,
  IconCompass,
  IconHeartHandshake,
  IconHome,
  IconBuildingEstate,
  IconInbox,
  IconListDetails,
  IconListSearch,
  IconRoute,
  IconShieldCheck,
  IconSitemap,
  IconUserShield,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

/** Catalogue key of a menu entry's label (`nav.<key>`) and of its quick-link text (`quickLinks.<key>`). */
export type NavKey =
  | 'home'
  | 'citizens'
  | 'byNameList'
  | 'flowcards'
  | 'inbox'
  | 'oversight'
  | 'organisations'
  | 'units'
  | 'partners'
  | 'users'
  | 'roles'
  | 'audit'
  | 'partnerCitizens'
  | 'agreements'
  | 'housingSupply'
  | 'timeReport'
  | 'keyFigures'
  | 'nationalFigures'
  | 'programmes'
  | 'emergencyAccesses'
  | 'statusReport'
  | 'fidelity'
  | 'taskforce'
  | 'taskforcePlanning'
  | 'taskforceReviews';

/**
 * One page of the web app, written once: the router guards it with its permission, and the
 * menu and the home page's quick links offer it (when it has a `nav` entry) to those whose
 * permission and organisation kind fit.
 */
export interface PageDefinition {
  /** The page's URL pattern. */
  readonly path: string;
  /** Permission needed to open the page; none means every signed-in user. */
  readonly permission?: Permission;
  /** Organisation kinds the menu offers the page to; none means every kind. */
  readonly organisationKinds?: readonly OrganisationKind[];
  /** The page's entry in the menu and the quick links. */
  readonly nav?: { readonly key: NavKey; readonly icon: Icon };
}

const caseOrganisations: readonly OrganisationKind[] = ['municipality', 'shelter'];

export const pages = {
  signIn: { path: '/sign-in' },
  home: { path: '/', nav: { key: 'home', icon: IconHome } },
  citizens: {
    path: '/citizens',
    permission: 'citizens.read',
    organisationKinds: caseOrganisations,
    nav: { key: 'citizens', icon: IconUsersGroup },
  },
  byNameList: {
    path: '/by-name-list',
    permission: 'citizens.read',
    organisationKinds: caseOrganisations,
    nav: { key: 'byNameList', icon: IconListDetails },
  },
  citizen: { path: '/citizens/:id', permission: 'citizens.read' },
  assessment: { path: '/citizens/:id/assessments/:assessmentId', permission: 'citizens.read' },
  plan: { path: '/citizens/:id/plans/:planId', permission: 'citizens.read' },
  decision: { path: '/citizens/:id/decisions/:decisionId', permission: 'citizens.read' },
  networkMeeting: { path: '/citizens/:id/network-meetings/:meetingId', permission: 'citizens.read' },
  // A partner reaches citizens only through their consent.
  partnerCitizens: {
    path: '/partner/citizens',
    permission: 'citizens.read',
    organisationKinds: ['partner'],
    nav: { key: 'partnerCitizens', icon: IconUserShield },
  },
  partnerCitizen: { path: '/partner/citizens/:id', permission: 'citizens.read' },
  flowcards: {
    path: '/flowcards',
    permission: 'organisation.read',
    organisationKinds: caseOrganisations,
    nav: { key: 'flowcards', icon: IconRoute },
  },
  newFlowcard: { path: '/flowcards/new', permission: 'flowcards.manage' },
  flowcard: { path: '/flowcards/:id', permission: 'organisation.read' },
  editFlowcard: { path: '/flowcards/:id/edit', permission: 'flowcards.manage' },
  inbox: { path: '/inbox', permission: 'tasks.work', nav: { key: 'inbox', icon: IconInbox } },
  oversight: { path: '/oversight', permission: 'tasks.oversee', nav: { key: 'oversight', icon: IconChecklist } },
  timeReport: { path: '/time-report', permission: 'tasks.oversee', nav: { key: 'timeReport', icon: IconChartBar } },
  keyFigures: {
    path: '/key-figures',
    permission: 'statistics.municipal',
    organisationKinds: caseOrganisations,
    nav: { key: 'keyFigures', icon: IconChartLine },
  },
  statusReport: {
    path: '/status-report',
    permission: 'statistics.municipal',
    organisationKinds: ['municipality'],
    nav: { key: 'statusReport', icon: IconFileReport },
  },
  // Method fidelity (K14): the support teams' own measurements (the server answers each caller with the teams it reaches).
  fidelity: {
    path: '/fidelity',
    permission: 'organisation.read',
    organisationKinds: ['municipality'],
    nav: { key: 'fidelity', icon: IconRadar },
  },
  nationalFigures: {
    path: '/national-figures',
    permission: 'statistics.national',
    nav: { key: 'nationalFigures', icon: IconMap },
  },
  // The national agency's programmes: members, the travelling team's log, suppressed figures.
  programmes: {
    path: '/programmes',
    permission: 'programmes.manage',
    organisationKinds: ['national_agency'],
    nav: { key: 'programmes', icon: IconAffiliate },
  },
  programme: { path: '/programmes/:id', permission: 'programmes.manage' },
  agreements: {
    path: '/agreements',
    permission: 'organisation.read',
    organisationKinds: ['municipality', 'shelter', 'partner'],
    nav: { key: 'agreements', icon: IconHeartHandshake },
  },
  housingSupply: {
    path: '/housing-supply',
    permission: 'organisation.read',
    organisationKinds: ['municipality', 'partner'],
    nav: { key: 'housingSupply', icon: IconBuildingEstate },
  },
  vacancy: { path: '/housing-supply/vacancies/:id', permission: 'organisation.read' },
  // The taskforce course: the municipality applies and follows it; the national taskforce plans and runs it.
  taskforce: {
    path: '/taskforce',
    permission: 'taskforce.apply',
    organisationKinds: ['municipality'],
    nav: { key: 'taskforce', icon: IconCompass },
  },
  taskforcePlanning: {
    path: '/taskforce/planning',
    permission: 'taskforce.manage',
    organisationKinds: ['national_agency'],
    nav: { key: 'taskforcePlanning', icon: IconCompass },
  },
  // Ankestyrelsen's reviewers: the courses, each opened on its page with the legal case review.
  taskforceReviews: {
    path: '/taskforce/reviews',
    permission: 'taskforce.review',
    organisationKinds: ['national_agency'],
    nav: { key: 'taskforceReviews', icon: IconCompass },
  },
  taskforceCourse: { path: '/taskforce/courses/:id', permission: 'organisation.read' },
  taskforceEffects: { path: '/taskforce/courses/:id/effects', permission: 'organisation.read' },
  // The system administrator's list of every organisation (the operator runs the installation).
  organisations: {
    path: '/organisations',
    permission: 'system.manage',
    nav: { key: 'organisations', icon: IconBuilding },
  },
  units: { path: '/units', permission: 'organisation.manage', nav: { key: 'units', icon: IconSitemap } },
  partners: { path: '/partners', permission: 'organisation.manage', nav: { key: 'partners', icon: IconBuildingCommunity } },
  users: { path: '/users', permission: 'users.manage', nav: { key: 'users', icon: IconUsers } },
  roles: { path: '/roles', permission: 'users.manage', nav: { key: 'roles', icon: IconShieldCheck } },
  audit: { path: '/audit', permission: 'audit.read', nav: { key: 'audit', icon: IconListSearch } },
  // The data-protection officer's review of emergency accesses ("break the glass").
  emergencyAccesses: {
    path: '/emergency-accesses',
    permission: 'audit.read',
    organisationKinds: ['municipality'],
    nav: { key: 'emergencyAccesses', icon: IconAlertTriangle },
  },
} as const satisfies Record<string, PageDefinition>;

/** The menu, in its order. */
export const menuPages: readonly PageDefinition[] = [
  pages.home,
  pages.citizens,
  pages.byNameList,
  pages.partnerCitizens,
  pages.flowcards,
  pages.inbox,
  pages.oversight,
  pages.timeReport,
  pages.keyFigures,
  pages.statusReport,
  pages.nationalFigures,
  pages.programmes,
  pages.agreements,
  pages.housingSupply,
  pages.taskforce,
  pages.taskforcePlanning,
  pages.taskforceReviews,
  pages.organisations,
  pages.units,
  pages.partners,
  pages.users,
  pages.roles,
  pages.audit,
  pages.emergencyAccesses,
];
