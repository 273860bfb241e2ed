/**
 * What the caseworkers and the shelter wrote about the fictional citizens: intake
 * conversations, VUM assessments, plan goals and contact notes, in plain Danish. Every story
 * is made up; any likeness to a real person is accidental.
 */
import type { StayIntakeInput } from '@hjemvej/contract';
import type { LifeArea, SupportMethod } from '@hjemvej/domain';
import type { AreaSpec } from './writer';

export type Profile = 'psychiatric' | 'substance' | 'dual' | 'social' | 'young';

export interface Story {
  readonly profile: Profile;
  readonly intake: StayIntakeInput;
  /** The citizen's own wishes, in their words (plans). */
  readonly wishes: string;
  /** The citizen's own view (assessments). */
  readonly view: string;
}

const problems = (p: Profile) => ({
  social: true,
  psychiatric: p === 'psychiatric' || p === 'dual',
  substanceUse: p === 'substance' || p === 'dual',
  debt: p !== 'young',
  income: p === 'young' || p === 'social',
});

function story(
  profile: Profile,
  cameFrom: string,
  homeMunicipality: string,
  livedWhere: string,
  whyHomeless: string,
  wishes: string,
  view: string,
  notes: string | null = null,
): Story {
  return {
    profile,
    intake: { cameFrom, homeMunicipality, livedWhere, whyHomeless, problems: problems(profile), notes },
    wishes,
    view,
  };
}

export const stories: readonly Story[] = [
  story(
    'substance',
    'Gaden (sov ved Banegårdspladsen)',
    'Demo Kommune',
    'Lejlighed i Demoby til 2024, derefter hos venner og på gaden.',
    'Sat ud af lejligheden efter huslejerestance; alkoholforbruget tog til efter en skilsmisse.',
    'Vil gerne have en lille lejlighed tæt på sin datter og holde fast i behandlingen.',
    'Jeg kan godt klare mig selv, hvis jeg bare får et sted at bo og lidt hjælp med papirerne.',
  ),
  story(
    'psychiatric',
    'Psykiatrisk afdeling, udskrevet uden bolig',
    'Demo Kommune',
    'Boede hos sin mor, indtil hun døde; har siden boet på skift hos bekendte.',
    'Mistede kontakten til sit netværk under en lang indlæggelse og havde ingen bolig at komme tilbage til.',
    'Vil have sin egen bolig med ro omkring sig, gerne uden for centrum.',
    'Jeg har brug for, at nogen kommer forbi og hjælper mig med at huske aftalerne.',
    'Tager medicin fast; kontakt til distriktspsykiatrien skal genetableres.',
  ),
  story(
    'dual',
    'Natvarmestuen',
    'Demo Kommune',
    'Har boet på herberger og i korte lejemål siden 2019.',
    'Ustabil økonomi og misbrug; opsagt fra sidste lejemål efter klager fra naboerne.',
    'Vil gerne bo alene og have en kontaktperson, der kender ham.',
    'Det går bedst, når jeg har én fast person at ringe til.',
  ),
  story(
    'social',
    'Midlertidigt hos en ven',
    'Demo Kommune',
    'Lejede et værelse, som blev solgt; har siden sovet på en vens sofa.',
    'Mistede værelset, da ejeren solgte huset; har ingen opsparing til depositum.',
    'Vil have en billig bolig og komme i gang med et job igen.',
    'Jeg skal bare have fodfæste igen, så klarer jeg resten.',
  ),
  story(
    'young',
    'Hjemme hos forældrene (smidt ud)',
    'Demo Kommune',
    'Har boet hjemme og i en kort periode på et ungdomskollegium.',
    'Konflikt med forældrene; udmeldt af uddannelsen og uden indtægt.',
    'Vil gerne have en ungdomsbolig og starte på en uddannelse.',
    'Jeg vil bare have mit eget sted og ikke skulle flytte hele tiden.',
  ),
  story(
    'substance',
    'Kriminalforsorgen (løsladt)',
    'Demo Kommune',
    'Afsonede 8 måneder; boede før det hos en kæreste.',
    'Forholdet sluttede under afsoningen, og der var ingen bolig ved løsladelsen.',
    'Vil væk fra det gamle miljø og have en bolig i en anden bydel.',
    'Jeg vil ikke tilbage til det gamle. Jeg skal have noget at stå op til.',
  ),
  story(
    'psychiatric',
    'Gaden',
    'Demo Kommune',
    'Har boet i egen lejlighed i mange år; flyttede ud efter konflikter med naboerne.',
    'Forlod selv lejligheden i en psykotisk periode og mistede den.',
    'Vil have en stueetagebolig og hjælp til økonomien.',
    'Jeg kan ikke lide at være mange mennesker omkring mig.',
  ),
  story(
    'dual',
    'Hospitalet (afrusning)',
    'Demo Kommune',
    'Kolonihavehus om sommeren, herberg om vinteren.',
    'Har ikke haft egen bolig i fire år; gæld til boligselskab og SKAT.',
    'Vil have en bolig, hvor hunden må være.',
    'Hunden er min familie. Den skal med.',
  ),
  story(
    'social',
    'Kvindekrisecentret',
    'Demo Kommune',
    'Boede med sin tidligere samlever i hans lejlighed.',
    'Brud med samleveren; lejekontrakten stod i hans navn.',
    'Vil have en tryg bolig med to værelser, så børnene kan komme på besøg.',
    'Jeg vil have et sted, hvor mine børn kan sove, når de er hos mig.',
  ),
  story(
    'substance',
    'Gaden (sov i trappeopgang)',
    'Demo Kommune',
    'Har boet på gaden og på Havnely i perioder siden 2022.',
    'Mistede sin lejlighed efter en ildspåsættelse i opgangen, som han ikke var skyld i, men har ikke kunnet finde en ny.',
    'Vil have en bolig og komme i metadonbehandling i Demo Kommune.',
    'Jeg har prøvet det meste. Nu vil jeg gerne prøve at bo igen.',
  ),
  story(
    'young',
    'Sofasurfing hos venner',
    'Demo Kommune',
    'Anbragt uden for hjemmet til 18 år; efterværn sluttede ved 23 år.',
    'Har ingen familie at bo hos og har ikke kunnet betale depositum.',
    'Vil bo tæt på sin uddannelse og sine venner.',
    'Jeg har aldrig haft mit eget sted. Det vil jeg gerne prøve.',
  ),
  story(
    'dual',
    'Havnely (tidligere ophold)',
    'Demo Kommune',
    'Har vekslet mellem herberg og gaden de sidste to år.',
    'Blev sat ud efter huslejerestance og mange klager; hash og angst.',
    'Vil have en lille bolig og en fast kontaktperson fra et team.',
    'Når jeg har ro, kan jeg bedre passe på mig selv.',
  ),
];

