/**
 * The status report as PDF, generated on the server with pdfmake (maintained, pure JavaScript
 * on PDFKit). The font is Roboto from pdfmake's own package, embedded (subset) in the file, so
 * æ, ø, å and § print on any reader. Every page carries the municipality's name and its page
 * number; the tables marked for a chart get a bar chart drawn as vector shapes (pdfmake canvas),
 * previous period beside the period, with the table above it as its text.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type PdfMake from 'pdfmake';
import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDateDa, type ReportTable, type StatusReport } from '@hjemvej/domain';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as typeof PdfMake;

const fontFolder = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const fontFiles = {
  normal: path.join(fontFolder, 'Roboto-Regular.ttf'),
  bold: path.join(fontFolder, 'Roboto-Medium.ttf'),
  italics: path.join(fontFolder, 'Roboto-Italic.ttf'),
  bolditalics: path.join(fontFolder, 'Roboto-MediumItalic.ttf'),
};
const allowedFiles = new Set(Object.values(fontFiles));

pdfmake.setFonts({ Roboto: fontFiles });
// The report embeds nothing from outside: no URL is fetched, no file read but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => allowedFiles.has(file));

const colours = { previous: '#adb5bd', current: '#0b7285', rule: '#ced4da', muted: '#495057' };
const chartWidth = 220;
const barHeight = 7;

function tableBlock(table: ReportTable, columns: readonly [string, string]): Content[] {
  const header: TableCell[] = [table.rowHeader, ...columns].map((text) => ({ text, style: 'tableHeader' }));
  const body: TableCell[][] = [
    header,
    ...table.rows.map((row) => [
      { text: row.label, bold: row.isTotal },
      ...row.cells.map((cell) => ({ text: cell.text, alignment: 'right' as const, bold: row.isTotal })),
    ]),
  ];
  const blocks: Content[] = [
    { text: table.title, style: 'tableTitle' },
    {
      table: { headerRows: 1, widths: ['*', 110, 110], body, dontBreakRows: true },
      layout: 'lightHorizontalLines',
      fontSize: 9,
      margin: [0, 0, 0, 6],
    },
  ];
  if (table.chart) blocks.push(chartBlock(table, columns));
  return blocks;
}

/** A horizontal bar chart: one pair of bars (previous, current) per row; hidden values are not drawn. */
function chartBlock(table: ReportTable, columns: readonly [string, string]): Content {
  const rows = table.rows.filter((r) => !r.isTotal);
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c.value ?? 0)));
  const scale = table.unit === 'share' ? chartWidth / 100 : chartWidth / max;
  const bar = (value: number | null, colour: string, y: number) =>
    value === null || value <= 0
      ? []
      : [{ type: 'rect' as const, x: 0, y, w: Math.max(1, value * scale), h: barHeight, color: colour }];
  const legendSwatch = (colour: string): Column => ({
    width: 12,
    stack: [{ canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color: colour }] }],
  });
  return {
    unbreakable: true,
    margin: [0, 0, 0, 12],
    stack: [
      { text: `Figur: ${table.title}`, style: 'figureTitle' },
      {
        columns: [
          legendSwatch(colours.previous),
          { text: columns[0], fontSize: 8, width: 'auto', margin: [0, 0, 12, 0] },
          legendSwatch(colours.current),
          { text: columns[1], fontSize: 8, width: 'auto' },
        ],
        margin: [0, 0, 0, 4],
      },
      {
        table: {
          widths: ['*', chartWidth + 4, 60],
          body: rows.map((row) => [
            { text: row.label, fontSize: 8 },
            {
              canvas: [
                { type: 'line', x1: 0, y1: 0, x2: 0, y2: barHeight * 2 + 2, lineWidth: 0.5, lineColor: colours.rule },
                ...bar(row.cells[0]?.value ?? null, colours.previous, 0),
                ...bar(row.cells[1]?.value ?? null, colours.current, barHeight + 2),
              ],
            },
            { text: row.cells.map((c) => c.text).join(' / '), fontSize: 8, alignment: 'right' },
          ]),
        },
        layout: 'noBorders',
      },
    ],
  };
}

export function statusReportDocument(report: StatusReport): TDocumentDefinitions {
  const content: Content[] = [
    { text: report.title, style: 'title' },
    { text: report.municipalityName, style: 'municipality' },
    { text: `Perioden ${formatDateDa(report.period.from)}–${formatDateDa(report.period.to)}`, style: 'subtitle' },
    ...report.introduction.map((text): Content => ({ text, margin: [0, 0, 0, 6] })),
  ];
  if (!report.hasData)
    content.push({ text: 'Der er ingen data i perioden eller den forrige periode.', style: 'empty', margin: [0, 12, 0, 0] });
  for (const part of report.parts) {
    // A method with data starts a page; one without is a line under the previous part.
    const startsPage = part.key !== 'goals' && part.emptyText === null;
    content.push({ text: part.title, style: 'part', pageBreak: startsPage ? 'before' : undefined });
    if (part.emptyText) content.push({ text: part.emptyText, style: 'empty' });
    for (const section of part.sections) {
      if (part.key !== 'goals') content.push({ text: section.title, style: 'section' });
      for (const text of section.texts) content.push({ text, margin: [0, 0, 0, 4] });
      if (section.emptyText) content.push({ text: section.emptyText, style: 'empty' });
      for (const table of section.tables) content.push(...tableBlock(table, report.columns));
    }
  }
  return {
    info: { title: `${report.title} – ${report.municipalityName}`, author: report.municipalityName, subject: report.title },
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    header: () => ({
      columns: [
        { text: report.municipalityName, bold: true },
        { text: `${report.title} ${formatDateDa(report.period.from)}–${formatDateDa(report.period.to)}`, alignment: 'right' },
      ],
      fontSize: 8,
      color: colours.muted,
      margin: [40, 24, 40, 0],
    }),
    footer: (currentPage, pageCount) => ({
      text: `Side ${currentPage} af ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      color: colours.muted,
      margin: [40, 16, 40, 0],
    }),
    content,
    styles: {
      title: { fontSize: 24, bold: true, margin: [0, 0, 0, 4] },
      municipality: { fontSize: 16, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, color: colours.muted, margin: [0, 0, 0, 12] },
      part: { fontSize: 18, bold: true, margin: [0, 12, 0, 6] },
      section: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      tableTitle: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      tableHeader: { bold: true, fontSize: 9 },
      figureTitle: { fontSize: 9, italics: true, margin: [0, 2, 0, 2] },
      empty: { italics: true, color: colours.muted, margin: [0, 0, 0, 6] },
    },
  };
}

export async function renderStatusReportPdf(report: StatusReport, options: { compress?: boolean } = {}): Promise<Buffer> {
  const document = { ...statusReportDocument(report), compress: options.compress ?? true };
  return pdfmake.createPdf(document).getBuffer();
}

/** Any other report on the same embedded fonts and closed access policies (the taskforce's report and effects). */
export async function renderPdfDocument(document: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf({ compress: true, ...document }).getBuffer();
}
