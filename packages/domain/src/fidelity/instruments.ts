/**
 * Method fidelity instruments (metodefidelitet, next-wave §C) as versioned data: one per method
 * (CTI, ICM, ACT, M-ACT) and the common Housing First module every team answers as well, as in
 * the Danish programmes' three-part form (next-wave §C.1; the organisation/collaboration module is
 * not shipped yet). Each instrument has items on a response scale, each item belongs to one core
 * element (kerneelement), and the instrument cites what it rests on.
 *
 * **Placeholders.** The item texts of the Danish checklists (CTI manual 2021 bilag 4, ICM manual
 * 2021 bilag 2, the ACT manual 2022) sit in manual appendices the research could not read
 * (next-wave §C.1 "Not found"). The items below are therefore Hjemvej's placeholders, written
 * from the core elements and minimum requirements that *were* found; every instrument says so in
 * its source text and carries `placeholder: true`. They must be replaced by the checklists'
 * own items, keyed in from Social- og Boligstyrelsen's PDFs, as a new version: a published
 * version is never edited, because measurements keep the version they were answered in.
 */
import type { SupportMethod } from '../course/snapshot';

/** The common Housing First module and the four method modules. */
export const fidelityInstrumentIds = ['housing_first', 'cti', 'icm', 'act', 'm_act'] as const;
export type FidelityInstrumentId = (typeof fidelityInstrumentIds)[number];

/** Ja / delvis / nej: the Danish reports score item by item and add up to % of full fidelity. */
export const fidelityAnswers = ['yes', 'partly', 'no'] as const;
export type FidelityAnswer = (typeof fidelityAnswers)[number];

/** Points per answer on the yes/partly/no scale; full fidelity is every item answered "yes". */
export const fidelityAnswerPoints: Readonly<Record<FidelityAnswer, number>> = { yes: 2, partly: 1, no: 0 };
export const fidelityMaxPoints = 2;

/** Who rated: the team itself, a colleague team, Social- og Boligstyrelsen, or an external rater. */
export const fidelityRaterTypes = ['self', 'peer', 'sbst', 'external'] as const;
export type FidelityRaterType = (typeof fidelityRaterTypes)[number];

/** How the answers were collected (next-wave §C.4). */
export const fidelityCollectionMethods = ['self_report', 'phone', 'site_visit', 'record_review'] as const;
export type FidelityCollectionMethod = (typeof fidelityCollectionMethods)[number];

/** Fidelity is measured every 6 months in the Danish programmes (next-wave §C.1). */
export const fidelityIntervalMonths = 6;

export interface FidelityCoreElement {
  readonly id: string;
  readonly nameDa: string;
  readonly nameEn: string;
}

export interface FidelityItem {
  /** Unique across every instrument and version ("cti.time_limited.1"). */
  readonly id: string;
  readonly coreElement: string;
  readonly textDa: string;
  readonly textEn: string;
}

export interface FidelityInstrument {
  readonly id: FidelityInstrumentId;
  readonly version: number;
  readonly validFrom: string;
  /** The method the module is for; null for the common Housing First module. */
  readonly method: SupportMethod | null;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly scale: 'yes_partly_no';
  readonly coreElements: readonly FidelityCoreElement[];
  readonly items: readonly FidelityItem[];
  /** Where the core elements come from, and (for placeholders) what must replace the items. */
  readonly sourceDa: string;
  readonly sourceEn: string;
  readonly url?: string;
  /** True while the items are Hjemvej's placeholders rather than the official checklist's. */
  readonly placeholder: boolean;
}

const placeholderDa = (checklist: string) =>
  `PLADSHOLDER: spørgsmålene er Hjemvejs egne, skrevet ud fra kerneelementerne, fordi ${checklist} ikke kunne læses. De skal erstattes af tjeklistens egne spørgsmål fra Social- og Boligstyrelsens manual, før målingerne bruges som dokumentation.`;
const placeholderEn = (checklist: string) =>
  `PLACEHOLDER: the items are Hjemvej's own, written from the core elements, because ${checklist} could not be read. They must be replaced by the checklist's own items from Social- og Boligstyrelsen's manual before measurements are used as evidence.`;

