/**
 * The taskforce's analysis report and effect presentation as PDF (Danish), on the status
 * report's pdfmake set-up (embedded Roboto, no URL or file read but the fonts). Every figure is
 * printed as it was published: a hidden value shows its suppression label, never a number.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatDateDa,
  formatPercentDa,
  type CaseReviewCheckpointId,
  formatGoalValueDa,
  goalValueOf,
  taskforceThemes,
  type TaskforceTheme,
} from '@hjemvej/domain';
import type { PackageFigure, TaskforceEffects, TaskforceReport } from '@hjemvej/contract';
import { renderPdfDocument } from '../status-report/status-report-pdf';

const muted = '#495057';

export const themeNamesDa: Record<TaskforceTheme, string> = {
  housing_supply: 'Boliger til indsatsen',
  support_methods: 'Støttemetoderne',
  organisation: 'Organisering og samarbejde',
  legal_quality: 'Juridisk og socialfaglig kvalitet',
};

const checkpointNamesDa: Record<CaseReviewCheckpointId, string> = {
  plan_141_offered: 'Handleplan efter § 141 tilbudt',
  plan_141_content: 'Handleplanens indhold',
  plan_142_present: 'Plan efter § 142 foreligger',
  notification_110_6: 'Underretning af handlekommunen inden 3 hverdage',
  handlekommune_documented: 'Handlekommune afklaret og dokumenteret',
  decision_85a_before_discharge: 'Afgørelse om § 85 a før udskrivning',
  decision_85a_content: 'Afgørelsens indhold (metode, omfang, klagevejledning)',
  provider_wish_reason_85a_2: 'Begrundelse, når ønsket leverandør ikke følges',
  discharge_conditions_110_5: 'Betingelserne i § 110, stk. 5, dokumenteret',
  processing_time: 'Sagsbehandlingstid inden for den offentliggjorte frist',
  hearing: 'Partshøring',
  factual_basis: 'Tilstrækkeligt oplysningsgrundlag',
  reasons: 'Begrundelse',
  appeal_guidance: 'Klagevejledning',
};

const directionDa = { better: 'Bedre', worse: 'Dårligere', unchanged: 'Uændret', unknown: 'Kan ikke vurderes' } as const;

function figureText(figure: PackageFigure): string {
  const value = goalValueOf(figure.display, figure.published);
  if (value !== null) return formatGoalValueDa(figure.display, value);
  const hidden =
    figure.published.shareLabel ??
    (figure.published.numerator.kind === 'suppressed' ? figure.published.numerator.label : null) ??
    (figure.published.denominator.kind === 'suppressed' ? figure.published.denominator.label : null);
  return hidden ?? '–';
}

function table(header: string[], rows: TableCell[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [header.map((text) => ({ text, bold: true, fontSize: 9 })), ...rows],
      dontBreakRows: true,
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 0, 0, 8],
  };
}

function document(title: string, municipalityName: string, subtitle: string, content: Content[]): TDocumentDefinitions {
  return {
    info: { title: `${title} – ${municipalityName}`, author: municipalityName, subject: title },
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    header: () => ({
      columns: [
        { text: municipalityName, bold: true },
        { text: title, alignment: 'right' },
      ],
      fontSize: 8,
      color: muted,
      margin: [40, 24, 40, 0],
    }),
    footer: (currentPage, pageCount) => ({
      text: `Side ${currentPage} af ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      color: muted,
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: title, fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      { text: municipalityName, fontSize: 15, margin: [0, 0, 0, 2] },
      { text: subtitle, fontSize: 11, color: muted, margin: [0, 0, 0, 12] },
      ...content,
    ],
    styles: {
      part: { fontSize: 15, bold: true, margin: [0, 12, 0, 6] },
      empty: { italics: true, color: muted, margin: [0, 0, 0, 6] },
    },
  };
}

export async function renderTaskforceReportPdf(report: TaskforceReport, municipalityName: string): Promise<Buffer> {
  const pkg = report.dataPackage;
  const content: Content[] = [];
  if (report.status === 'draft')
    content.push({ text: 'KLADDE – ikke offentliggjort for kommunen', bold: true, color: '#c92a2a' });
  if (report.summary) content.push({ text: report.summary, margin: [0, 0, 0, 8] });

  content.push({ text: 'Datagrundlag', style: 'part' });
  if (pkg) {
    content.push({
      text: `Frossen datapakke version ${pkg.version} for perioden ${formatDateDa(pkg.from)}–${formatDateDa(pkg.to)}. Tal under ${pkg.threshold} er skjult (diskretioneret).`,
      margin: [0, 0, 0, 6],
    });
    content.push(
      table(
        ['Nøgletal', 'Værdi'],
        pkg.figures.map((f) => [f.name, { text: figureText(f), alignment: 'right' }]),
        ['*', 90],
      ),
    );
  } else content.push({ text: 'Rapporten er endnu ikke knyttet til en frossen datapakke.', style: 'empty' });

  for (const theme of taskforceThemes) {
    content.push({ text: themeNamesDa[theme], style: 'part' });
    const analysis = report.analyses[theme];
    content.push(analysis ? { text: analysis, margin: [0, 0, 0, 6] } : { text: 'Ingen analyse skrevet.', style: 'empty' });
    if (theme === 'legal_quality') {
      content.push({ text: 'Juridisk sagsgennemgang', bold: true, margin: [0, 4, 0, 2] });
      content.push(
        report.caseReview
          ? table(
              ['Kontrolpunkt', `Opfyldt (${report.caseReview.reviewedCases} sager)`],
              report.caseReview.checkpoints.map((c) => [
                `${checkpointNamesDa[c.checkpoint]} (${c.source})`,
                { text: c.share === null ? (c.hiddenLabel ?? '–') : formatPercentDa(c.share), alignment: 'right' },
              ]),
              ['*', 100],
            )
          : {
              text: 'Afsnittet udfyldes med resultaterne af Ankestyrelsens sagsgennemgang, når den er afsluttet.',
              style: 'empty',
            },
      );
    }
  }

  content.push({ text: 'Anbefalinger', style: 'part' });
  if (report.recommendations.length === 0) content.push({ text: 'Ingen anbefalinger.', style: 'empty' });
  for (const [index, r] of report.recommendations.entries()) {
    const evidence = [
      r.evidenceFigure ? `${r.evidenceFigure.name}: ${figureText(r.evidenceFigure)}` : null,
      r.evidenceNote || null,
    ].filter((x): x is string => x !== null);
    content.push({
      unbreakable: true,
      margin: [0, 0, 0, 8],
      stack: [
        { text: `${index + 1}. ${r.title}`, bold: true },
        { text: themeNamesDa[r.theme], fontSize: 9, color: muted },
        ...(r.text ? [{ text: r.text }] : []),
        { text: `Belæg: ${evidence.join(' · ')}`, fontSize: 9, italics: true },
        ...(r.developmentPointId ? [{ text: 'Valgt som udviklingspunkt i udviklingsplanen.', fontSize: 9, color: muted }] : []),
      ],
    });
  }
  const subtitle = report.publishedAt
    ? `Analyserapport, offentliggjort ${formatDateDa(report.publishedAt.slice(0, 10))}`
    : 'Analyserapport (kladde)';
  return renderPdfDocument(document('Taskforce-forløbets analyserapport', municipalityName, subtitle, content));
}

export async function renderTaskforceEffectsPdf(effects: TaskforceEffects): Promise<Buffer> {
  const shown = (display: TaskforceEffects['effects'][number]['display'], value: number) => formatGoalValueDa(display, value);
  const content: Content[] = [
    {
      text: 'For hvert mål i udviklingsplanen: baseline fra den frosne datapakke over for i dag på levende data for en lige så lang periode. Tal under tærsklen er skjult (diskretioneret).',
      margin: [0, 0, 0, 8],
    },
  ];
  if (effects.effects.length === 0) content.push({ text: 'Udviklingsplanen har ingen mål endnu.', style: 'empty' });
  else
    content.push(
      table(
        ['Mål', 'Baseline', 'I dag', 'Ændring', 'Mål', 'Retning'],
        effects.effects.map((e) => [
          { stack: [{ text: e.measureName }, { text: `${themeNamesDa[e.theme]} · ${e.pointTitle}`, fontSize: 8, color: muted }] },
          {
            stack: [
              shown(e.display, e.baseline),
              { text: `${formatDateDa(e.baselinePeriod.from)}–${formatDateDa(e.baselinePeriod.to)}`, fontSize: 7, color: muted },
            ],
          },
          {
            stack: [
              e.now.value === null ? (e.now.hiddenLabel ?? '–') : shown(e.display, e.now.value),
              { text: `${formatDateDa(e.now.from)}–${formatDateDa(e.now.to)}`, fontSize: 7, color: muted },
            ],
          },
          e.change === null ? '–' : `${e.change > 0 ? '+' : ''}${String(e.change).replace('.', ',')}`,
          { stack: [shown(e.display, e.target), { text: formatDateDa(e.targetOn), fontSize: 7, color: muted }] },
          `${directionDa[e.direction]}${e.targetReached ? ' · nået' : ''}`,
        ]),
        ['*', 62, 62, 48, 58, 62],
      ),
    );
  return renderPdfDocument(
    document('Effekter af taskforce-forløbet', effects.municipalityName, `Opgjort ${formatDateDa(effects.asOf)}`, content),
  );
}
