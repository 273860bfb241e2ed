/**
 * Where the UI's text lives. App-wide text (app, common, nav, error, validation, roles,
 * permissions…) is the `translation` namespace in `i18n/{da,en}.json`; each module keeps its own
 * beside it (`pages/<module>/<module>.{da,en}.json`) as the namespace named for the module in
 * camelCase (`shelter-stays` → `shelterStays`), read with the same keys as before:
 * `t('shelterStays.title')`. A page's route loads the namespaces it needs with the page
 * (`app/lazy-page.ts`); each file is its own chunk, fetched only in the language shown.
 */
import type { Locale } from '@hjemvej/contract';

type Loader<Catalogue> = () => Promise<{ default: Catalogue }>;

/** Every key path of a catalogue (`a.b.c`), to compare the Danish and English files. */
type KeyPath<Catalogue> = {
  [Key in keyof Catalogue & string]: Catalogue[Key] extends string ? Key : `${Key}.${KeyPath<Catalogue[Key]>}`;
}[keyof Catalogue & string];

/** An English file lacking a Danish key (or the reverse) is a type error naming the keys. */
type SameKeys<Da, En> = [KeyPath<Da>] extends [KeyPath<En>]
  ? [KeyPath<En>] extends [KeyPath<Da>]
    ? unknown
    : { onlyInEnglish: Exclude<KeyPath<En>, KeyPath<Da>> }
  : { missingInEnglish: Exclude<KeyPath<Da>, KeyPath<En>> };

function catalogue<Da extends object, En extends object>(
  da: Loader<Da>,
  en: Loader<En> & SameKeys<Da, En>,
): { da: Loader<Da>; en: Loader<En> } {
  return { da, en };
}