/** One core element with its items, ids derived from the instrument and element. */
function element(
  instrument: FidelityInstrumentId,
  id: string,
  nameDa: string,
  nameEn: string,
  items: readonly (readonly [string, string])[],
): { element: FidelityCoreElement; items: FidelityItem[] } {
  return {
    element: { id, nameDa, nameEn },
    items: items.map(([textDa, textEn], i) => ({ id: `${instrument}.${id}.${i + 1}`, coreElement: id, textDa, textEn })),
  };
}

function instrument(
  head: Omit<FidelityInstrument, 'coreElements' | 'items' | 'scale' | 'version' | 'validFrom'>,
  elements: readonly ReturnType<typeof element>[],
): FidelityInstrument {
  return {
    ...head,
    version: 1,
    validFrom: '2026-01-01',
    scale: 'yes_partly_no',
    coreElements: elements.map((e) => e.element),
    items: elements.flatMap((e) => e.items),
  };
}

const hf = (id: string, da: string, en: string, items: readonly (readonly [string, string])[]) =>
  element('housing_first', id, da, en, items);

/** The common module: the eight Housing First principles as the Danish programmes name them. */
const housingFirst = instrument(
  {
    id: 'housing_first',
    method: null,
    nameDa: 'Housing First fælles',
    nameEn: 'Housing First common',
    sourceDa: `De 8 Housing First-principper, som de danske programmers fælles modul målte (next-wave §C.1; NAPHA om ACT og Housing First i Danmark). Princippernes ordlyd skal bekræftes mod Social- og Boligstyrelsens materiale. ${placeholderDa('det fælles moduls spørgeskema')}`,
    sourceEn: `The 8 Housing First principles the Danish programmes' common module measured (next-wave §C.1; NAPHA on ACT and Housing First in Denmark). The wording of the principles is to be confirmed against Social- og Boligstyrelsen's material. ${placeholderEn("the common module's questionnaire")}`,
    url: 'https://napha.no/content/22572/act-og-housing-first-gar-hand-i-hand-i-danmark',
    placeholder: true,
  },
  [
    hf('housing_right', 'Boligen som en basal menneskeret', 'Housing as a basic human right', [
      [
        'Tilbydes borgeren egen bolig uden krav om at være "boligparat" først?',
        'Is the citizen offered a home without first having to be "housing ready"?',
      ],
    ]),
    hf('respect', 'Respekt, varme og medmenneskelighed', 'Respect, warmth and compassion', [
      [
        'Møder medarbejderne borgeren med respekt og uden fordømmelse, også når det går dårligt?',
        'Do workers meet the citizen with respect and without judgement, also when things go badly?',
      ],
    ]),
    hf('as_long_as_needed', 'Støtte så længe, der er behov', 'Support for as long as needed', [
      [
        'Fortsætter støtten, selv om borgeren mister boligen eller afviser støtten i en periode?',
        'Does support continue if the citizen loses the home or declines support for a while?',
      ],
    ]),
    hf('scattered_housing', 'Selvstændige, spredte boliger', 'Scattered, independent housing', [
      [
        'Bor borgerne i almindelige boliger spredt i lokalsamfundet?',
        'Do citizens live in ordinary homes scattered in the community?',
      ],
    ]),
    hf('housing_separate', 'Adskillelse af bolig og behandling', 'Housing separate from treatment', [
      [
        'Kan borgeren beholde boligen uanset om behandling tages imod?',
        'Can the citizen keep the home whether or not treatment is accepted?',
      ],
    ]),
    hf('choice', 'Borgerens egne valg og beslutninger', "The citizen's own choices", [
      ['Vælger borgeren selv, hvad støtten skal handle om?', 'Does the citizen choose what the support is about?'],
    ]),
    hf('recovery', 'Recovery-orientering', 'Recovery orientation', [
      [
        'Arbejder støtten ud fra borgerens egne mål og håb for fremtiden?',
        "Does the support work from the citizen's own goals and hopes?",
      ],
    ]),
    hf('harm_reduction', 'Skadesreduktion', 'Harm reduction', [
      [
        'Arbejder teamet skadesreducerende, uden krav om stoffrihed for at få støtte?',
        'Does the team work with harm reduction, without requiring abstinence to receive support?',
      ],
    ]),
  ],
);

