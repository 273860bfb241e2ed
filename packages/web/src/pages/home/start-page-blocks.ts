import type { OrganisationKind, Permission, Role } from '@hjemvej/domain';
import { visibleNavItems } from '../../navigation/nav-items';

/** What the start page shows above the quick links, in this order. */
export type StartPageBlock =
  'myCitizens' | 'caseload' | 'residents' | 'myTasks' | 'lanes' | 'attention' | 'admissions' | 'oversight' | 'organisations';

/**
 * The start page's blocks follow the pages the user may open (the page table), so a role sees
 * what is theirs without the rules being written twice: whoever works an inbox sees their tasks,
 * whoever opens the by-name list sees the citizens who need attention, a leader the oversight.
 */
export function startPageBlocks(
  can: (permission: Permission) => boolean,
  organisationKind?: OrganisationKind,
  role?: Role,
  mayBeResponsibleCaseworker = false,
): StartPageBlock[] {
  const open = new Set(visibleNavItems(can, organisationKind).map((item) => item.key));
  const blocks: StartPageBlock[] = [];
  // Whoever may carry cases (sagsansvarlig) starts the day with their own citizens.
  if (mayBeResponsibleCaseworker) blocks.push('myCitizens');
  // The support worker's day is their citizens in CTI, ICM or ACT: who has not been seen for
  // longest, and what is due (no page of its own: the citizens' pages hold the courses).
  if (role === 'support_worker') blocks.push('caseload');
  // A § 110 shelter's staff: the residents now and what the law asks of the shelter about them.
  if (organisationKind === 'shelter' && open.has('byNameList')) blocks.push('residents');
  if (open.has('inbox')) blocks.push('myTasks');
  // A partner works the municipalities' flowcards in its own units: which cards, which steps.
  if (organisationKind === 'partner' && can('tasks.work')) blocks.push('lanes');
  if (open.has('byNameList')) blocks.push('attention');
  // The handlekommune's caseworker: its citizens newly admitted to a § 110 shelter.
  if (role === 'caseworker' && organisationKind === 'municipality' && open.has('byNameList')) blocks.push('admissions');
  if (open.has('oversight')) blocks.push('oversight');
  // The system administrator runs the installation: its organisations and who uses them.
  if (open.has('organisations')) blocks.push('organisations');
  return blocks;
}
