import type { OrganisationKind, Permission } from '@hjemvej/domain';
import { visibleNavItems } from '../../navigation/nav-items';

/** What the start page shows above the quick links, in this order. */
export type StartPageBlock = 'myTasks' | 'attention' | 'oversight' | 'organisations';

/**
 * The start page's blocks follow the pages the user may open (the page table), so a role sees
 * what is theirs without the rules being written twice: whoever works an inbox sees their tasks,
 * whoever opens the by-name list sees the citizens who need attention, a leader the oversight.
 */
export function startPageBlocks(can: (permission: Permission) => boolean, organisationKind?: OrganisationKind): StartPageBlock[] {
  const open = new Set(visibleNavItems(can, organisationKind).map((item) => item.key));
  const blocks: StartPageBlock[] = [];
  if (open.has('inbox')) blocks.push('myTasks');
  if (open.has('byNameList')) blocks.push('attention');
  if (open.has('oversight')) blocks.push('oversight');
  // The system administrator runs the installation: its organisations and who uses them.
  if (open.has('organisations')) blocks.push('organisations');
  return blocks;
}