const cti = (id: string, da: string, en: string, items: readonly (readonly [string, string])[]) =>
  element('cti', id, da, en, items);

/** CTI: the 8 core elements SBST lists; items from the CTI Implementation Self-Assessment where it speaks to them. */
const ctiInstrument = instrument(
  {
    id: 'cti',
    method: 'cti',
    nameDa: 'CTI – metodemodul',
    nameEn: 'CTI – method module',
    sourceDa: `Kerneelementerne: Social- og Boligstyrelsen, "Om CTI" (8 kerneelementer). Nogle spørgsmål bygger på CTI Implementation Self-Assessment (Center for the Advancement of CTI, 2014). ${placeholderDa('CTI-manualens (2021) bilag 4 "Tjekliste til vurdering af CTI-indsatsens metodefidelitet"')}`,
    sourceEn: `Core elements: Social- og Boligstyrelsen, "About CTI" (8 core elements). Some items rest on the CTI Implementation Self-Assessment (Center for the Advancement of CTI, 2014). ${placeholderEn('the CTI manual (2021) appendix 4, the checklist for CTI method fidelity,')}`,
    url: 'https://www.sbst.dk/tvaergende-omrader/virksomme-indsatser/dokumenterede-metoder-voksne-og-handicap/om/cti',
    placeholder: true,
  },
  [
    cti('recovery', 'Recovery-orienteret', 'Recovery-oriented', [
      ['Bygger forløbene på borgerens egne mål?', "Do the courses build on the citizen's own goals?"],
    ]),
    cti('time_limited', 'Tidsafgrænset', 'Time-limited', [
      ['Afsluttes forløbene inden for ca. 9 måneder?', 'Do the courses end within about 9 months?'],
    ]),
    cti('phased', 'Faseopdelt', 'Phased', [
      ['Har forløbene tre faser af omtrent lige længde?', 'Do the courses have three phases of about equal length?'],
    ]),
    cti('decreasing_intensity', 'Aftagende intensitet', 'Decreasing intensity', [
      [
        'Falder kontakten fra ugentlig i fase 1 til månedlig i fase 3?',
        'Does contact fall from weekly in phase 1 to monthly in phase 3?',
      ],
    ]),
    cti('focus_areas', 'Fokus på områder, borgeren vælger', 'Focus on areas the citizen chooses', [
      [
        'Arbejdes der med 1–3 fokusområder pr. fase, valgt sammen med borgeren?',
        'Are 1–3 focus areas worked on per phase, chosen with the citizen?',
      ],
    ]),
    cti('individualised', 'Individuelt tilrettelagt', 'Individualised', [
      ['Tilpasses kontakten til den enkelte borgers behov?', "Is contact adapted to each citizen's needs?"],
    ]),
    cti('community', 'Forankret i lokalsamfundet', 'Based in the local community', [
      [
        'Holdes de fleste møder i borgerens hjem eller lokalsamfund frem for på kontoret?',
        "Are most meetings held in the citizen's home or community rather than the office?",
      ],
      [
        'Bygges der bro til varig støtte i netværk og tilbud inden afslutning?',
        'Are bridges built to lasting support in network and services before the end?',
      ],
    ]),
    cti('trained_staff', 'Uddannede medarbejdere', 'Trained staff', [
      [
        'Er medarbejderne uddannet i CTI og får de metodesupervision?',
        'Are workers trained in CTI and do they receive method supervision?',
      ],
      ['Har hver medarbejder et lavt caseload?', 'Does each worker have a low caseload?'],
    ]),
  ],
);

const icm = (id: string, da: string, en: string, items: readonly (readonly [string, string])[]) =>
  element('icm', id, da, en, items);

