/**
 * The default checklist of each CTI phase, as data: the method's tasks for the transition
 * (overgang), try-out (afprøvning) and transfer of care (overdragelse). A course starts with
 * these; the worker ticks items off, and may add or remove items for the citizen.
 */
export const ctiPhaseNames = { 1: 'transition', 2: 'try_out', 3: 'transfer' } as const;

export const defaultCtiChecklists: Readonly<Record<1 | 2 | 3, readonly string[]>> = {
  1: [
    'Kontakt til borgerens netværk (familie, venner, andre støttepersoner) er etableret',
    'Boligen er indrettet (møbler, el, varme, internet)',
    'Økonomien er på plads (ydelse, husleje via Betalingsservice, budget, gæld afklaret)',
    'Kontakt til egen læge og relevant behandling (psykiatri, misbrugsbehandling) er etableret',
    'Praktisk hjælp i hverdagen er aftalt (indkøb, rengøring, post)',
    'Borgeren kender nærmiljøet og relevante tilbud (væresteder, aktiviteter)',
  ],
  2: [
    'Borgeren bruger selv netværk og tilbud; CTI-medarbejderen træder et skridt tilbage',
    'Aftalerne med støttepersoner og tilbud afprøves og justeres',
    'Borgeren betaler selv husleje og regninger',
    'Der er en plan for kriser: hvem borgeren og netværket kontakter, hvis det går galt',
  ],
  3: [
    'Ansvaret er overdraget til det faste netværk og de almindelige tilbud',
    'Afsluttende møde med borgeren og netværket er holdt',
    'Borgeren ved, hvem der kan kontaktes ved behov efter forløbet',
    'Forløbet er afsluttet og dokumenteret; eventuel opfølgning er aftalt',
  ],
};
