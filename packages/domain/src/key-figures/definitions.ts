/**
 * The key figures (nøgletal) K1–K16 as versioned data: what each one counts, from which dated
 * events, over which cohort and window, and the source it rests on. The reference
 * implementation (`reference.ts`) and the server's SQL both compute the *measures* listed
 * here; the dashboard, the national view and the status report show these texts beside every
 * number. Change a definition by adding a new version, never by editing a published one.
 *
 * Source of the definitions: the research note next-wave.md §A.3 (each row cites its own
 * source); where that note marks a choice as inference, `note` says so.
 */
import { type LegalSource, legalSources } from '../law/sources';

export const keyFigureIds = [
  'K1',
  'K2',
  'K3',
  'K4',
  'K5',
  'K6',
  'K7',
  'K8',
  'K9',
  'K10',
  'K11',
  'K12',
  'K13',
  'K14',
  'K15',
  'K16',
] as const;
export type KeyFigureId = (typeof keyFigureIds)[number];

/**
 * A measure is one number a key figure reports (K2 reports three: within 60, 90 and 180 days).
 * Every measure is computed as *member rows* (one per person, stay or move-in in the cohort);
 * the figures are counts and percentiles over those rows (`summarise.ts`).
 */
export const measureIds = [
  'k1_lead_time',
  'k2_housed_60',
  'k2_housed_90',
  'k2_housed_180',
  'k3_retained_3m',
  'k3_retained_6m',
  'k3_retained_12m',
  'k4_returned_2y',
  'k5_ended_over_120',
  'k5_ended_over_90',
  'k5_open_over_120',
  'k6_stays_per_citizen',
  'k6_nights_per_citizen',
  'k7_plan_coverage',
  'k8_notified_on_time',
  'k9_lawful_discharge',
  'k10_cti_completed',
  'k11_waiting_days',
  'k11_waiting_over_5m',
  'k11_waiting_over_12m',
  'k12_housing_first_coverage',
  'k13_caseload',
  'k15_registered_on_time',
  'k15_registration_overdue',
  'k15_required_fields',
  'k16_over_reimbursement_limit',
] as const;
export type MeasureId = (typeof measureIds)[number];

/** How a measure reads its window: by an anchor date inside it, or on its last day. */
export type MeasureKind = 'cohort' | 'point';

/** How a measure is best read: a share (numerator ÷ denominator) or days (median, 75th percentile) or a count. */
export type MeasureDisplay = 'share' | 'days' | 'count';

export interface MeasureDefinition {
  readonly id: MeasureId;
  readonly figure: KeyFigureId;
  readonly kind: MeasureKind;
  readonly display: MeasureDisplay;
  /** True when a higher share is better (for colour and for sorting in the national view). */
  readonly higherIsBetter: boolean | null;
  readonly nameDa: string;
  readonly nameEn: string;
  /** What a row counts as: person, stay, move-in or course (for "the citizens behind"). */
  readonly unitOfCount: 'person' | 'stay' | 'move_in' | 'course' | 'registration';
  /** A shelter sees this measure for its own stays. */
  readonly isStayMeasure: boolean;
}

export const breakdowns = ['method', 'unit', 'age_band', 'sex'] as const;
export type Breakdown = (typeof breakdowns)[number];

export interface KeyFigureSource {
  /** What the figure rests on, as a person would cite it. */
  readonly reference: string;
  readonly url?: string;
  readonly legal?: LegalSource;
}

export type ComputationStatus =
  /**
   * Computed. `perTeam`: from the support teams' own registrations (K14's fidelity measurements,
   * `fidelity/fidelity-score.ts`), not from member rows, so it has no measures and no citizens behind it.
   */
  | { readonly computed: true; readonly perTeam?: true }
  /** Defined, but the product does not hold the data yet: the reason is shown instead of a number. */
  | { readonly computed: false; readonly reasonDa: string; readonly reasonEn: string };

export interface KeyFigureDefinition {
  readonly id: KeyFigureId;
  readonly version: number;
  /** The first day this version applies to (the reference date decides). */
  readonly validFrom: string;
  readonly nameDa: string;
  readonly nameEn: string;
  /** Plain Danish, for a leader or a city council member. */
  readonly explanationDa: string;
  readonly cohort: string;
  readonly anchor: string;
  readonly window: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly exclusions: string;
  readonly breakdowns: readonly Breakdown[];
  readonly measures: readonly MeasureId[];
  readonly source: KeyFigureSource;
  readonly status: ComputationStatus;
  /** How sure the definition is: inference in the research, open questions. */
  readonly note?: string;
  /** The texts in English, where written (the English screen falls back to the Danish ones). */
  readonly en?: KeyFigureTextsEn;
}

export interface KeyFigureTextsEn {
  readonly explanation: string;
  readonly cohort: string;
  readonly anchor: string;
  readonly window: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly exclusions: string;
  readonly note?: string;
}

const computed = { computed: true } as const;
const all: readonly Breakdown[] = breakdowns;
const stayBreakdowns: readonly Breakdown[] = ['unit', 'age_band', 'sex'];

const measure = (
  id: MeasureId,
  figure: KeyFigureId,
  values: Omit<MeasureDefinition, 'id' | 'figure' | 'isStayMeasure'> & { isStayMeasure?: boolean },
): MeasureDefinition => ({ id, figure, isStayMeasure: false, ...values });