/** ICM: no core-element list was found; the elements follow the 2021 manual's sections and appendices that were seen. */
const icmInstrument = instrument(
  {
    id: 'icm',
    method: 'icm',
    nameDa: 'ICM – metodemodul',
    nameEn: 'ICM – method module',
    sourceDa: `Kerneelementerne følger de afsnit og bilag i ICM-manualen (2021), der kunne ses: lavt caseload (§3.5), ICM-planen (bilag 3), netværksoverblik og -kort (bilag 4–5). ${placeholderDa('ICM-manualens (2021) bilag 2 "Tjekliste til vurdering af ICM-indsatsens metodefidelitet"')}`,
    sourceEn: `The core elements follow the sections and appendices of the ICM manual (2021) that could be seen: low caseload (§3.5), the ICM plan (appendix 3), network overview and map (appendices 4–5). ${placeholderEn('the ICM manual (2021) appendix 2, the checklist for ICM method fidelity,')}`,
    url: 'https://9pdf.org/document/zpnv6wv4-intensive-case-management-icm.html',
    placeholder: true,
  },
  [
    icm('case_manager', 'Fast case manager', 'One case manager', [
      [
        'Har hver borger én fast case manager, der koordinerer indsatsen?',
        'Does every citizen have one case manager who coordinates the effort?',
      ],
    ]),
    icm('icm_plan', 'ICM-plan', 'ICM plan', [
      [
        'Har hver borger en ICM-plan, der er lavet sammen med borgeren?',
        'Does every citizen have an ICM plan made with the citizen?',
      ],
    ]),
    icm('network', 'Netværk', 'Network', [
      ['Er borgerens netværk kortlagt (netværksoverblik og -kort)?', "Is the citizen's network mapped (overview and map)?"],
    ]),
    icm('coordination', 'Koordinering af indsatser', 'Coordination of services', [
      [
        'Bygger case manageren bro til behandling, jobcenter og andre tilbud?',
        'Does the case manager bridge to treatment, the job centre and other services?',
      ],
    ]),
    icm('low_caseload', 'Lavt caseload', 'Low caseload', [
      ['Holder teamet det lave caseload, manualen beskriver?', 'Does the team keep the low caseload the manual describes?'],
    ]),
  ],
);

const act = (id: string, da: string, en: string, text: readonly [string, string]) => element('act', id, da, en, [text]);

/** ACT: the 10 minimum requirements (minimumskrav) are published; each is one core element with one item. */
const actInstrument = instrument(
  {
    id: 'act',
    method: 'act',
    nameDa: 'ACT – metodemodul',
    nameEn: 'ACT – method module',
    sourceDa: `Kerneelementerne er ACT's 10 minimumskrav (Socialstyrelsen, "Metoden ACT – minimumskrav"); spørgsmålene spørger, om teamet opfylder hvert krav. ${placeholderDa('ACT-manualens (2022) fidelitetsskema')}`,
    sourceEn: `The core elements are ACT's 10 minimum requirements (Socialstyrelsen, "The ACT method – minimum requirements"); the items ask whether the team meets each one. ${placeholderEn("the ACT manual's (2022) fidelity form")}`,
    url: 'https://www.sbst.dk/udgivelser/2022/act-metodemanual-til-anvendelse-paa-hjemloeshedsomraadet',
    placeholder: true,
  },
  [
    act('interdisciplinary', 'Tværfagligt team', 'Interdisciplinary team', [
      'Er teamet tværfagligt sammensat?',
      'Is the team interdisciplinary?',
    ]),
    act('individual', 'Individuelt forløb', 'Individual course', [
      'Tilrettelægges hvert forløb individuelt?',
      'Is every course planned individually?',
    ]),
    act('unlimited', 'Tidsubegrænset', 'Time-unlimited', ['Er støtten uden tidsgrænse?', 'Is the support without a time limit?']),
    act('coordinated', 'Koordineret social og praktisk støtte', 'Coordinated social and practical support', [
      'Koordinerer teamet den sociale og praktiske støtte?',
      'Does the team coordinate social and practical support?',
    ]),
    act('treatment_at_home', 'Behandling i hjemmet', 'Treatment at home', [
      'Giver teamets specialister behandling direkte i borgerens hjem?',
      "Do the team's specialists treat the citizen directly at home?",
    ]),
    act('joint_plan', 'Fælles plan', 'Joint plan', [
      'Har hver borger én fælles plan?',
      'Does every citizen have one joint plan?',
    ]),
    act('other_plans', 'Koordinering med andre planer', 'Coordination with other plans', [
      'Koordineres planen med borgerens andre planer?',
      "Is the plan coordinated with the citizen's other plans?",
    ]),
    act('ties', 'Relationer til familie og venner', 'Ties to family and friends', [
      'Støtter teamet borgerens relationer til familie og venner?',
      "Does the team support the citizen's ties to family and friends?",
    ]),
    act('sparring', 'Sparringspartner, ikke ekspert', 'Sparring partner, not expert', [
      'Optræder medarbejderne som sparringspartnere frem for eksperter?',
      'Do workers act as sparring partners rather than experts?',
    ]),
    act('where_citizen_wishes', 'Møder hvor borgeren ønsker', 'Meetings where the citizen wishes', [
      'Holdes møderne i hjemmet eller hvor borgeren ønsker?',
      'Are meetings held at home or where the citizen wishes?',
    ]),
  ],
);

