/**
 * The status report as an Excel workbook (exceljs): a front sheet with the municipality, the
 * periods and how small numbers are hidden, then one sheet per part (the goals, each method)
 * with its sections and tables. Counts and days are numbers, shares are numbers formatted as
 * percentages; a hidden cell keeps its text ("<5", "..") so nobody reads it as 0.
 */
import ExcelJS from 'exceljs';
import { formatDateDa, type ReportTable, type StatusReport } from '@hjemvej/domain';

const bold = { bold: true } as const;

function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, columns: readonly [string, string]): void {
  sheet.addRow([table.title]).font = bold;
  const header = sheet.addRow([table.rowHeader, ...columns]);
  header.font = bold;
  header.border = { bottom: { style: 'thin' } };
  for (const row of table.rows) {
    const line = sheet.addRow([
      row.label,
      ...row.cells.map((cell) => {
        if (cell.value === null) return cell.text;
        return table.unit === 'share' ? cell.value / 100 : cell.value;
      }),
    ]);
    if (row.isTotal) line.font = bold;
    for (const [i, cell] of row.cells.entries()) {
      const target = line.getCell(i + 2);
      target.alignment = { horizontal: 'right' };
      if (cell.value !== null) target.numFmt = table.unit === 'share' ? '0.0%' : '#,##0';
    }
  }
  sheet.addRow([]);
}

export async function renderStatusReportXlsx(report: StatusReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.municipalityName;
  workbook.title = `${report.title} – ${report.municipalityName}`;

  const front = workbook.addWorksheet('Statusrapport');
  front.getColumn(1).width = 110;
  front.addRow([report.title]).font = { bold: true, size: 18 };
  front.addRow([report.municipalityName]).font = { size: 14 };
  front.addRow([`Perioden ${formatDateDa(report.period.from)}–${formatDateDa(report.period.to)}`]);
  front.addRow([`Forrige periode ${formatDateDa(report.previousPeriod.from)}–${formatDateDa(report.previousPeriod.to)}`]);
  front.addRow([`Opgjort ${formatDateDa(report.referenceDate)}`]);
  front.addRow([]);
  for (const text of report.introduction) front.addRow([text]).alignment = { wrapText: true, vertical: 'top' };
  if (!report.hasData) {
    front.addRow([]);
    front.addRow(['Der er ingen data i perioden eller den forrige periode.']).font = { italic: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  for (const part of report.parts) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(part.key === 'goals' ? 'Overordnede mål' : (part.title.split(' ')[0] ?? part.key));
    sheet.getColumn(1).width = 60;
    sheet.getColumn(2).width = 34;
    sheet.getColumn(3).width = 34;
    sheet.addRow([part.title]).font = { bold: true, size: 14 };
    if (part.emptyText) sheet.addRow([part.emptyText]).font = { italic: true };
    for (const section of part.sections) {
      sheet.addRow([]);
      if (part.key !== 'goals') sheet.addRow([section.title]).font = { bold: true, size: 12 };
      for (const text of section.texts) sheet.addRow([text]);
      if (section.emptyText) sheet.addRow([section.emptyText]).font = { italic: true };
      for (const table of section.tables) writeTable(sheet, table, report.columns);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
