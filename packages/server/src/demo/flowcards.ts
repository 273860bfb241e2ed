/**
 * Demo Kommune's flowcards, built from seed 004 (Odense Kommune and the shelter Store
 * Dannesbo): "Fra forsorgshjem til egen bolig", the whole way from the shelter's call to the
 * support course in the new home within two months, and a shorter one for a citizen released
 * from prison or discharged from hospital without a housing solution.
 *
 * The steps go to the municipality's own units and to its partners' (the shelter's Døgnteamet,
 * the NGO's furniture depot, the housing association's letting office); the partner units are
 * added here, and the demo partner user becomes a member of the NGO's unit so that the
 * partner's inbox has something to show. Every card is validated by the domain's own rules
 * before it is written, like a card saved in the browser.
 */
import type { Transaction } from 'kysely';
import { validateFlowcard, type FlowcardStepDraft, type UnitKind } from '@hjemvej/domain';
import type { Database } from '../database/schema';
import { insertFlowcard } from './records/flowcard-records';
import { selectOwnAndPartnerUnits } from '../modules/organisation/linked-units-queries';

type Tx = Transaction<Database>;

export const demoFlowcardNames = {
  shelterToHome: 'Fra forsorgshjem til egen bolig',
  releaseWithoutHousing: 'Løsladelse eller udskrivning uden boligløsning',
} as const;
export type DemoFlowcardName = (typeof demoFlowcardNames)[keyof typeof demoFlowcardNames];

/** Partner units the flowcards need: [organisation name, unit name, kind]. */
const partnerUnits: readonly [string, string, UnitKind][] = [
  ['Gadens Værested', 'Møbeldepotet', 'other'],
  ['Boligselskabet Fjordbo', 'Udlejningen', 'other'],
];

type StepSpec = Omit<FlowcardStepDraft, 'responsibleUnitId' | 'description' | 'notes' | 'urgentDeadlineWorkingDays'> & {
  readonly unit: string;
  readonly description?: string;
  readonly notes?: string;
  readonly urgentDeadlineWorkingDays?: number | null;
};

const from = (stepKey: string) => ({ kind: 'step_done', stepKey }) as const;
const start = { kind: 'start' } as const;