const mact = (id: string, da: string, en: string, items: readonly (readonly [string, string])[]) =>
  element('m_act', id, da, en, items);

/** M-ACT: its 7 core elements were not found; the elements follow the team structure and tools that were. */
const mactInstrument = instrument(
  {
    id: 'm_act',
    method: 'm_act',
    nameDa: 'M-ACT – metodemodul',
    nameEn: 'M-ACT – method module',
    sourceDa: `M-ACT har 7 kerneelementer, men deres navne blev ikke fundet; elementerne her følger teamets opbygning og redskaber (teamkoordinator, tre kernefunktioner, M-ACT-plan, praksismodel; Socialstyrelsen, "Modificeret ACT"). ${placeholderDa('M-ACT-materialets kerneelementer og fidelitetsskema')}`,
    sourceEn: `M-ACT has 7 core elements, but their names were not found; the elements here follow the team's structure and tools (team coordinator, three core functions, M-ACT plan, practice model; Socialstyrelsen, "Modified ACT"). ${placeholderEn("the M-ACT material's core elements and fidelity form")}`,
    url: 'https://www.social.dk/tvaergaaende/sociale-indsatser/modificeret-act-m-act',
    placeholder: true,
  },
  [
    mact('coordinator', 'Teamkoordinator', 'Team coordinator', [
      ['Har teamet en teamkoordinator?', 'Does the team have a team coordinator?'],
    ]),
    mact('social_practical', 'Social og praktisk støtte', 'Social and practical support', [
      [
        'Er den social- og praktiske støttefunktion besat i teamet?',
        'Is the social and practical support function staffed in the team?',
      ],
    ]),
    mact('health', 'Specialiseret sundhedsindsats', 'Specialised health effort', [
      ['Er den specialiserede sundhedsfunktion en del af teamet?', 'Is the specialised health function part of the team?'],
    ]),
    mact('authority', 'Myndighedssagsbehandling', 'Case handling authority', [
      ['Deltager en myndighedssagsbehandler i teamet?', 'Does a case handling authority take part in the team?'],
    ]),
    mact('plan', 'M-ACT-plan', 'M-ACT plan', [['Har hver borger en M-ACT-plan?', 'Does every citizen have an M-ACT plan?']]),
    mact('practice_model', 'Praksismodel', 'Practice model', [
      ['Arbejder teamet efter M-ACT-praksismodellen?', 'Does the team work to the M-ACT practice model?'],
    ]),
  ],
);

/** Every version of every instrument; add a new version to change one, never edit a published one. */
export const fidelityInstruments: readonly FidelityInstrument[] = [
  housingFirst,
  ctiInstrument,
  icmInstrument,
  actInstrument,
  mactInstrument,
];

export function findFidelityInstrument(id: FidelityInstrumentId, version: number): FidelityInstrument | null {
  return fidelityInstruments.find((i) => i.id === id && i.version === version) ?? null;
}

/** The newest version of an instrument. */
export function currentFidelityInstrument(id: FidelityInstrumentId): FidelityInstrument {
  const found = fidelityInstruments.filter((i) => i.id === id).sort((a, b) => b.version - a.version)[0];
  if (!found) throw new Error(`no fidelity instrument ${id}`);
  return found;
}

/** The method module of a support method (its instrument id is the method). */
export const fidelityInstrumentOf = (method: SupportMethod): FidelityInstrumentId => method;
