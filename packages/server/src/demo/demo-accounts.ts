/** The demo accounts, printed at start so anyone can try each role. Fictional people. */
import type { Role } from '@hjemvej/domain';

export const demoPassword = 'hjemvej-demo-2026';

export type DemoOrganisationKey = 'demo' | 'shelter' | 'ngo' | 'nabo' | 'agency' | 'appeals' | 'operator';

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisation: DemoOrganisationKey;
  readonly units: readonly string[];
}

export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@demo.hjemvej.dk', displayName: 'Anne Administrator', role: 'municipal_admin', organisation: 'demo', units: [] },
  {
    email: 'sagsbehandler@demo.hjemvej.dk',
    displayName: 'Søren Sagsbehandler',
    role: 'caseworker',
    organisation: 'demo',
    units: ['Myndighed voksne'],
  },
  {
    email: 'stoette@demo.hjemvej.dk',
    displayName: 'Sofie Støttemedarbejder',
    role: 'support_worker',
    organisation: 'demo',
    units: ['CTI-team'],
  },
  {
    email: 'jobcenter@demo.hjemvej.dk',
    displayName: 'Jonas Jobcenter',
    role: 'unit_member',
    organisation: 'demo',
    units: ['Jobcenter – kontanthjælp'],
  },
  {
    email: 'boliganvisning@demo.hjemvej.dk',
    displayName: 'Bodil Boliganvisning',
    role: 'unit_member',
    organisation: 'demo',
    units: ['Boliganvisning'],
  },
  {
    email: 'leder@demo.hjemvej.dk',
    displayName: 'Lars Leder',
    role: 'leader',
    organisation: 'demo',
    units: ['Myndighed voksne', 'CTI-team', 'ICM-team', 'ACT-team'],
  },
  {
    email: 'herberg@demo.hjemvej.dk',
    displayName: 'Hanne Herbergsmedarbejder',
    role: 'shelter_staff',
    organisation: 'shelter',
    units: ['Døgnteamet'],
  },
  {
    email: 'forstander@demo.hjemvej.dk',
    displayName: 'Frederik Forstander',
    role: 'shelter_leader',
    organisation: 'shelter',
    units: ['Døgnteamet'],
  },
  { email: 'partner@demo.hjemvej.dk', displayName: 'Pia Partner', role: 'partner_member', organisation: 'ngo', units: [] },
  { email: 'admin@nabo.hjemvej.dk', displayName: 'Niels Nabo', role: 'municipal_admin', organisation: 'nabo', units: [] },
  {
    email: 'sagsbehandler@nabo.hjemvej.dk',
    displayName: 'Nanna Nabosagsbehandler',
    role: 'caseworker',
    organisation: 'nabo',
    units: ['Myndighed voksne'],
  },
  {
    email: 'konsulent@demo.hjemvej.dk',
    displayName: 'Karen Konsulent',
    role: 'national_consultant',
    organisation: 'agency',
    units: [],
  },
  {
    email: 'ankestyrelsen@demo.hjemvej.dk',
    displayName: 'Anne Ankestyrelse',
    role: 'legal_reviewer',
    organisation: 'appeals',
    units: [],
  },
  { email: 'drift@demo.hjemvej.dk', displayName: 'Dorte Drift', role: 'system_admin', organisation: 'operator', units: [] },
];