const shelterToHome: readonly StepSpec[] = [
  {
    key: 'notify',
    title: 'Underret handlekommunen',
    unit: 'Døgnteamet',
    description:
      'Forsorgshjemmet afklarer ved indskrivningen, hvor borgeren kommer fra, og underretter handlekommunen senest 3 hverdage efter optagelsen (§ 110, stk. 6).',
    deadlineWorkingDays: 3,
    deadlineFrom: start,
    dependsOn: [],
    checklist: [
      'Hvor kommer borgeren fra, og hvor har borgeren boet?',
      'Hvilken kommune er hjemkommune (handlekommune)?',
      'Hvorfor er borgeren blevet hjemløs?',
      'Sociale udfordringer, psykiatri, misbrug, gæld?',
    ],
    requiredDocuments: [],
    doneWhen: 'notification_sent',
  },
  {
    key: 'income',
    title: 'Afklar indtægt og start kontanthjælp',
    unit: 'Jobcenter – kontanthjælp',
    description: 'Har borgeren ingen ydelse, startes kontanthjælp op. Det er det første, borgeren skal leve af.',
    deadlineWorkingDays: 5,
    deadlineFrom: from('notify'),
    dependsOn: ['notify'],
    checklist: ['Har borgeren en ydelse i dag?', 'Ansøgning om kontanthjælp modtaget', 'Afgørelse om kontanthjælp sendt'],
    requiredDocuments: ['Legitimation', 'NemKonto-oplysninger'],
    doneWhen: null,
  },
  {
    key: 'assessment-plan',
    title: 'Udredning og plan (§ 141/§ 142)',
    unit: 'Myndighed voksne',
    description: 'Myndigheden vurderer borgerens behov (VUM 2.0) og laver planen sammen med borgeren.',
    deadlineWorkingDays: 10,
    deadlineFrom: from('notify'),
    dependsOn: ['notify'],
    checklist: ['VUM 2.0-vurdering', 'Borgerens egne ønsker og mål skrevet ind', 'Sundhed og misbrug afklaret'],
    requiredDocuments: [],
    notes: 'Borgeren er selv en vigtig samarbejdspart: det er borgeren, der bedst ved, hvad borgeren vil og har brug for.',
    doneWhen: 'plan_exists',
  },
  {
    key: 'housing-registration',
    title: 'Indmeld i boliganvisningen',
    unit: 'Boliganvisning',
    description: 'Borgeren meldes ind i den kommunale boligformidling, så der hurtigt kommer et svar om bydel og bolig.',
    deadlineWorkingDays: 3,
    deadlineFrom: from('income'),
    dependsOn: ['income'],
    checklist: ['Indmeldt i boliganvisningen', 'Borgerens ønsker til bydel', 'Gæld og RKI afklaret'],
    requiredDocuments: [],
    doneWhen: null,
  },
  {
    key: 'offer-lease',
    title: 'Boligtilbud og lejekontrakt',
    unit: 'Udlejningen',
    description: 'Boligselskabet giver et tilbud på en bolig; borgeren ser den og skriver under på lejekontrakten.',
    deadlineWorkingDays: 15,
    deadlineFrom: from('housing-registration'),
    dependsOn: ['housing-registration'],
    checklist: ['Boligtilbud givet', 'Fremvisning', 'Lejekontrakt underskrevet'],
    requiredDocuments: ['Lejekontrakt'],
    notes: 'Et boligtilbud må ikke hænge i uger og måneder: der skal handles på det med det samme.',
    doneWhen: 'lease_signed',
  },
  {
    key: 'support-decision',
    title: 'Afgørelse om støtte (CTI, ICM eller ACT)',
    unit: 'Myndighed voksne',
    description:
      'Myndigheden træffer afgørelse om den støtte, der passer til borgeren, så borgeren kan blive i boligen (§ 85 a). Uden den kan borgeren ikke udskrives til egen bolig (§ 110, stk. 5).',
    deadlineWorkingDays: 10,
    deadlineFrom: from('assessment-plan'),
    dependsOn: ['assessment-plan'],
    checklist: ['Metode valgt: CTI, ICM eller ACT', 'Borgerens ønske om leverandør', 'Afgørelse sendt'],
    requiredDocuments: [],
    doneWhen: 'support_decision_made',
  },
  {
    key: 'subsidies',
    title: 'Ansøg Tilskud om depositumslån og møbler – «Housing First haster»',
    unit: 'Tilskud',
    description: 'Ansøgningen sendes til tilskudsafdelingen, og der står altid «Housing First haster» i den.',
    deadlineWorkingDays: 5,
    urgentDeadlineWorkingDays: 2,
    deadlineFrom: from('offer-lease'),
    dependsOn: ['offer-lease'],
    checklist: ['Skriv «Housing First haster» i ansøgningen', 'Depositumslån', 'Hjælp til møbler og etablering'],
    requiredDocuments: ['Lejekontrakt', 'Budget'],
    notes: 'Meget lavpraktisk, men det virker.',
    doneWhen: null,
  },
  {
    key: 'furniture',
    title: 'Møbler til boligen',
    unit: 'Møbeldepotet',
    description: 'Værestedets møbeldepot og forsorgshjemmet skaffer møbler, så borgeren har noget at flytte ind med.',
    deadlineWorkingDays: 3,
    deadlineFrom: from('subsidies'),
    dependsOn: ['subsidies'],
    checklist: ['Seng, bord og stole', 'Køkkenting', 'Transport aftalt'],
    requiredDocuments: [],
    doneWhen: null,
  },
  {
    key: 'move-in',
    title: 'Udskrivning og indflytning',
    unit: 'Døgnteamet',
    description: 'Borgeren udskrives fra forsorgshjemmet og flytter ind med møbler og den bevilgede støtte.',
    deadlineWorkingDays: 3,
    deadlineFrom: from('furniture'),
    dependsOn: ['furniture', 'support-decision'],
    checklist: ['Plan findes', 'Bolig anvist og lejekontrakt underskrevet', 'Afgørelse om støtte truffet', 'Nøgler udleveret'],
    requiredDocuments: [],
    doneWhen: 'moved_in',
  },
  {
    key: 'support-start',
    title: 'Støtteforløbet begynder',
    unit: 'CTI-team',
    description: 'Støttemedarbejderen mødes med borgeren i den nye bolig, og forløbet går i gang.',
    deadlineWorkingDays: 2,
    deadlineFrom: from('move-in'),
    dependsOn: ['move-in'],
    checklist: ['Første besøg i boligen', 'Hjemmepleje eller misbrugsbehandling?', 'Jobrådgiver?'],
    requiredDocuments: [],
    doneWhen: 'support_course_started',
  },
];

