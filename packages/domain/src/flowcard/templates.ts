/**
 * Flowcard templates: workflows a municipality can copy instead of starting from an empty page.
 * Both are the demo's flowcards, written from seed 004 (Odense Kommune and the shelter Store
 * Dannesbo): "Fra forsorgshjem til egen bolig", the whole way from the shelter's call to the
 * support course in the new home within two months, and a shorter one for a citizen released
 * from prison or discharged from hospital without a housing solution. The demo seeds its cards
 * from these, so the template and the demo never drift apart.
 *
 * A template names each step's unit by name, kind and the kind of organisation it sits in,
 * since a new municipality's units have their own ids and often their own names;
 * `matchTemplateUnits` proposes the municipality's unit for each, and the leader confirms or
 * picks another in the editor before anything is saved.
 */
import type { UnitKind } from '../access/roles';
import type { FlowcardCourseSignal, FlowcardStep } from './definition';
import type { FlowcardStepDraft } from './validate-flowcard';

/** The organisation a template's unit sits in: the municipality itself or one of its partners. */
export type TemplateUnitOwner = 'municipality' | 'shelter' | 'housing_association' | 'ngo';

export interface FlowcardTemplateUnit {
  /** The unit's name in the demo, e.g. "Døgnteamet". */
  readonly name: string;
  readonly kind: UnitKind;
  readonly at: TemplateUnitOwner;
}

export type FlowcardTemplateStep = Omit<
  FlowcardStep,
  'responsibleUnitId' | 'description' | 'notes' | 'urgentDeadlineWorkingDays'
> & {
  readonly unit: FlowcardTemplateUnit;
  readonly description?: string;
  readonly notes?: string;
  readonly urgentDeadlineWorkingDays?: number | null;
};

export interface FlowcardTemplate {
  /** Stable key, used in the editor's address (`/flowcards/new?template=<key>`). */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** Where the workflow comes from. */
  readonly source: string;
  readonly steps: readonly FlowcardTemplateStep[];
}

/** A template step as written below: what most steps share is left out and filled in by `templateStep`. */
type TemplateStepInput = Omit<FlowcardTemplateStep, 'deadlineFrom' | 'dependsOn' | 'requiredDocuments' | 'doneWhen'> & {
  /** The steps this one waits for; its deadline counts from the end of the first. None: it starts at once. */
  readonly after?: readonly [string, ...string[]];
  readonly requiredDocuments?: readonly string[];
  readonly doneWhen?: FlowcardCourseSignal | null;
};

/** The whole step, its fields in the order of `FlowcardStep` (an optional field only when it is given). */
function templateStep(step: TemplateStepInput): FlowcardTemplateStep {
  const { key, title, unit, description, deadlineWorkingDays, urgentDeadlineWorkingDays, after, checklist, notes } = step;
  return {
    key,
    title,
    unit,
    description,
    deadlineWorkingDays,
    ...(urgentDeadlineWorkingDays === undefined ? {} : { urgentDeadlineWorkingDays }),
    deadlineFrom: after ? { kind: 'step_done', stepKey: after[0] } : { kind: 'start' },
    dependsOn: after ?? [],
    checklist,
    requiredDocuments: step.requiredDocuments ?? [],
    ...(notes === undefined ? {} : { notes }),
    doneWhen: step.doneWhen ?? null,
  };
}

