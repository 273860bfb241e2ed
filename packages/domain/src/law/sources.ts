/**
 * Legal sources as data: which law, paragraph, stk. and nr. a rule rests on, with a plain-
 * Danish title and explanation. Rules cite these; the UI shows them next to every result.
 *
 * The text of the law on retsinformation.dk is the authority. The 2023 provisions were
 * inserted by lov nr. 482 af 12. maj 2023 (in force 1 October 2023); `url` points at that act,
 * because consolidated versions (lovbekendtgørelser) of Serviceloven are re-issued under new
 * numbers. When a source is corrected, change it here: the evaluation code reads it as data.
 */

export const lawKeys = ['serviceloven', 'guidance'] as const;
export type LawKey = (typeof lawKeys)[number];

export interface LegalSource {
  readonly law: LawKey;
  /** Short name as Danish caseworkers say it, e.g. 'Serviceloven'. */
  readonly lawName: string;
  /** Paragraph without the § sign, e.g. '110' or '85 a'. Null for guidance that is not law. */
  readonly paragraph: string | null;
  readonly stk?: number;
  readonly nr?: number;
  readonly url?: string;
  readonly titleDa: string;
  readonly explanationDa: string;
  /** Anything a reader must know about how sure or how exact this reference is. */
  readonly note?: string;
}

const act2023 = 'https://www.retsinformation.dk/eli/lta/2023/482';
const serviceloven = { law: 'serviceloven', lawName: 'Serviceloven', url: act2023 } as const;

export const legalSources = {
  sel_85a_stk2: {
    ...serviceloven,
    paragraph: '85 a',
    stk: 2,
    titleDa: 'Begrundelse når borgerens ønske til leverandør ikke følges',
    explanationDa:
      'Kommunen kan tilbyde bostøtte efter Housing First-metoderne (CTI, ICM, ACT). Følger kommunen ikke borgerens ønske til, hvem der skal levere bostøtten (jf. § 142, stk. 4), skal afgørelsen begrunde hvorfor.',
  },
  sel_110_stk5: {
    ...serviceloven,
    paragraph: '110',
    stk: 5,
    titleDa: 'Betingelser for at kommunen kan udskrive fra en § 110-boform',
    explanationDa:
      'Kommunen kan kun træffe afgørelse om at udskrive en borger fra forsorgshjem eller herberg, når alle betingelserne i nr. 1–5 er opfyldt.',
  },
  sel_110_stk5_nr1: {
    ...serviceloven,
    paragraph: '110',
    stk: 5,
    nr: 1,
    titleDa: 'Der er en plan',
    explanationDa: 'Der foreligger en handleplan efter § 141 eller en helhedsorienteret plan efter § 142 for borgeren.',
  },
  sel_110_stk5_nr2: {
    ...serviceloven,
    paragraph: '110',
    stk: 5,
    nr: 2,
    titleDa: 'Der er anvist egen bolig eller truffet afgørelse om botilbud',
    explanationDa: 'Borgeren er anvist en egen bolig, eller der er truffet afgørelse om et botilbud efter § 107 eller § 108.',
  },
  sel_110_stk5_nr3: {
    ...serviceloven,
    paragraph: '110',
    stk: 5,
    nr: 3,
    titleDa: 'Der er truffet afgørelse om støtte til at fastholde boligen',
    explanationDa:
      'Er borgeren anvist egen bolig, skal der være truffet afgørelse om hjælp og støtte, som svarer til borgerens behov for at kunne blive boende.',
  },
  sel_110_stk5_nr4: {
    ...serviceloven,
    paragraph: '110',
    stk: 5,
    nr: 4,
    titleDa: 'Lejeaftale og indflytning',
    explanationDa:
      'Er borgeren anvist en bolig, skal borgeren på udskrivningsdagen have skrevet under på en lejeaftale og kunne flytte ind og få den bevilgede støtte.',
  },
  sel_110_stk5_nr5: {
    ...serviceloven,
    paragraph: '110',
    stk: 5,
    nr: 5,
    titleDa: 'Indflytning i botilbud',
    explanationDa:
      'Er der truffet afgørelse om botilbud efter § 107 eller § 108, kan udskrivningen først få virkning, når borgeren kan flytte ind i botilbuddet.',
  },
  sel_110_stk6: {
    ...serviceloven,
    paragraph: '110',
    stk: 6,
    titleDa: 'Orientering af handlekommunen inden 3 hverdage',
    explanationDa:
      'Boformen skal senest 3 hverdage efter afgørelsen om optagelse orientere kommunalbestyrelsen i borgerens handlekommune.',
  },
  sel_142: {
    ...serviceloven,
    paragraph: '142',
    titleDa: 'Plan for borgere på § 110-boform',
    explanationDa:
      'Kommunen skal udarbejde en helhedsorienteret plan for alle borgere, der har ophold på et forsorgshjem eller herberg efter § 110.',
  },
  sel_refusion_110: {
    ...serviceloven,
    paragraph: '177',
    titleDa: 'Statsrefusion for ophold på § 110-boform',
    explanationDa:
      'Staten refunderer 50 % af kommunens udgifter til ophold på en § 110-boform i op til 120 dage pr. løbende år, regnet fra første indskrivning efter 1. oktober 2023; fra 1. april 2026 i op til 90 dage. De brugte dage nulstilles 1 år efter den indskrivning, der startede året.',
    note: "Paragraph reference (§ 177) to be checked against the consolidated text; the day limits and the running year follow Social- og Boligstyrelsen's description of the 2023 reform.",
  },
  guidance_cti: {
    law: 'guidance',
    lawName: 'Social- og Boligstyrelsens metodebeskrivelse af CTI',
    paragraph: null,
    titleDa: 'CTI: kontaktetablering og tre faser á 3 måneder',
    explanationDa:
      'Critical Time Intervention begynder med kontaktetablering (typisk under opholdet), og fra indflytningen følger tre faser á ca. 3 måneder med aftagende intensitet. Overgangen til næste fase skal planlægges, så den ikke glider.',
    note: 'Method guidance, not law: the phase lengths are parameters.',
  },
} as const satisfies Record<string, LegalSource>;

export type LegalSourceId = keyof typeof legalSources;

/** '§ 110, stk. 5, nr. 1' — the paragraph without the law's name; '' for guidance that is not law. */
export function formatParagraphDa(source: LegalSource): string {
  if (source.paragraph === null) return '';
  let text = `§ ${source.paragraph}`;
  if (source.stk !== undefined) text += `, stk. ${source.stk}`;
  if (source.nr !== undefined) text += `, nr. ${source.nr}`;
  return text;
}

/** 'Serviceloven § 110, stk. 5, nr. 1' — the citation as Danish caseworkers write it. */
export function formatSourceDa(source: LegalSource): string {
  if (source.paragraph === null) return source.lawName;
  return `${source.lawName} ${formatParagraphDa(source)}`;
}