const releaseWithoutHousing: readonly StepSpec[] = [
  {
    key: 'contact',
    title: 'Første kontakt og handlekommune',
    unit: 'Myndighed voksne',
    description:
      'Kriminalforsorgen eller hospitalet melder, at borgeren løslades eller udskrives inden for en måned uden et sted at bo.',
    deadlineWorkingDays: 2,
    deadlineFrom: start,
    dependsOn: [],
    checklist: [
      'Dato for løsladelse eller udskrivning',
      'Handlekommune afklaret',
      'Kontaktperson hos kriminalforsorgen eller hospitalet',
    ],
    requiredDocuments: [],
    doneWhen: null,
  },
  {
    key: 'shelter-place',
    title: 'Aftal midlertidigt ophold, hvis der ikke er bolig på dagen',
    unit: 'Døgnteamet',
    description: 'Forsorgshjemmet holder en plads, så borgeren ikke står på gaden på dagen.',
    deadlineWorkingDays: 3,
    deadlineFrom: from('contact'),
    dependsOn: ['contact'],
    checklist: ['Plads reserveret', 'Transport fra fængsel eller hospital'],
    requiredDocuments: [],
    doneWhen: null,
  },
  {
    key: 'income',
    title: 'Afklar indtægt og start kontanthjælp',
    unit: 'Jobcenter – kontanthjælp',
    description: 'Ydelsen skal være i gang fra dagen for løsladelse eller udskrivning.',
    deadlineWorkingDays: 5,
    deadlineFrom: from('contact'),
    dependsOn: ['contact'],
    checklist: ['Ansøgning om kontanthjælp'],
    requiredDocuments: ['Legitimation'],
    doneWhen: null,
  },
  {
    key: 'plan',
    title: 'Plan (§ 141) sammen med borgeren',
    unit: 'Myndighed voksne',
    description: 'Planen laves sammen med borgeren, gerne før løsladelsen eller udskrivningen.',
    deadlineWorkingDays: 10,
    deadlineFrom: from('contact'),
    dependsOn: ['contact'],
    checklist: ['Borgerens egne ønsker og mål'],
    requiredDocuments: [],
    doneWhen: 'plan_exists',
  },
  {
    key: 'housing-registration',
    title: 'Indmeld i boliganvisningen',
    unit: 'Boliganvisning',
    description: 'Borgeren meldes ind i boliganvisningen med det samme.',
    deadlineWorkingDays: 3,
    deadlineFrom: from('contact'),
    dependsOn: ['contact'],
    checklist: ['Indmeldt i boliganvisningen'],
    requiredDocuments: [],
    doneWhen: null,
  },
  {
    key: 'support-decision',
    title: 'Afgørelse om støtte (CTI, ICM eller ACT)',
    unit: 'Myndighed voksne',
    description: 'Afgørelse om den støtte, der passer til borgeren i egen bolig (§ 85 a).',
    deadlineWorkingDays: 10,
    deadlineFrom: from('plan'),
    dependsOn: ['plan'],
    checklist: ['Metode valgt', 'Afgørelse sendt'],
    requiredDocuments: [],
    doneWhen: 'support_decision_made',
  },
];