export function storyAt(index: number): Story {
  const s = stories[index % stories.length];
  if (!s) throw new Error('no stories');
  return s;
}

/** A VUM 2.0 assessment matching the profile. */
export function assessmentAreas(profile: Profile): AreaSpec[] {
  const common: AreaSpec[] = [
    [
      'social_conditions',
      'severe',
      'high',
      'develop',
      'Hjemløs, gæld og ingen fast indtægt; skal have bolig og økonomi på plads.',
    ],
    [
      'community_life',
      'moderate',
      'moderate',
      'develop',
      'Har brug for hjælp til at klare husleje, post og aftaler med myndigheder.',
    ],
    ['practical_tasks', 'mild', 'light', 'maintain', 'Klarer indkøb og madlavning, når der er et sted at bo.'],
    ['relations', 'moderate', 'moderate', 'develop', 'Sparsomt netværk; ønsker kontakt til familien.'],
  ];
  switch (profile) {
    case 'psychiatric':
      return [
        [
          'mental_functions',
          'severe',
          'high',
          'limit_loss',
          'Psykisk sårbar; behandling i distriktspsykiatrien skal fastholdes.',
        ],
        ['health', 'moderate', 'moderate', 'maintain', 'Medicin skal tages fast; egen læge er ikke valgt.'],
        ...common,
      ];
    case 'substance':
      return [
        ['health', 'moderate', 'moderate', 'develop', 'Dagligt alkoholforbrug; ønsker behandling.'],
        ['self_care', 'moderate', 'moderate', 'develop', 'Svingende egenomsorg i perioder med stort forbrug.'],
        ...common,
      ];
    case 'dual':
      return [
        ['mental_functions', 'moderate', 'high', 'limit_loss', 'Angst og uro; hash bruges som selvmedicinering.'],
        ['health', 'severe', 'high', 'develop', 'Misbrug og dårlig tandstatus; behov for lægekontakt.'],
        ['self_care', 'moderate', 'moderate', 'develop', null],
        ...common,
      ];
    case 'social':
      return [['communication', 'none', 'none', null, null], ['mobility', 'none', 'none', null, null], ...common];
    case 'young':
      return [
        ['mental_functions', 'mild', 'light', 'develop', 'Usikker og let at påvirke; god til at tage imod hjælp.'],
        ['environmental_factors', 'moderate', 'moderate', 'develop', 'Ingen voksne i netværket at støtte sig til.'],
        ...common,
      ];
  }
}

