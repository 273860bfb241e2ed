/**
 * A decision as a letter to the citizen, in plain Danish: the municipality and date, the
 * citizen's name and masked CPR number, what was decided and for which period, the reasons,
 * the citizen's wish of provider when there was one, and the appeal guidance. Pure: the HTML
 * is a whole document with its own print styles, and every text from the case is escaped.
 */
import type { DecisionContent } from '@hjemvej/contract';
import { formatSourceDa, legalSources, type DecisionKind, type IsoDate, type SupportMethod } from '@hjemvej/domain';

export interface DecisionLetterInput {
  readonly municipalityName: string;
  readonly letterDate: IsoDate;
  readonly citizen: { readonly name: string | null; readonly maskedCpr: string | null };
  readonly decision: DecisionContent;
  /** Who signs: the caseworker who last saved the decision. */
  readonly caseworkerName: string | null;
}

const monthsDa = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/** '3. februar 2026'. */
export function formatLongDateDa(date: IsoDate): string {
  return `${Number(date.slice(8, 10))}. ${monthsDa[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Paragraphs at blank lines, line breaks kept. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

const methodNamesDa: Readonly<Record<SupportMethod, string>> = {
  cti: 'CTI (Critical Time Intervention)',
  icm: 'ICM (Intensive Case Management)',
  act: 'ACT (Assertive Community Treatment)',
  m_act: 'modificeret ACT (M-ACT)',
};

const methodExplanationsDa: Readonly<Record<SupportMethod, string>> = {
  cti: 'Med CTI får du en fast medarbejder, som hjælper dig med at flytte ind og falde til i din bolig. Støtten varer omkring 9 måneder og bliver gradvist mindre, efterhånden som du klarer mere selv.',
  icm: 'Med ICM får du en fast kontaktperson, som hjælper dig med at få den hjælp, du har brug for, og med at blive boende i din bolig. Støtten varer så længe, du har brug for den.',
  act: 'Med ACT får du støtte fra et team, hvor der blandt andre er en sagsbehandler, en sygeplejerske og en psykiater. Teamet kommer til dig og hjælper dig med at blive boende i din bolig.',
  m_act:
    'Med modificeret ACT får du støtte fra et team, som samarbejder om at hjælpe dig med praktiske og sociale ting, med dit helbred og med din sag, så du kan blive boende i din bolig.',
};

/** What the decision is about, as it reads after "afgørelse om" / "du får". */
function subjectMatterDa(kind: DecisionKind, method: SupportMethod | null): string {
  switch (kind) {
    case '85a':
      return `bostøtte efter Housing First-metoden ${method ? `${methodNamesDa[method]} ` : ''}(servicelovens § 85 a)`;
    case '85':
      return 'socialpædagogisk støtte (servicelovens § 85)';
    case '107':
      return 'et midlertidigt botilbud (servicelovens § 107)';
    case '108':
      return 'et længerevarende botilbud (servicelovens § 108)';
    case '110':
      return 'ophold på et forsorgshjem eller herberg (servicelovens § 110)';
  }
}

function periodDa(d: DecisionContent): string | null {
  if (d.outcome !== 'granted' || d.periodFrom === null) return null;
  if (d.periodTo === null) return `Afgørelsen gælder fra ${formatLongDateDa(d.periodFrom)}, indtil andet bliver besluttet.`;
  return `Afgørelsen gælder fra ${formatLongDateDa(d.periodFrom)} til ${formatLongDateDa(d.periodTo)}.`;
}

function providerWishDa(d: DecisionContent): string | null {
  if (d.wishedProvider === null) return null;
  const wish = `Du har ønsket, at ${escapeHtml(d.wishedProvider)} skal give dig støtten.`;
  if (d.wishFollowed) return `<p>${wish} Det ønske følger vi.</p>`;
  const rule =
    d.kind === '85a'
      ? `<p>Når vi ikke følger dit ønske, skal vi fortælle dig hvorfor. Det står i ${escapeHtml(formatSourceDa(legalSources.sel_85a_stk2).replace('Serviceloven', 'servicelovens'))}.</p>`
      : '';
  const reason = d.reasonIfNotFollowed
    ? `<p>Vi kan ikke følge dit ønske. Begrundelsen er:</p>\n${paragraphs(d.reasonIfNotFollowed)}`
    : '<p>Vi kan ikke følge dit ønske.</p>';
  return `<p>${wish}</p>\n${reason}\n${rule}`;
}

const styles = `
  @page { size: A4; margin: 25mm 20mm; }
  body { font-family: Georgia, 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.5; color: #000; background: #fff; margin: 0; }
  .letter { max-width: 170mm; margin: 0 auto; padding: 12mm 0; }
  .sender { display: flex; justify-content: space-between; border-bottom: 1px solid #000; padding-bottom: 4mm; margin-bottom: 10mm; }
  .sender strong { font-size: 14pt; }
  .recipient { font-style: normal; margin-bottom: 10mm; }
  h1 { font-size: 15pt; margin: 0 0 6mm; }
  h2 { font-size: 12pt; margin: 8mm 0 2mm; }
  .appeal { margin-top: 10mm; border-top: 1px solid #000; padding-top: 4mm; break-inside: avoid; }
  .signature { margin-top: 8mm; break-inside: avoid; }
`;

export function renderDecisionLetter(input: DecisionLetterInput): { subject: string; html: string } {
  const d = input.decision;
  const matter = subjectMatterDa(d.kind, d.method);
  const subject = `Afgørelse om ${matter}`;
  const decided = formatLongDateDa(d.decidedOn);
  const outcome =
    d.outcome === 'granted'
      ? `Den ${decided} har vi besluttet, at du får ${matter}.`
      : `Den ${decided} har vi besluttet, at du ikke får ${matter}.`;
  const period = periodDa(d);
  const wish = providerWishDa(d);
  const greeting = input.citizen.name ? `Kære ${input.citizen.name}` : 'Kære borger';
  const sections = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(outcome)}</p>`,
    d.kind === '85a' && d.method && d.outcome === 'granted' ? `<p>${escapeHtml(methodExplanationsDa[d.method])}</p>` : '',
    period ? `<p>${escapeHtml(period)}</p>` : '',
    d.reasons ? `<h2>Begrundelse</h2>\n${paragraphs(d.reasons)}` : '',
    wish ? `<h2>Dit ønske om, hvem der skal give dig støtten</h2>\n${wish}` : '',
    '<p>Har du spørgsmål til afgørelsen, er du velkommen til at kontakte mig.</p>',
    `<div class="signature"><p>Venlig hilsen</p><p>${input.caseworkerName ? `${escapeHtml(input.caseworkerName)}<br>` : ''}${escapeHtml(input.municipalityName)}</p></div>`,
    `<section class="appeal"><h2>Klagevejledning</h2>\n${paragraphs(d.appealGuidance)}</section>`,
  ].filter((s) => s !== '');
  const recipient = [
    input.citizen.name ?? 'Borger',
    input.citizen.maskedCpr ? `CPR-nr. ${input.citizen.maskedCpr}` : null,
  ].filter((s): s is string => s !== null);
  const html = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>${escapeHtml(subject)}</title>
<style>${styles}</style>
</head>
<body>
<article class="letter">
<header class="sender"><strong>${escapeHtml(input.municipalityName)}</strong><span>${escapeHtml(formatLongDateDa(input.letterDate))}</span></header>
<address class="recipient">${recipient.map(escapeHtml).join('<br>')}</address>
<h1>${escapeHtml(subject)}</h1>
${sections.join('\n')}
</article>
</body>
</html>`;
  return { subject, html };
}