const shelterToHomeSteps: readonly FlowcardTemplateStep[] = [
  templateStep({
    key: 'notify',
    title: 'Underret handlekommunen',
    unit: { name: 'Døgnteamet', kind: 'shelter', at: 'shelter' },
    description:
      'Forsorgshjemmet afklarer ved indskrivningen, hvor borgeren kommer fra, og underretter handlekommunen senest 3 hverdage efter optagelsen (§ 110, stk. 6).',
    deadlineWorkingDays: 3,
    checklist: [
      'Hvor kommer borgeren fra, og hvor har borgeren boet?',
      'Hvilken kommune er hjemkommune (handlekommune)?',
      'Hvorfor er borgeren blevet hjemløs?',
      'Sociale udfordringer, psykiatri, misbrug, gæld?',
    ],
    doneWhen: 'notification_sent',
  }),
  templateStep({
    key: 'income',
    title: 'Afklar indtægt og start kontanthjælp',
    unit: { name: 'Jobcenter – kontanthjælp', kind: 'jobcenter', at: 'municipality' },
    description: 'Har borgeren ingen ydelse, startes kontanthjælp op. Det er det første, borgeren skal leve af.',
    deadlineWorkingDays: 5,
    after: ['notify'],
    checklist: ['Har borgeren en ydelse i dag?', 'Ansøgning om kontanthjælp modtaget', 'Afgørelse om kontanthjælp sendt'],
    requiredDocuments: ['Legitimation', 'NemKonto-oplysninger'],
  }),
  templateStep({
    key: 'assessment-plan',
    title: 'Udredning og plan (§ 141/§ 142)',
    unit: { name: 'Myndighed voksne', kind: 'myndighed', at: 'municipality' },
    description: 'Myndigheden vurderer borgerens behov (VUM 2.0) og laver planen sammen med borgeren.',
    deadlineWorkingDays: 10,
    after: ['notify'],
    checklist: ['VUM 2.0-vurdering', 'Borgerens egne ønsker og mål skrevet ind', 'Sundhed og misbrug afklaret'],
    notes: 'Borgeren er selv en vigtig samarbejdspart: det er borgeren, der bedst ved, hvad borgeren vil og har brug for.',
    doneWhen: 'plan_exists',
  }),
  templateStep({
    key: 'housing-registration',
    title: 'Indmeld i boliganvisningen',
    unit: { name: 'Boliganvisning', kind: 'boliganvisning', at: 'municipality' },
    description: 'Borgeren meldes ind i den kommunale boligformidling, så der hurtigt kommer et svar om bydel og bolig.',
    deadlineWorkingDays: 3,
    after: ['income'],
    checklist: ['Indmeldt i boliganvisningen', 'Borgerens ønsker til bydel', 'Gæld og RKI afklaret'],
  }),
  templateStep({
    key: 'offer-lease',
    title: 'Boligtilbud og lejekontrakt',
    unit: { name: 'Udlejningen', kind: 'other', at: 'housing_association' },
    description: 'Boligselskabet giver et tilbud på en bolig; borgeren ser den og skriver under på lejekontrakten.',
    deadlineWorkingDays: 15,
    after: ['housing-registration'],
    checklist: ['Boligtilbud givet', 'Fremvisning', 'Lejekontrakt underskrevet'],
    requiredDocuments: ['Lejekontrakt'],
    notes: 'Et boligtilbud må ikke hænge i uger og måneder: der skal handles på det med det samme.',
    doneWhen: 'lease_signed',
  }),
  templateStep({
    key: 'support-decision',
    title: 'Afgørelse om støtte (CTI, ICM eller ACT)',
    unit: { name: 'Myndighed voksne', kind: 'myndighed', at: 'municipality' },
    description:
      'Myndigheden træffer afgørelse om den støtte, der passer til borgeren, så borgeren kan blive i boligen (§ 85 a). Uden den kan borgeren ikke udskrives til egen bolig (§ 110, stk. 5).',
    deadlineWorkingDays: 10,
    after: ['assessment-plan'],
    checklist: ['Metode valgt: CTI, ICM eller ACT', 'Borgerens ønske om leverandør', 'Afgørelse sendt'],
    doneWhen: 'support_decision_made',
  }),
  templateStep({
    key: 'subsidies',
    title: 'Ansøg Tilskud om depositumslån og møbler – «Housing First haster»',
    unit: { name: 'Tilskud', kind: 'tilskud', at: 'municipality' },
    description: 'Ansøgningen sendes til tilskudsafdelingen, og der står altid «Housing First haster» i den.',
    deadlineWorkingDays: 5,
    urgentDeadlineWorkingDays: 2,
    after: ['offer-lease'],
    checklist: ['Skriv «Housing First haster» i ansøgningen', 'Depositumslån', 'Hjælp til møbler og etablering'],
    requiredDocuments: ['Lejekontrakt', 'Budget'],
    notes: 'Meget lavpraktisk, men det virker.',
  }),
  templateStep({
    key: 'furniture',
    title: 'Møbler til boligen',
    unit: { name: 'Møbeldepotet', kind: 'other', at: 'ngo' },
    description: 'Værestedets møbeldepot og forsorgshjemmet skaffer møbler, så borgeren har noget at flytte ind med.',
    deadlineWorkingDays: 3,
    after: ['subsidies'],
    checklist: ['Seng, bord og stole', 'Køkkenting', 'Transport aftalt'],
  }),
  templateStep({
    key: 'move-in',
    title: 'Udskrivning og indflytning',
    unit: { name: 'Døgnteamet', kind: 'shelter', at: 'shelter' },
    description: 'Borgeren udskrives fra forsorgshjemmet og flytter ind med møbler og den bevilgede støtte.',
    deadlineWorkingDays: 3,
    after: ['furniture', 'support-decision'],
    checklist: ['Plan findes', 'Bolig anvist og lejekontrakt underskrevet', 'Afgørelse om støtte truffet', 'Nøgler udleveret'],
    doneWhen: 'moved_in',
  }),
  templateStep({
    key: 'support-start',
    title: 'Støtteforløbet begynder',
    unit: { name: 'CTI-team', kind: 'cti', at: 'municipality' },
    description: 'Støttemedarbejderen mødes med borgeren i den nye bolig, og forløbet går i gang.',
    deadlineWorkingDays: 2,
    after: ['move-in'],
    checklist: ['Første besøg i boligen', 'Hjemmepleje eller misbrugsbehandling?', 'Jobrådgiver?'],
    doneWhen: 'support_course_started',
  }),
];