export const measureDefinitions: Readonly<Record<MeasureId, MeasureDefinition>> = {
  k1_lead_time: measure('k1_lead_time', 'K1', {
    kind: 'cohort',
    display: 'days',
    higherIsBetter: false,
    nameDa: 'Dage fra første kontakt til indflytning',
    nameEn: 'Days from first contact to move-in',
    unitOfCount: 'person',
  }),
  k2_housed_60: measure('k2_housed_60', 'K2', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Andel i egen bolig inden 60 dage',
    nameEn: 'Share housed within 60 days',
    unitOfCount: 'person',
  }),
  k2_housed_90: measure('k2_housed_90', 'K2', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Andel i egen bolig inden 90 dage',
    nameEn: 'Share housed within 90 days',
    unitOfCount: 'person',
  }),
  k2_housed_180: measure('k2_housed_180', 'K2', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Andel i egen bolig inden 180 dage',
    nameEn: 'Share housed within 180 days',
    unitOfCount: 'person',
  }),
  k3_retained_3m: measure('k3_retained_3m', 'K3', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Bor stadig i egen bolig efter 3 måneder',
    nameEn: 'Still housed after 3 months',
    unitOfCount: 'move_in',
  }),
  k3_retained_6m: measure('k3_retained_6m', 'K3', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Bor stadig i egen bolig efter 6 måneder',
    nameEn: 'Still housed after 6 months',
    unitOfCount: 'move_in',
  }),
  k3_retained_12m: measure('k3_retained_12m', 'K3', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Bor stadig i egen bolig efter 12 måneder',
    nameEn: 'Still housed after 12 months',
    unitOfCount: 'move_in',
  }),
  k4_returned_2y: measure('k4_returned_2y', 'K4', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Vendt tilbage til hjemløshed inden 2 år',
    nameEn: 'Returned to homelessness within 2 years',
    unitOfCount: 'move_in',
  }),
  k5_ended_over_120: measure('k5_ended_over_120', 'K5', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Afsluttede ophold over 120 nætter',
    nameEn: 'Ended stays over 120 nights',
    unitOfCount: 'stay',
    isStayMeasure: true,
  }),
  k5_ended_over_90: measure('k5_ended_over_90', 'K5', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Afsluttede ophold over 90 nætter',
    nameEn: 'Ended stays over 90 nights',
    unitOfCount: 'stay',
    isStayMeasure: true,
  }),
  k5_open_over_120: measure('k5_open_over_120', 'K5', {
    kind: 'point',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Igangværende ophold over 120 nætter',
    nameEn: 'Open stays over 120 nights',
    unitOfCount: 'stay',
    isStayMeasure: true,
  }),
  k6_stays_per_citizen: measure('k6_stays_per_citizen', 'K6', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Borgere med 2 eller flere ophold (og ophold pr. borger)',
    nameEn: 'Citizens with 2 or more stays (and stays per citizen)',
    unitOfCount: 'person',
    isStayMeasure: true,
  }),
  k6_nights_per_citizen: measure('k6_nights_per_citizen', 'K6', {
    kind: 'cohort',
    display: 'days',
    higherIsBetter: false,
    nameDa: 'Nætter pr. borger',
    nameEn: 'Nights per citizen',
    unitOfCount: 'person',
    isStayMeasure: true,
  }),
  k7_plan_coverage: measure('k7_plan_coverage', 'K7', {
    kind: 'point',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Beboere på § 110-boform med en plan',
    nameEn: 'Shelter residents with a plan',
    unitOfCount: 'stay',
    isStayMeasure: true,
  }),
  k8_notified_on_time: measure('k8_notified_on_time', 'K8', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Handlekommunen orienteret inden 3 hverdage',
    nameEn: 'Handlekommune notified within 3 working days',
    unitOfCount: 'stay',
    isStayMeasure: true,
  }),
  k9_lawful_discharge: measure('k9_lawful_discharge', 'K9', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Planlagte udskrivninger med alle betingelser i § 110, stk. 5 opfyldt',
    nameEn: 'Planned discharges with every condition of § 110 (5) met',
    unitOfCount: 'stay',
    isStayMeasure: true,
  }),
  k10_cti_completed: measure('k10_cti_completed', 'K10', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'CTI-forløb gennemført efter planen',
    nameEn: 'CTI courses completed as planned',
    unitOfCount: 'course',
  }),
  k11_waiting_days: measure('k11_waiting_days', 'K11', {
    kind: 'cohort',
    display: 'days',
    higherIsBetter: false,
    nameDa: 'Dage fra klar til at flytte til indflytning',
    nameEn: 'Days from ready to move to move-in',
    unitOfCount: 'person',
  }),
  k11_waiting_over_5m: measure('k11_waiting_over_5m', 'K11', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Ventede over 5 måneder som klar til at flytte',
    nameEn: 'Waited over 5 months while ready to move',
    unitOfCount: 'person',
  }),
  k11_waiting_over_12m: measure('k11_waiting_over_12m', 'K11', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Ventede over 12 måneder som klar til at flytte',
    nameEn: 'Waited over 12 months while ready to move',
    unitOfCount: 'person',
  }),
  k12_housing_first_coverage: measure('k12_housing_first_coverage', 'K12', {
    kind: 'point',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Hjemløse borgere med bostøtte efter § 85 a',
    nameEn: 'Homeless citizens with § 85 a support',
    unitOfCount: 'person',
  }),
  k13_caseload: measure('k13_caseload', 'K13', {
    kind: 'point',
    display: 'count',
    higherIsBetter: null,
    nameDa: 'Aktive bostøtteforløb',
    nameEn: 'Active support courses',
    unitOfCount: 'course',
  }),
  k15_registered_on_time: measure('k15_registered_on_time', 'K15', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Registreret inden 3 dage efter hændelsen',
    nameEn: 'Registered within 3 days of the event',
    unitOfCount: 'registration',
  }),
  k15_registration_overdue: measure('k15_registration_overdue', 'K15', {
    kind: 'point',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Bostøtteforløb med en forløbsregistrering over tid',
    nameEn: 'Support courses with an overdue course registration',
    unitOfCount: 'course',
  }),
  k15_required_fields: measure('k15_required_fields', 'K15', {
    kind: 'cohort',
    display: 'share',
    higherIsBetter: true,
    nameDa: 'Forløbsregistreringer med alle obligatoriske felter udfyldt',
    nameEn: 'Course registrations with every required field filled',
    unitOfCount: 'registration',
  }),
  k16_over_reimbursement_limit: measure('k16_over_reimbursement_limit', 'K16', {
    kind: 'point',
    display: 'share',
    higherIsBetter: false,
    nameDa: 'Borgere over refusionsgrænsen i det løbende år',
    nameEn: 'Citizens over the reimbursement limit in the running year',
    unitOfCount: 'person',
  }),
};