async function organisationIdByName(tx: Tx, name: string): Promise<string> {
  const row = await tx
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', name)
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertDemoFlowcard(
  tx: Tx,
  values: {
    organisationId: string;
    leaderId: string;
    leaderName: string;
    name: string;
    description: string;
    steps: readonly StepSpec[];
  },
  unitIdByName: ReadonlyMap<string, string>,
): Promise<string> {
  const drafts: FlowcardStepDraft[] = values.steps.map(({ unit, ...step }) => ({
    ...step,
    description: step.description ?? '',
    notes: step.notes ?? '',
    urgentDeadlineWorkingDays: step.urgentDeadlineWorkingDays ?? null,
    responsibleUnitId: unitIdByName.get(unit) ?? null,
  }));
  const result = validateFlowcard(drafts, new Set(unitIdByName.values()));
  if (!result.ok) throw new Error(`demo flowcard "${values.name}" is invalid: ${result.problems.map((p) => p.code).join(', ')}`);
  const { id } = await insertFlowcard(tx, {
    organisationId: values.organisationId,
    name: values.name,
    description: values.description,
    steps: result.steps,
    changeNote: 'Skrevet på netværksmødet med forsorgshjemmet, boligselskabet og værestedet.',
    by: { id: values.leaderId, name: values.leaderName },
  });
  return id;
}

/** Demo Kommune's two flowcards (and the partner units they need). Runs inside the demo seed's transaction. */
export async function seedDemoFlowcards(tx: Tx, municipalityId: string): Promise<void> {
  for (const [organisation, name, kind] of partnerUnits) {
    const organisationId = await organisationIdByName(tx, organisation);
    await tx.insertInto('units').values({ organisation_id: organisationId, name, kind }).execute();
  }
  const partner = await tx.selectFrom('users').select('id').where('email', '=', 'partner@demo.hjemvej.dk').executeTakeFirst();
  const depot = await tx
    .selectFrom('units as un')
    .innerJoin('organisations as o', 'o.id', 'un.organisation_id')
    .select('un.id')
    .where('o.name', '=', 'Gadens Værested')
    .where('un.name', '=', 'Møbeldepotet')
    .executeTakeFirstOrThrow();
  if (partner) await tx.insertInto('user_units').values({ user_id: partner.id, unit_id: depot.id }).execute();

  // The units a step may be given to: the municipality's own and its partners'.
  const units = await selectOwnAndPartnerUnits(tx, municipalityId).select(['u.id', 'u.name']).execute();
  const unitIdByName = new Map(units.map((unit) => [unit.name, unit.id]));
  const leader = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('email', '=', 'leder@demo.hjemvej.dk')
    .executeTakeFirstOrThrow();
  const common = { organisationId: municipalityId, leaderId: leader.id, leaderName: leader.display_name };
  await insertDemoFlowcard(
    tx,
    {
      ...common,
      name: demoFlowcardNames.shelterToHome,
      description:
        'Fra borgeren ringer til forsorgshjemmet, til borgeren bor i egen bolig med møbler og støtte – inden for to måneder. Hvem gør hvad, hvornår, så det ikke er personbåret.',
      steps: shelterToHome,
    },
    unitIdByName,
  );
  await insertDemoFlowcard(
    tx,
    {
      ...common,
      name: demoFlowcardNames.releaseWithoutHousing,
      description:
        'Løsladelse fra fængsel eller udskrivning fra hospital eller behandling inden for en måned uden en boligløsning.',
      steps: releaseWithoutHousing,
    },
    unitIdByName,
  );
}

/** The demo flowcards' ids by name, e.g. for starting them for demo citizens. */
export async function findDemoFlowcardIds(tx: Tx, municipalityId: string): Promise<Record<DemoFlowcardName, string>> {
  const rows = await tx
    .selectFrom('flowcards')
    .select(['id', 'name'])
    .where('organisation_id', '=', municipalityId)
    .where('name', 'in', Object.values(demoFlowcardNames))
    .execute();
  const idOf = (name: DemoFlowcardName) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`demo flowcard "${name}" is missing`);
    return row.id;
  };
  return {
    [demoFlowcardNames.shelterToHome]: idOf(demoFlowcardNames.shelterToHome),
    [demoFlowcardNames.releaseWithoutHousing]: idOf(demoFlowcardNames.releaseWithoutHousing),
  };
}