const releaseWithoutHousingSteps: readonly FlowcardTemplateStep[] = [
  templateStep({
    key: 'contact',
    title: 'Første kontakt og handlekommune',
    unit: { name: 'Myndighed voksne', kind: 'myndighed', at: 'municipality' },
    description:
      'Kriminalforsorgen eller hospitalet melder, at borgeren løslades eller udskrives inden for en måned uden et sted at bo.',
    deadlineWorkingDays: 2,
    checklist: [
      'Dato for løsladelse eller udskrivning',
      'Handlekommune afklaret',
      'Kontaktperson hos kriminalforsorgen eller hospitalet',
    ],
  }),
  templateStep({
    key: 'shelter-place',
    title: 'Aftal midlertidigt ophold, hvis der ikke er bolig på dagen',
    unit: { name: 'Døgnteamet', kind: 'shelter', at: 'shelter' },
    description: 'Forsorgshjemmet holder en plads, så borgeren ikke står på gaden på dagen.',
    deadlineWorkingDays: 3,
    after: ['contact'],
    checklist: ['Plads reserveret', 'Transport fra fængsel eller hospital'],
  }),
  templateStep({
    key: 'income',
    title: 'Afklar indtægt og start kontanthjælp',
    unit: { name: 'Jobcenter – kontanthjælp', kind: 'jobcenter', at: 'municipality' },
    description: 'Ydelsen skal være i gang fra dagen for løsladelse eller udskrivning.',
    deadlineWorkingDays: 5,
    after: ['contact'],
    checklist: ['Ansøgning om kontanthjælp'],
    requiredDocuments: ['Legitimation'],
  }),
  templateStep({
    key: 'plan',
    title: 'Plan (§ 141) sammen med borgeren',
    unit: { name: 'Myndighed voksne', kind: 'myndighed', at: 'municipality' },
    description: 'Planen laves sammen med borgeren, gerne før løsladelsen eller udskrivningen.',
    deadlineWorkingDays: 10,
    after: ['contact'],
    checklist: ['Borgerens egne ønsker og mål'],
    doneWhen: 'plan_exists',
  }),
  templateStep({
    key: 'housing-registration',
    title: 'Indmeld i boliganvisningen',
    unit: { name: 'Boliganvisning', kind: 'boliganvisning', at: 'municipality' },
    description: 'Borgeren meldes ind i boliganvisningen med det samme.',
    deadlineWorkingDays: 3,
    after: ['contact'],
    checklist: ['Indmeldt i boliganvisningen'],
  }),
  templateStep({
    key: 'support-decision',
    title: 'Afgørelse om støtte (CTI, ICM eller ACT)',
    unit: { name: 'Myndighed voksne', kind: 'myndighed', at: 'municipality' },
    description: 'Afgørelse om den støtte, der passer til borgeren i egen bolig (§ 85 a).',
    deadlineWorkingDays: 10,
    after: ['plan'],
    checklist: ['Metode valgt', 'Afgørelse sendt'],
    doneWhen: 'support_decision_made',
  }),
];