/** The namespaces, each loaded on demand by dynamic import (so Vite makes each file a chunk). */
export const catalogues = {
  translation: catalogue(
    () => import('./da.json'),
    () => import('./en.json'),
  ),
  agreements: catalogue(
    () => import('../pages/agreements/agreements.da.json'),
    () => import('../pages/agreements/agreements.en.json'),
  ),
  programmes: catalogue(
    () => import('../pages/programmes/programmes.da.json'),
    () => import('../pages/programmes/programmes.en.json'),
  ),
  assessments: catalogue(
    () => import('../pages/assessments/assessments.da.json'),
    () => import('../pages/assessments/assessments.en.json'),
  ),
  housingSupply: catalogue(
    () => import('../pages/housing-supply/housing-supply.da.json'),
    () => import('../pages/housing-supply/housing-supply.en.json'),
  ),
  emergencyAccess: catalogue(
    () => import('../pages/emergency-access/emergency-access.da.json'),
    () => import('../pages/emergency-access/emergency-access.en.json'),
  ),
  taskforce: catalogue(
    () => import('../pages/taskforce/taskforce.da.json'),
    () => import('../pages/taskforce/taskforce.en.json'),
  ),
  taskforceCaseReview: catalogue(
    () => import('../pages/taskforce/taskforce-case-review.da.json'),
    () => import('../pages/taskforce/taskforce-case-review.en.json'),
  ),
  taskforceReport: catalogue(
    () => import('../pages/taskforce/taskforce-report.da.json'),
    () => import('../pages/taskforce/taskforce-report.en.json'),
  ),
  auditLog: catalogue(
    () => import('../pages/audit-log/audit-log.da.json'),
    () => import('../pages/audit-log/audit-log.en.json'),
  ),
  byNameList: catalogue(
    () => import('../pages/by-name-list/by-name-list.da.json'),
    () => import('../pages/by-name-list/by-name-list.en.json'),
  ),
  citizens: catalogue(
    () => import('../pages/citizens/citizens.da.json'),
    () => import('../pages/citizens/citizens.en.json'),
  ),
  collaborationSettings: catalogue(
    () => import('../pages/collaboration-settings/collaboration-settings.da.json'),
    () => import('../pages/collaboration-settings/collaboration-settings.en.json'),
  ),
  consents: catalogue(
    () => import('../pages/consents/consents.da.json'),
    () => import('../pages/consents/consents.en.json'),
  ),
  courseRegistrations: catalogue(
    () => import('../pages/course-registrations/course-registrations.da.json'),
    () => import('../pages/course-registrations/course-registrations.en.json'),
  ),
  decisions: catalogue(
    () => import('../pages/decisions/decisions.da.json'),
    () => import('../pages/decisions/decisions.en.json'),
  ),
  flowcards: catalogue(
    () => import('../pages/flowcards/flowcards.da.json'),
    () => import('../pages/flowcards/flowcards.en.json'),
  ),
  followUps: catalogue(
    () => import('../pages/follow-ups/follow-ups.da.json'),
    () => import('../pages/follow-ups/follow-ups.en.json'),
  ),
  home: catalogue(
    () => import('../pages/home/home.da.json'),
    () => import('../pages/home/home.en.json'),
  ),
  housingAllocations: catalogue(
    () => import('../pages/housing-allocations/housing-allocations.da.json'),
    () => import('../pages/housing-allocations/housing-allocations.en.json'),
  ),
  legalChecks: catalogue(
    () => import('../pages/legal-checks/legal-checks.da.json'),
    () => import('../pages/legal-checks/legal-checks.en.json'),
  ),
  networkMeetings: catalogue(
    () => import('../pages/network-meetings/network-meetings.da.json'),
    () => import('../pages/network-meetings/network-meetings.en.json'),
  ),
  organisation: catalogue(
    () => import('../pages/organisation/organisation.da.json'),
    () => import('../pages/organisation/organisation.en.json'),
  ),
  partnerView: catalogue(
    () => import('../pages/partner-view/partner-view.da.json'),
    () => import('../pages/partner-view/partner-view.en.json'),
  ),
  plans: catalogue(
    () => import('../pages/plans/plans.da.json'),
    () => import('../pages/plans/plans.en.json'),
  ),
  shelterStays: catalogue(
    () => import('../pages/shelter-stays/shelter-stays.da.json'),
    () => import('../pages/shelter-stays/shelter-stays.en.json'),
  ),
  supportCourses: catalogue(
    () => import('../pages/support-courses/support-courses.da.json'),
    () => import('../pages/support-courses/support-courses.en.json'),
  ),
  tasks: catalogue(
    () => import('../pages/tasks/tasks.da.json'),
    () => import('../pages/tasks/tasks.en.json'),
  ),
  keyFigures: catalogue(
    () => import('../pages/key-figures/key-figures.da.json'),
    () => import('../pages/key-figures/key-figures.en.json'),
  ),
  fidelity: catalogue(
    () => import('../pages/fidelity/fidelity.da.json'),
    () => import('../pages/fidelity/fidelity.en.json'),
  ),
  statusReport: catalogue(
    () => import('../pages/status-report/status-report.da.json'),
    () => import('../pages/status-report/status-report.en.json'),
  ),
  timeReport: catalogue(
    () => import('../pages/time-report/time-report.da.json'),
    () => import('../pages/time-report/time-report.en.json'),
  ),
  users: catalogue(
    () => import('../pages/users/users.da.json'),
    () => import('../pages/users/users.en.json'),
  ),
  versioning: catalogue(
    () => import('../versioning/versioning.da.json'),
    () => import('../versioning/versioning.en.json'),
  ),
};

/** The app-wide namespace, loaded before the first render. */
export const sharedNamespace = 'translation';

/** A module's namespace, loaded with the pages that show it. */
export type ModuleNamespace = Exclude<keyof typeof catalogues, typeof sharedNamespace>;

export function isNamespace(name: string): name is keyof typeof catalogues {
  return Object.hasOwn(catalogues, name);
}

type CatalogueOf<Namespace extends keyof typeof catalogues, Language extends Locale> = Awaited<
  ReturnType<(typeof catalogues)[Namespace][Language]>
>['default'];

/** All text of one language as `t()` reads it (for compile-time coverage checks such as `catalogue-coverage.ts`). */
export type Texts<Language extends Locale> = CatalogueOf<typeof sharedNamespace, Language> & {
  [Namespace in ModuleNamespace]: CatalogueOf<Namespace, Language>;
};