export const assessmentSummaries: Readonly<Record<Profile, string>> = {
  psychiatric:
    'Borgeren har en psykisk lidelse og har brug for støtte til at fastholde behandling, bolig og økonomi. Vurderes at kunne bo i egen bolig med intensiv støtte.',
  substance:
    'Borgeren har et aktivt alkohol- eller stofforbrug og gæld. Har brug for støtte til økonomi, behandling og at klare en bolig.',
  dual: 'Borgeren har både psykiske vanskeligheder og et misbrug og har kun i begrænset omfang kunnet bruge de almindelige tilbud. Har brug for en fast kontaktperson og koordineret indsats.',
  social:
    'Borgeren er hjemløs af økonomiske og sociale grunde og har ressourcer til at bruge de almindelige tilbud. Har brug for en kort, afgrænset støtte i overgangen til egen bolig.',
  young: 'Ung borger uden netværk og uddannelse. Har brug for støtte til bolig, økonomi og at komme i gang med uddannelse.',
};

export function planGoals(profile: Profile): [LifeArea, string][] {
  const housing: [LifeArea, string] = ['housing', 'Borgeren flytter i egen bolig med støtte og beholder den.'];
  const finances: [LifeArea, string] = ['finances', 'Fast ydelse, husleje via Betalingsservice og en plan for gælden.'];
  switch (profile) {
    case 'psychiatric':
      return [housing, ['mental_health', 'Fast kontakt til distriktspsykiatrien og stabil medicinering.'], finances];
    case 'substance':
      return [housing, ['substance_use', 'Borgeren starter i alkoholbehandling og holder aftalerne.'], finances];
    case 'dual':
      return [
        housing,
        ['substance_use', 'Nedsat forbrug og kontakt til misbrugsbehandlingen.'],
        ['mental_health', 'Udredning for angst gennem egen læge.'],
        ['network_social_relations', 'Kontakt til søsteren genoptages.'],
      ];
    case 'social':
      return [housing, finances, ['education_employment', 'Borgeren kommer i gang med et jobforløb via jobcentret.']];
    case 'young':
      return [
        housing,
        ['education_employment', 'Borgeren starter på en uddannelse efter sommerferien.'],
        ['daily_activities', 'Faste aktiviteter i hverdagen, fx ungdomsklub eller sport.'],
      ];
  }
}

export const contactNotes: Readonly<Record<SupportMethod, readonly string[]>> = {
  cti: [
    'Første møde på Havnely; talte om boligen og hvad borgeren ønsker af støtte.',
    'Besøg i boligen; hjalp med at bestille internet og skifte adresse.',
    'Telefonsamtale; borgeren har selv ringet til egen læge.',
    'Netværksmøde med søsteren og misbrugsbehandlingen.',
    'Besøg; budget gennemgået, husleje går nu via Betalingsservice.',
    'Borgeren var ikke hjemme; ny aftale lavet via sms.',
    'Fulgte borgeren til jobcentret.',
    'Besøg; borgeren har fået en sofa via genbrugsbutikken.',
  ],
  icm: [
    'Koordinerende møde med jobcentret og hjemmeplejen.',
    'Besøg; post og regninger gennemgået sammen.',
    'Telefonsamtale om aftale hos egen læge.',
    'Fulgte borgeren til banken for at få NemKonto.',
    'Besøg; borgeren trives i boligen, men er ensom.',
    'Møde med gældsrådgivningen.',
  ],
  act: [
    'Teamets sygeplejerske gav depotmedicin ved hjemmebesøg.',
    'Besøg med teamets psykiater; medicinen justeres.',
    'Misbrugskonsulenten besøgte borgeren; talte om nedtrapning.',
    'Telefonopringning fra naboen om larm; besøg samme dag.',
    'Sagsbehandleren i teamet bevilgede hjælp til indskud i varmeregning.',
    'Besøg; borgeren har gjort rent og var glad for besøget.',
  ],
  m_act: [
    'Teamkoordinatoren holdt opstartsmøde med borgeren.',
    'Sundhedsfunktionen fulgte borgeren til tandlægen.',
    'Besøg; praktisk støtte til indkøb og tøjvask.',
    'Myndighedsfunktionen behandlede ansøgning om enkeltydelse til møbler.',
    'Telefonsamtale; borgeren har haft en god uge.',
  ],
};