const seed004 = 'Odense Kommune og Store Dannesbo: flowkort for borgere på forsorgshjem og borgere uden boligløsning';

export const flowcardTemplates: readonly FlowcardTemplate[] = [
  {
    key: 'shelter-to-home',
    name: 'Fra forsorgshjem til egen bolig',
    description:
      'Fra borgeren ringer til forsorgshjemmet, til borgeren bor i egen bolig med møbler og støtte – inden for to måneder. Hvem gør hvad, hvornår, så det ikke er personbåret.',
    source: seed004,
    steps: shelterToHomeSteps,
  },
  {
    key: 'release-without-housing',
    name: 'Løsladelse eller udskrivning uden boligløsning',
    description:
      'Løsladelse fra fængsel eller udskrivning fra hospital eller behandling inden for en måned uden en boligløsning.',
    source: seed004,
    steps: releaseWithoutHousingSteps,
  },
];

export function flowcardTemplateByKey(key: string): FlowcardTemplate | undefined {
  return flowcardTemplates.find((template) => template.key === key);
}

/** A unit the municipality may give a step to (its own or a partner's). */
export interface UnitCandidate {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly isOwn: boolean;
  readonly isActive: boolean;
}

const normalised = (name: string) => name.trim().toLocaleLowerCase('da-DK');

/**
 * The unit proposed for a template's unit: an active unit of the same name first (the demo's
 * names are common ones), else the only active unit of that kind on the right side (own for the
 * municipality's units, a partner's for the others). "other" says nothing about what a unit does,
 * so it is matched by name only; where two units could do the step, none is guessed and the
 * leader chooses.
 */
export function matchTemplateUnit(unit: FlowcardTemplateUnit, candidates: readonly UnitCandidate[]): string | null {
  const active = candidates.filter((candidate) => candidate.isActive);
  const byName = active.filter((candidate) => normalised(candidate.name) === normalised(unit.name));
  if (byName.length === 1) return byName[0]?.id ?? null;
  if (unit.kind === 'other') return null;
  const own = unit.at === 'municipality';
  const byKind = active.filter((candidate) => candidate.kind === unit.kind && candidate.isOwn === own);
  return byKind.length === 1 ? (byKind[0]?.id ?? null) : null;
}

/** A template's steps as an editor draft for one municipality: each step's unit proposed, or left for the leader to choose. */
export function templateStepDrafts(template: FlowcardTemplate, candidates: readonly UnitCandidate[]) {
  return draftTemplateSteps(template, (unit) => matchTemplateUnit(unit, candidates));
}

/** A template's steps as a draft, each step given the unit `unitIdOf` finds for its template unit (null: none). */
export function draftTemplateSteps(
  template: FlowcardTemplate,
  unitIdOf: (unit: FlowcardTemplateUnit) => string | null,
): (FlowcardStepDraft & { readonly suggestedUnit: FlowcardTemplateUnit })[] {
  return template.steps.map(({ unit, ...step }) => ({
    ...step,
    suggestedUnit: unit,
    description: step.description ?? '',
    notes: step.notes ?? '',
    urgentDeadlineWorkingDays: step.urgentDeadlineWorkingDays ?? null,
    responsibleUnitId: unitIdOf(unit),
  }));
}