const v1 = { version: 1, validFrom: '2020-01-01' } as const;
/** Version 2 (2026-12-06): K15 counts required fields filled per course registration, (c). */
const v2 = { version: 2, validFrom: '2026-12-06' } as const;

export const keyFigureDefinitions: readonly KeyFigureDefinition[] = [
  {
    id: 'K1',
    ...v1,
    nameDa: 'Fra første kontakt til indflytning',
    nameEn: 'From first contact to move-in',
    explanationDa:
      'Hvor mange dage går der fra kommunen første gang har kontakt med en hjemløs borger, til borgeren flytter ind i egen bolig? Vi viser medianen (halvdelen er hurtigere) og 75 %-fraktilen.',
    cohort: 'Personer, der flytter ind i egen bolig (anvisning, ikke trukket tilbage) i perioden; første indflytning i perioden.',
    anchor: 'Indflytningsdagen.',
    window: 'Perioden.',
    numerator:
      'Antal dage fra første kontakt (registreret første kontakt, ellers den tidligste af registreringen og første § 110-optagelse) til indflytning.',
    denominator: 'Personerne i kohorten.',
    exclusions: 'Indflytning før første kontakt (fejlregistrering) tæller ikke med.',
    breakdowns: all,
    measures: ['k1_lead_time'],
    source: {
      reference: 'Frø 004 ("inden for to måneder"); Built for Zero ≤ 45 dage; samme opgørelse som rapporten "Hvor går tiden"',
    },
    status: computed,
  },
  {
    id: 'K2',
    ...v1,
    nameDa: 'Andel i egen bolig inden 60, 90 og 180 dage',
    nameEn: 'Share housed within 60, 90 and 180 days',
    explanationDa:
      'Af de borgere, kommunen fik første kontakt med i perioden: hvor mange var flyttet ind i egen bolig inden 60, 90 og 180 dage? En borger tæller først med, når der er gået mindst så mange dage.',
    cohort: 'Personer med første kontakt i perioden.',
    anchor: 'Dagen for første kontakt.',
    window: 'Perioden; kohorten vises først, når første kontakt + 60/90/180 dage ligger på eller før opgørelsesdagen.',
    numerator: 'Indflyttet i egen bolig senest første kontakt + 60 (90, 180) dage.',
    denominator: 'Personerne i kohorten, der er gamle nok.',
    exclusions: 'Ingen.',
    breakdowns: all,
    measures: ['k2_housed_60', 'k2_housed_90', 'k2_housed_180'],
    source: { reference: 'Frø 004; reformen 2023 ("inden for to måneder")' },
    status: computed,
    note: '60-dages-grænsen er en tolkning (next-wave §A.3).',
  },
  {
    id: 'K3',
    ...v1,
    nameDa: 'Fastholdelse af boligen efter 3, 6 og 12 måneder',
    nameEn: 'Housing retention at 3, 6 and 12 months',
    explanationDa:
      'Af dem, der flyttede ind i egen bolig i perioden: bor de der stadig 3, 6 og 12 måneder efter? Døde og fraflyttede kommunen tælles ikke med, men vises for sig; mistet kontakt tæller som ukendt, ikke som fastholdt.',
    cohort: 'Indflytninger i egen bolig i perioden; metoden er bostøtteforløbet ved indflytningen.',
    anchor: 'Indflytningsdagen.',
    window: 'Perioden; en indflytning tæller først, når indflytning + 3/6/12 måneder ligger på eller før opgørelsesdagen.',
    numerator:
      'Ingen tilbagevenden til hjemløshed (ny § 110-optagelse, hjemløs boligsituation eller mistet bolig ved opfølgning) frem til indflytning + 3/6/12 måneder.',
    denominator: 'Indflytningerne i kohorten minus udelukkede og ukendte.',
    exclusions:
      'Død eller fraflyttet kommunen (bostøtteforløb afsluttet med den grund) inden horisonten: udelukket og vist for sig. Borgeren har afbrudt forløbet (mistet kontakt): ukendt.',
    breakdowns: all,
    measures: ['k3_retained_3m', 'k3_retained_6m', 'k3_retained_12m'],
    source: { reference: 'Danske tal "ved sidste indberetning" (ICM 76 %, CTI 89 %, ACT 90 %); HUD SPM' },
    status: computed,
    note: 'Faste horisonter og "afbrudt = mistet kontakt" er tolkninger; forløbsdokumentationens ophør med "mistet kontakt" afløser det i en ny version.',
  },
  {
    id: 'K4',
    ...v1,
    nameDa: 'Tilbagevenden til hjemløshed inden 2 år',
    nameEn: 'Returns to homelessness within 2 years',
    explanationDa:
      'Af dem, der flyttede ind i egen bolig i perioden, og hvor der er gået mindst 2 år: hvor mange blev hjemløse igen, og hvornår (0–180, 181–365 eller 366–730 dage efter)?',
    cohort: 'Indflytninger i perioden med indflytning + 730 dage på eller før opgørelsesdagen.',
    anchor: 'Indflytningsdagen.',
    window: '730 dage efter indflytning.',
    numerator: 'Første tilbagevenden inden 730 dage, i bånd 0–180, 181–365, 366–730 dage.',
    denominator: 'Indflytningerne i kohorten.',
    exclusions: 'Ingen.',
    breakdowns: all,
    measures: ['k4_returned_2y'],
    source: {
      reference: 'HUD System Performance Measure 2; VIVE "Veje ind og ud af hjemløshed"',
      url: 'https://www.sfi.dk/publikationer/veje-ind-og-ud-af-hjemloeshed-13505/',
    },
    status: computed,
  },
  {
    id: 'K5',
    ...v1,
    nameDa: 'Ophold på over 120 (og 90) nætter',
    nameEn: 'Stays over 120 (and 90) nights',
    explanationDa:
      'Hvor mange § 110-ophold varer længere end målet om højst 3–4 måneder (120 nætter)? Vi viser også 90 nætter, fordi refusionen falder til 90 dage fra 1. april 2026.',
    cohort: '(a) § 110-ophold, der slutter i perioden; (b) ophold, der er i gang på periodens sidste dag.',
    anchor: '(a) udskrivningsdagen; (b) periodens sidste dag.',
    window: 'Perioden.',
    numerator: 'Ophold med over 120 (90) nætter.',
    denominator: 'Opholdene i kohorten.',
    exclusions: 'Ingen.',
    breakdowns: stayBreakdowns,
    measures: ['k5_ended_over_120', 'k5_ended_over_90', 'k5_open_over_120'],
    source: { reference: 'Hjemløsestrategiens mål "3–4 måneder (120 dage)"', legal: legalSources.sel_refusion_110 },
    status: computed,
  },
  {
    id: 'K6',
    ...v1,
    nameDa: 'Ophold og nætter pr. borger',
    nameEn: 'Stays and nights per citizen',
    explanationDa:
      'Hvor mange § 110-ophold og nætter har hver borger i perioden, og hvor mange har 2 eller flere ophold? Et ophold, der var i gang ved periodens start, tæller med (som Danmarks Statistiks tekniske indskrivning 1. januar).',
    cohort: 'Personer med mindst én nat på en § 110-boform i perioden.',
    anchor: 'Perioden (ikke én dag).',
    window: 'Perioden; for sammenligning med Danmarks Statistik: et kalenderår.',
    numerator: 'Personer med 2 eller flere ophold med nætter i perioden; værdien er antal ophold pr. person.',
    denominator: 'Personerne i kohorten.',
    exclusions: 'Ingen.',
    breakdowns: stayBreakdowns,
    measures: ['k6_stays_per_citizen', 'k6_nights_per_citizen'],
    source: {
      reference: 'Danmarks Statistik, Herberger og forsorgshjem (teknisk indskrivning 1. januar)',
      url: 'https://www.dst.dk/da/Statistik/dokumentation/statistikdokumentation/herberger-og-forsorgshjem',
    },
    status: computed,
  },
  {
    id: 'K7',
    ...v1,
    nameDa: 'Plandækning på § 110-boformer',
    nameEn: 'Plan coverage at § 110 shelters',
    explanationDa:
      'Af de borgere, der bor på en § 110-boform på periodens sidste dag: hvor mange har en handleplan (§ 141) eller helhedsorienteret plan (§ 142)? Vi viser også medianen af dage fra optagelse til plan.',
    cohort: 'Ophold, der er i gang på periodens sidste dag.',
    anchor: 'Periodens sidste dag.',
    window: 'Én dag.',
    numerator:
      'Ophold, hvor borgeren har en gældende plan den dag; værdien er dage fra optagelse til den første plan lavet efter optagelsen.',
    denominator: 'Opholdene i kohorten.',
    exclusions: 'Ingen.',
    breakdowns: stayBreakdowns,
    measures: ['k7_plan_coverage'],
    source: { reference: 'Serviceloven § 141/§ 142', legal: legalSources.sel_142 },
    status: computed,
    note: 'Der er ingen lovbestemt frist; målet er kommunens eget.',
  },
  {
    id: 'K8',
    ...v1,
    nameDa: 'Orientering af handlekommunen til tiden',
    nameEn: 'Handlekommune notified on time',
    explanationDa:
      'Af de optagelser på § 110-boformer, der skete i perioden: hvor mange blev meldt til handlekommunen inden 3 hverdage, som loven kræver?',
    cohort: 'Optagelser i perioden, hvor fristen er udløbet eller orienteringen sket.',
    anchor: 'Optagelsesdagen.',
    window: 'Perioden.',
    numerator: 'Orienteret senest 3. hverdag efter optagelsen (helligdage og weekender tæller ikke).',
    denominator: 'Optagelserne i kohorten.',
    exclusions: 'Optagelser, hvor fristen endnu ikke er udløbet og der ikke er orienteret.',
    breakdowns: stayBreakdowns,
    measures: ['k8_notified_on_time'],
    source: { reference: 'Serviceloven § 110, stk. 6', legal: legalSources.sel_110_stk6 },
    status: computed,
  },
  {
    id: 'K9',
    ...v1,
    nameDa: 'Lovlige udskrivninger efter § 110, stk. 5',
    nameEn: 'Lawful discharges under § 110 (5)',
    explanationDa:
      'Af de planlagte udskrivninger fra en § 110-boform i perioden: hvor mange havde alle betingelserne i § 110, stk. 5 opfyldt på udskrivningsdagen (plan, anvist bolig med støtte, lejeaftale og indflytning – eller botilbud, der kan flyttes ind i)? Udskrivninger af andre grunde vises for sig.',
    cohort:
      'Alle § 110-ophold, der slutter i perioden. Ophold med udskrivningsgrunden "planlagt udskrivning" er med i andelen; de øvrige (borgeren gik selv, bortvist, overflyttet, død, andet) vises for sig.',
    anchor: 'Udskrivningsdagen.',
    window: 'Perioden.',
    numerator:
      'Planlagte udskrivninger, hvor "Lovtjek" (samme regel, evaluate-course.ts) finder alle betingelser opfyldt på udskrivningsdagen: en plan efter § 141/142 gældende den dag; enten egen bolig anvist under opholdet (ikke trukket tilbage), en bevilget afgørelse efter § 85 a eller § 85, der gælder den dag, og lejeaftale underskrevet og indflytning senest den dag; eller en bevilget afgørelse om botilbud efter § 107/108 truffet under opholdet med indflytning mulig senest den dag. Værdien er antal manglende betingelser.',
    denominator: 'Planlagte udskrivninger i perioden.',
    exclusions:
      'Udskrivninger med en anden grund end "planlagt udskrivning" (udelukket, vist for sig): § 110, stk. 5 handler om kommunens udskrivning til egen bolig eller botilbud, ikke om en borger, der selv går, bortvises eller dør.',
    breakdowns: stayBreakdowns,
    measures: ['k9_lawful_discharge'],
    source: { reference: 'Serviceloven § 110, stk. 5; Hjemvejs "Lovtjek"', legal: legalSources.sel_110_stk5 },
    status: computed,
    note: 'Tolkning: Hjemvej registrerer ikke en særskilt afgørelse om udskrivning; "planlagt udskrivning" er den nærmeste registrering af, at udskrivningen var kommunens/boformens beslutning. Betingelserne læses ud fra datoerne på plan, afgørelser og anvisning (på eller før udskrivningsdagen), ikke fra hvornår de blev registreret. Om støtten svarer til borgerens behov, er sagsbehandlerens faglige vurdering og tjekkes ikke.',
    en: {
      explanation:
        'Of the planned discharges from a § 110 shelter in the period: how many had every condition of § 110 (5) met on the day of discharge (a plan, allocated housing with support, a signed lease and a move-in – or a residential offer the citizen can move into)? Discharges for other reasons are shown apart.',
      cohort:
        'Every § 110 stay ending in the period. Stays with the discharge reason "planned discharge" are in the share; the others (the citizen left, expelled, transferred, died, other) are shown apart.',
      anchor: 'The day of discharge.',
      window: 'The period.',
      numerator:
        'Planned discharges where the legal checks (the same rule, evaluate-course.ts) find every condition met on the day of discharge: a § 141/142 plan in force that day; either own housing allocated during the stay (not withdrawn), a granted § 85 a or § 85 decision in force that day, and the lease signed and the move-in on or before that day; or a granted §§ 107/108 residential offer decided during the stay that the citizen can move into by that day. The value is the number of conditions missing.',
      denominator: 'Planned discharges in the period.',
      exclusions:
        'Discharges for any reason other than "planned discharge" (excluded, shown apart): § 110 (5) is about the municipality discharging a citizen to own housing or a residential offer, not about a citizen who leaves, is expelled or dies.',
      note: 'Interpretation: Hjemvej records no separate decision to discharge; "planned discharge" is the closest record that the discharge was the municipality’s or the shelter’s decision. The conditions are read from the dates of plans, decisions and allocations (on or before the day of discharge), not from when they were registered. Whether the support matches the citizen’s needs is the caseworker’s professional judgement and is not checked.',
    },
  },
  {
    id: 'K10',
    ...v1,
    nameDa: 'Gennemførte CTI-forløb',
    nameEn: 'CTI courses completed',
    explanationDa:
      'Af de CTI-forløb, der startede i perioden, og som er gamle nok (start + 9 måneder): hvor mange nåede fase 3 og sluttede som planlagt?',
    cohort: 'CTI-forløb startet i perioden med start + 9 måneder på eller før opgørelsesdagen.',
    anchor: 'Forløbets start.',
    window: 'Perioden.',
    numerator: 'Afsluttet som "gennemført" efter at fase 3 er startet.',
    denominator: 'Forløbene i kohorten.',
    exclusions: 'Død eller fraflyttet kommunen.',
    breakdowns: ['unit', 'age_band', 'sex'],
    measures: ['k10_cti_completed'],
    source: { reference: 'Socialstyrelsens CTI-manual (3 faser á 3 måneder)', legal: legalSources.guidance_cti },
    status: computed,
    note: 'Ophørsgrunde efter forløbsdokumentationen (ophør) er endnu ikke med; fasernes varighed er ikke med.',
  },
  {
    id: 'K11',
    ...v1,
    nameDa: 'Ventetid som klar til at flytte',
    nameEn: 'Waiting while ready to move',
    explanationDa:
      'Hvor længe venter borgere, der er vurderet klar til egen bolig, på at flytte ind? Vi viser medianen af dage fra "klar til at flytte" til indflytning og andelen, der ventede over 5 og over 12 måneder.',
    cohort:
      'Personer, der flytter ind i egen bolig i perioden og har en "klar til at flytte"-dato i boligprofilen på eller før indflytningen; første sådanne indflytning i perioden.',
    anchor: 'Indflytningsdagen.',
    window: 'Perioden.',
    numerator:
      'Dage fra "klar til at flytte" til indflytning (medianen); andel, hvor indflytningen ligger mere end 5 (12) måneder efter klar-datoen.',
    denominator: 'Personerne i kohorten.',
    exclusions:
      'Indflytninger før klar-datoen (datoen hører til et senere forløb). Borgere uden klar-dato tæller ikke med (vises ikke som 0 dage).',
    breakdowns: all,
    measures: ['k11_waiting_days', 'k11_waiting_over_5m', 'k11_waiting_over_12m'],
    source: {
      reference: 'Ankestyrelsen 2021: hver tredje klar i over 5 måneder, hver tiende over et år',
      url: 'https://www.sm.dk/nyheder/nyhedsarkiv/2021/jul/mange-hjemloese-er-klar-til-egen-bolig-men-venter-laenge',
    },
    status: computed,
    note: 'Boligprofilen gemmer én klar-dato (den seneste), ikke dens historik; en borger, der flytter ind flere gange, måles fra den samme dato.',
    en: {
      explanation:
        'How long do citizens judged ready for their own home wait to move in? The median of days from "ready to move" to move-in, and the share who waited over 5 and over 12 months.',
      cohort:
        'People who move into their own home in the period and have a "ready to move" date on their housing profile on or before the move-in; the first such move-in in the period.',
      anchor: 'The day of the move-in.',
      window: 'The period.',
      numerator:
        'Days from "ready to move" to the move-in (the median); the share whose move-in came more than 5 (12) months after the ready date.',
      denominator: 'The people in the cohort.',
      exclusions:
        'Move-ins before the ready date (the date belongs to a later episode). Citizens without a ready date are not counted (not shown as 0 days).',
      note: 'The housing profile keeps one ready date (the latest), not its history; a citizen who moves in more than once is measured from the same date.',
    },
  },
  {
    id: 'K12',
    ...v1,
    nameDa: 'Housing First-dækning',
    nameEn: 'Housing First coverage',
    explanationDa:
      'Af de borgere, der er hjemløse på periodens sidste dag (hjemløs boligsituation eller på § 110-boform): hvor mange har et aktivt bostøtteforløb efter § 85 a (CTI, ICM, ACT)?',
    cohort: 'Personer, der er hjemløse på periodens sidste dag.',
    anchor: 'Periodens sidste dag.',
    window: 'Én dag.',
    numerator: 'Med et aktivt bostøtteforløb den dag.',
    denominator: 'Personerne i kohorten.',
    exclusions: 'Ingen.',
    breakdowns: ['unit', 'age_band', 'sex'],
    measures: ['k12_housing_first_coverage'],
    source: { reference: 'Ca. 8 % på landsplan (danish-domain.md §2.7)', legal: legalSources.sel_85a_stk2 },
    status: computed,
  },
  {
    id: 'K13',
    ...v1,
    nameDa: 'Sagsstamme (caseload)',
    nameEn: 'Caseload',
    explanationDa: 'Hvor mange aktive bostøtteforløb har hvert team på periodens sidste dag? Sammenlign med metodens norm.',
    cohort: 'Bostøtteforløb, der er aktive på periodens sidste dag.',
    anchor: 'Periodens sidste dag.',
    window: 'Én dag.',
    numerator: 'Aktive forløb, fordelt på team og metode.',
    denominator: 'Ingen (et antal); årsværk registreres ikke endnu, så der vises antal pr. team, ikke pr. årsværk.',
    exclusions: 'Ingen.',
    breakdowns: ['method', 'unit'],
    measures: ['k13_caseload'],
    source: { reference: 'Metodemanualerne (lavt caseload), next-wave §C.3' },
    status: computed,
    note: 'Normen pr. årsværk kræver årsværk pr. team, som ikke registreres endnu.',
  },
  {
    id: 'K14',
    ...v1,
    nameDa: 'Metodetroskab',
    nameEn: 'Method fidelity',
    explanationDa:
      'Hvor tæt følger bostøtteteamene deres metode (CTI, ICM, ACT, M-ACT) og Housing First-principperne? For hvert team vises den seneste fidelitetsmåling i % af fuld troskab pr. kerneelement, med den forrige måling ved siden af som udvikling. Målingen gentages hvert halve år.',
    cohort: 'Bostøtteteams (enheder med CTI, ICM, ACT eller M-ACT) med mindst én fidelitetsmåling på eller før opgørelsesdagen.',
    anchor: 'Målingens dato.',
    window: 'Den seneste måling på eller før opgørelsesdagen, og den forrige måling for samme team og metode.',
    numerator:
      'Point pr. kerneelement: ja = 2, delvis = 1, nej = 0 for hvert besvaret spørgsmål i metodemodulet og i det fælles Housing First-modul.',
    denominator:
      '2 point gange de besvarede spørgsmål i kerneelementet (100 % = fuld troskab). Ubesvarede spørgsmål tæller ikke med.',
    exclusions: 'Målinger dateret efter opgørelsesdagen.',
    breakdowns: ['method', 'unit'],
    measures: [],
    source: {
      reference:
        'Danske fidelitetsmålinger i % pr. kerneelement, hvert halve år, tegnet som edderkoppespind (next-wave §C.1; Rambøll 2017); instrumenterne i fidelity/instruments.ts',
      url: 'https://napha.no/content/22572/act-og-housing-first-gar-hand-i-hand-i-danmark',
    },
    status: { computed: true, perTeam: true },
    note: 'Spørgsmålene er PLADSHOLDERE skrevet ud fra kerneelementerne, fordi manualernes tjeklister (CTI bilag 4, ICM bilag 2, ACT 2022) ikke kunne læses; de skal tastes ind fra Social- og Boligstyrelsens manualer som en ny version. Organisations- og samarbejdsmodulet er ikke med endnu. Nøgletallet er pr. team, ikke pr. borger, så det har ingen borgere bag sig; i det nationale overblik vises gennemsnittet af kommunens teams’ seneste måling pr. metode og kerneelement.',
    en: {
      explanation:
        'How closely do the support teams follow their method (CTI, ICM, ACT, M-ACT) and the Housing First principles? For each team the latest fidelity measurement as % of full fidelity per core element, with the previous measurement beside it as the trend. Measured every six months.',
      cohort:
        'Support teams (units running CTI, ICM, ACT or M-ACT) with at least one fidelity measurement on or before the reference date.',
      anchor: 'The date of the measurement.',
      window: 'The latest measurement on or before the reference date, and the previous one for the same team and method.',
      numerator:
        'Points per core element: yes = 2, partly = 1, no = 0 for each answered item of the method module and the common Housing First module.',
      denominator:
        '2 points times the answered items of the core element (100 % = full fidelity). Unanswered items do not count.',
      exclusions: 'Measurements dated after the reference date.',
      note: 'The items are PLACEHOLDERS written from the core elements, because the manuals’ checklists (CTI appendix 4, ICM appendix 2, ACT 2022) could not be read; they are to be keyed in from Social- og Boligstyrelsen’s manuals as a new version. The organisation and collaboration module is not included yet. The figure is per team, not per citizen, so it has no citizens behind it; the national view shows the mean of the municipality’s teams’ latest measurement per method and core element.',
    },
  },
  {
    id: 'K15',
    ...v1,
    nameDa: 'Datakvalitet: rettidig registrering',
    nameEn: 'Data quality: timely registration',
    explanationDa:
      'Hvor hurtigt bliver optagelser, anvisninger og bostøtteforløb registreret i Hjemvej efter de er sket? Andel registreret inden 3 dage, og fordelingen 0, 1–3, 4–6, 7–10, 11+ dage. Og hvor mange aktive bostøtteforløb har en forløbsregistrering (indskrivning eller status), der er over tid på periodens sidste dag?',
    cohort:
      '(a) Optagelser på § 110-boform, anvisninger og bostøtteforløb med hændelsesdato i perioden; (b) bostøtteforløb, der er i gang på periodens sidste dag (ikke afsluttet og uden ophørsregistrering).',
    anchor: '(a) Hændelsesdagen; (b) periodens sidste dag.',
    window: 'Perioden.',
    numerator:
      '(a) Registreret senest 3 dage efter hændelsen. (b) Forløb, hvis næste registrering var forfalden før periodens sidste dag: indskrivningen fra forløbets start, ellers status et interval (kommunens indstilling, standard 3 måneder) efter den seneste registrering; værdien er dage over tid.',
    denominator: '(a) Hændelserne i kohorten; (b) forløbene i kohorten.',
    exclusions:
      '(a) Ingen; registreret før hændelsen tæller som 0 dage. (b) Forløb, der er afsluttet senest den dag; registreringer dateret efter den dag.',
    breakdowns: all,
    measures: ['k15_registered_on_time', 'k15_registration_overdue'],
    source: { reference: 'HUD HMIS Data Quality, Q6 (rettidighed); forløbsdokumentationen (next-wave §A.2)' },
    status: computed,
    note: 'Forløb, der startede før forløbsdokumentationen blev taget i brug, tæller som over tid, til indskrivningen er registreret. Udfyldte obligatoriske felter pr. forløbsregistrering er med fra version 2.',
    en: {
      explanation:
        'How soon are admissions, allocations and support courses registered in Hjemvej after they happen? The share registered within 3 days, and the spread over 0, 1–3, 4–6, 7–10, 11+ days. And how many running support courses have a course registration (intake or status) overdue on the period’s last day?',
      cohort:
        '(a) Admissions to a § 110 shelter, allocations and support courses with their event in the period; (b) support courses running on the period’s last day (not ended, no exit registration).',
      anchor: '(a) The day of the event; (b) the period’s last day.',
      window: 'The period.',
      numerator:
        '(a) Registered at most 3 days after the event. (b) Courses whose next registration fell due before the period’s last day: the intake from the course start, else a status one interval (the municipality’s setting, 3 months by default) after the latest registration; the value is days overdue.',
      denominator: '(a) The events in the cohort; (b) the courses in the cohort.',
      exclusions:
        '(a) None; registered before the event counts as 0 days. (b) Courses ended by that day; registrations dated after that day.',
      note: 'Courses started before course documentation was taken into use count as overdue until their intake is registered. Required fields filled per course registration are part of version 2.',
    },
  },
  {
    id: 'K15',
    ...v2,
    nameDa: 'Datakvalitet: rettidig og udfyldt registrering',
    nameEn: 'Data quality: timely and complete registration',
    explanationDa:
      'Hvor hurtigt bliver optagelser, anvisninger og bostøtteforløb registreret i Hjemvej efter de er sket? Andel registreret inden 3 dage, og fordelingen 0, 1–3, 4–6, 7–10, 11+ dage. Hvor mange aktive bostøtteforløb har en forløbsregistrering (indskrivning eller status), der er over tid på periodens sidste dag? Og hvor mange af periodens forløbsregistreringer har alle de felter udfyldt, som skal udfyldes?',
    cohort:
      '(a) Optagelser på § 110-boform, anvisninger og bostøtteforløb med hændelsesdato i perioden; (b) bostøtteforløb, der er i gang på periodens sidste dag (ikke afsluttet og uden ophørsregistrering); (c) forløbsregistreringer (indskrivning, status, ophør) dateret i perioden, som de ser ud nu.',
    anchor: '(a) Hændelsesdagen; (b) periodens sidste dag; (c) registreringens dato.',
    window: 'Perioden.',
    numerator:
      '(a) Registreret senest 3 dage efter hændelsen. (b) Forløb, hvis næste registrering var forfalden før periodens sidste dag: indskrivningen fra forløbets start, ellers status et interval (kommunens indstilling, standard 3 måneder) efter den seneste registrering; værdien er dage over tid. (c) Registreringer med alle obligatoriske felter udfyldt. Indskrivning: boligsituation, hjemløshedskategori (når borgeren ikke er i bolig), henvisning, kontakthyppighed og alle otte livsområder vurderet af både medarbejder og borger. Status: det samme uden henvisning. Ophør: ophørsårsag (med tekst ved "andet"), hvor borgeren gik hen og boligsituation. Værdien er antallet af tomme felter.',
    denominator: '(a) Hændelserne i kohorten; (b) forløbene i kohorten; (c) registreringerne i kohorten.',
    exclusions:
      '(a) Ingen; registreret før hændelsen tæller som 0 dage. (b) Forløb, der er afsluttet senest den dag; registreringer dateret efter den dag. (c) Ingen; supplerende indsatser, borgerens egne ord, notat og henvisninger til udredning, plan og afgørelse er ikke obligatoriske.',
    breakdowns: all,
    measures: ['k15_registered_on_time', 'k15_registration_overdue', 'k15_required_fields'],
    source: {
      reference:
        'HUD HMIS Data Quality, Q6 (rettidighed og udfyldte felter); forløbsdokumentationen (next-wave §A.2); next-wave §A.3 K15 "Required fields filled per snapshot"',
    },
    status: computed,
    note: 'Version 2 tilføjer (c), udfyldte obligatoriske felter; (a) og (b) er uændrede fra version 1. Forløb, der startede før forløbsdokumentationen blev taget i brug, tæller som over tid, til indskrivningen er registreret. Hvilke felter der er obligatoriske, er Hjemvejs valg (key-figures/required-fields.ts), fordi forløbsdokumentationens spørgeskema ikke er fundet; en registrering tæller, som den ser ud nu, så et felt udfyldt senere gør den komplet.',
    en: {
      explanation:
        'How soon are admissions, allocations and support courses registered in Hjemvej after they happen? The share registered within 3 days, and the spread over 0, 1–3, 4–6, 7–10, 11+ days. How many running support courses have a course registration (intake or status) overdue on the period’s last day? And how many of the period’s course registrations have every field filled that should be?',
      cohort:
        '(a) Admissions to a § 110 shelter, allocations and support courses with their event in the period; (b) support courses running on the period’s last day (not ended, no exit registration); (c) course registrations (intake, status, exit) dated in the period, as they stand now.',
      anchor: '(a) The day of the event; (b) the period’s last day; (c) the date of the registration.',
      window: 'The period.',
      numerator:
        '(a) Registered at most 3 days after the event. (b) Courses whose next registration fell due before the period’s last day: the intake from the course start, else a status one interval (the municipality’s setting, 3 months by default) after the latest registration; the value is days overdue. (c) Registrations with every required field filled. Intake: housing status, homelessness category (while not housed), referral source, contact frequency and all eight life areas rated by both the worker and the citizen. Status: the same without the referral source. Exit: exit reason (with its text for "other"), destination and housing status. The value is the number of empty fields.',
      denominator: '(a) The events in the cohort; (b) the courses in the cohort; (c) the registrations in the cohort.',
      exclusions:
        '(a) None; registered before the event counts as 0 days. (b) Courses ended by that day; registrations dated after that day. (c) None; supplementary services, the citizen’s own words, the note and the references to assessment, plan and decision are not required.',
      note: 'Version 2 adds (c), required fields filled; (a) and (b) are unchanged from version 1. Courses started before course documentation was taken into use count as overdue until their intake is registered. Which fields are required is Hjemvej’s choice (key-figures/required-fields.ts), because the course documentation’s questionnaire was not found; a registration counts as it stands now, so a field filled in later makes it complete.',
    },
  },
  {
    id: 'K16',
    ...v1,
    nameDa: 'Refusionsdage',
    nameEn: 'Reimbursement days',
    explanationDa:
      'Hvor mange refusionsberettigede § 110-døgn har hver borger på en § 110-boform brugt i sit løbende år, set mod grænsen på 120 døgn (90 fra 1. april 2026)? Vi viser andelen, der er over grænsen (kommunen betaler døgnene ud over grænsen fuldt), og medianen af brugte døgn.',
    cohort: 'Personer med et igangværende § 110-ophold på periodens sidste dag (fra ordningens start 1. oktober 2023).',
    anchor: 'Periodens sidste dag.',
    window:
      'Borgerens løbende år: det starter med den første nat fra 1. oktober 2023 og varer ét år; derefter starter et nyt ved næste nat. Nætter tælles på alle § 110-boformer.',
    numerator:
      'Personer, hvis løbende år har mindst én nat ud over grænsen (grænsen er den, der gælder den nat: 120, fra 1. april 2026 90). Værdien er nætter i det løbende år til og med periodens sidste dag.',
    denominator: 'Personerne i kohorten.',
    exclusions: 'Nætter før 1. oktober 2023. Overlappende ophold tæller hver nat én gang.',
    breakdowns: stayBreakdowns,
    measures: ['k16_over_reimbursement_limit'],
    source: {
      reference: 'Serviceloven § 110 (refusion); samme optælling som listen over hjemløse borgere og "Lovtjek"',
      legal: legalSources.sel_refusion_110,
    },
    status: computed,
    note: 'Optællingen er Hjemvejs tolkning af Social- og Boligstyrelsens beskrivelse af reformen (course/stay-counting.ts). Tallet vises for kommunen (handlekommunen), ikke for den enkelte boform.',
    en: {
      explanation:
        'How many reimbursable § 110 nights has each citizen at a § 110 shelter used in their running year, against the limit of 120 nights (90 from 1 April 2026)? We show the share over the limit (the municipality pays the nights beyond it in full) and the median of nights used.',
      cohort: 'People with a § 110 stay open on the period’s last day (from the scheme’s start on 1 October 2023).',
      anchor: 'The period’s last day.',
      window:
        'The citizen’s running year: it starts with the first night from 1 October 2023 and lasts one year; then a new one starts with the next night. Nights count at every § 110 shelter.',
      numerator:
        'People whose running year has at least one night beyond the limit (the limit in force that night: 120, from 1 April 2026 90). The value is the nights of the running year up to and including the period’s last day.',
      denominator: 'The people in the cohort.',
      exclusions: 'Nights before 1 October 2023. Overlapping stays count each night once.',
      note: 'The count is Hjemvej’s interpretation of Social- og Boligstyrelsen’s description of the reform (course/stay-counting.ts). The figure is shown to the municipality (the handlekommune), not to the single shelter.',
    },
  },
];

/** The definition of a key figure in a given version; null when that version does not exist. */
export function findKeyFigureDefinition(id: KeyFigureId, version: number): KeyFigureDefinition | null {
  return keyFigureDefinitions.find((d) => d.id === id && d.version === version) ?? null;
}

/** The versions that exist, newest first (a request may name one; unknown versions are refused). */
export const keyFigureVersions: readonly number[] = [...new Set(keyFigureDefinitions.map((d) => d.version))].sort(
  (a, b) => b - a,
);

/** The definitions of one version (a key figure keeps its latest version up to it). */
export function keyFigureDefinitionsOf(version: number): KeyFigureDefinition[] {
  return keyFigureIds.flatMap((id) => {
    const found = keyFigureDefinitions
      .filter((d) => d.id === id && d.version <= version)
      .sort((a, b) => b.version - a.version)[0];
    return found ? [found] : [];
  });
}
