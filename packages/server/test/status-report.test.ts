/**
 * The status report through the API: the page's JSON (per method, suppressed), the PDF (its
 * text read back: title, municipality, æøå §, page numbers), the XLSX (opened with exceljs),
 * the CSV (BOM, semicolons), an empty period giving empty valid files, bad input naming its
 * field, and who may read it.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { StatusReportOutput } from '@hjemvej/contract';
import { call, signInAs, useTestApp } from './support/test-app';
import {
  createCitizen,
  createHousingAllocation,
  createHousingPeriod,
  createOrganisation,
  createShelterWithStaff,
  createSupportCourse,
  createUnit,
  createUser,
} from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

const period = 'from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31';
const emptyPeriod = 'from=2010-01-01&to=2010-12-31&referenceDate=2026-01-31';

/** Twelve CTI citizens from a shelter (moved home in February, four courses ended) and three on ICM. */
async function setting() {
  const organisation = await createOrganisation(t.db, { name: `Kommune æøå § ${Math.random().toString(36).slice(2, 7)}` });
  const cti = await createUnit(t.db, organisation.id, { name: 'CTI-teamet', kind: 'cti' });
  const icm = await createUnit(t.db, organisation.id, { name: 'ICM-teamet', kind: 'icm' });
  const leader = await createUser(t.db, organisation.id, { role: 'leader', unitIds: [cti.id] });
  const worker = await createUser(t.db, organisation.id, { role: 'support_worker', unitIds: [cti.id] });
  for (let i = 0; i < 15; i += 1) {
    const isCti = i < 12;
    const citizen = await createCitizen(t.db, { handlekommuneId: organisation.id, lastName: `Borger${i}` });
    await createHousingPeriod(t.db, {
      citizenId: citizen.id,
      category: 'shelter_110',
      fromDate: '2024-12-01',
      toDate: '2025-02-01',
    });
    await createHousingPeriod(t.db, { citizenId: citizen.id, category: 'own_home_with_lease', fromDate: '2025-02-01' });
    await createHousingAllocation(t.db, { citizenId: citizen.id, allocatedOn: '2025-01-20', moveInOn: '2025-02-01' });
    const course = await createSupportCourse(t.db, {
      citizenId: citizen.id,
      teamUnitId: isCti ? cti.id : icm.id,
      workerUserId: worker.id,
      method: isCti ? 'cti' : 'icm',
      startedOn: '2025-01-15',
    });
    if (isCti && i < 4)
      await t.db
        .updateTable('support_courses')
        .set({ ended_on: '2025-10-15', end_reason: 'completed' })
        .where('id', '=', course.id)
        .execute();
    if (isCti)
      await t.db
        .insertInto('support_contacts')
        .values({ support_course_id: course.id, contact_on: '2025-03-01', kind: 'visit', note: null, by_user_id: worker.id })
        .execute();
  }
  return { organisation, leader };
}

async function pdfText(body: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  return { text: texts.join('\n'), pages: document.numPages };
}

const rowOf = (report: StatusReportOutput, part: string, table: string, label: string) =>
  report.parts
    .find((p) => p.key === part)
    ?.sections.flatMap((s) => s.tables)
    .find((x) => x.key === table)
    ?.rows.find((r) => r.label === label)
    ?.cells.map((c) => c.text);

describe('the status report', () => {
  it('shows the period beside the previous one per method, small numbers hidden', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/status-report?${period}` });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<StatusReportOutput>();
    expect(report.municipalityName).toBe(s.organisation.name);
    expect(report.previousPeriod).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(report.hasData).toBe(true);
    expect(rowOf(report, 'cti', 'cti-courses', 'Nye forløb i perioden')).toEqual(['0', '12']);
    expect(rowOf(report, 'cti', 'cti-courses', 'Aktive forløb ved periodens slutning')).toEqual(['0', '8']);
    expect(rowOf(report, 'icm', 'icm-courses', 'Nye forløb i perioden')).toEqual(['0', '<5']);
    expect(rowOf(report, 'cti', 'cti-housing-at-start', 'Forsorgshjem/herberg (§ 110)')).toEqual(['0', '12']);
    expect(rowOf(report, 'cti', 'cti-end-reasons', 'Planlagt afslutning')).toEqual(['0', '<5']);
    expect(rowOf(report, 'cti', 'cti-contacts', 'Besøg')).toEqual(['0', '12']);
    expect(report.parts.find((p) => p.key === 'act')?.emptyText).toContain('ingen forløb med ACT');

    const audit = await auditEvents(t.db, { actorUserId: s.leader.id, action: 'status_report.read' }, ['action', 'subject_type']);
    expect(audit).toEqual([{ action: 'status_report.read', subject_type: 'status_report' }]);
  });

  it('downloads as a PDF with the title, the municipality, æøå §, page numbers and a chart', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/status-report/pdf?${period}` });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="statusrapport-2025-01-01-2025-12-31.pdf"');
    const body = response.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toContain('/FontFile2'); // the font is embedded
    const { text, pages } = await pdfText(body);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain('Statusrapport');
    expect(text).toContain(s.organisation.name);
    expect(text).toContain('æøå §');
    expect(text).toContain(`Side 1 af ${pages}`);
    expect(text).toContain('Figur: Forløb');
    expect(text).toContain('Forankring og organisering');
  });

  it('downloads as an XLSX that opens and holds the figures', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/status-report/xlsx?${period}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Statusrapport', 'Overordnede mål', 'CTI', 'ICM', 'ACT', 'M-ACT']);
    expect(
      workbook.getWorksheet('Statusrapport')?.getCell('B1').value ?? workbook.getWorksheet('Statusrapport')?.getCell('A2').value,
    ).toBe(s.organisation.name);
    const rows: unknown[][] = [];
    workbook.getWorksheet('CTI')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Nye forløb i perioden', 0, 12]);
    expect(rows).toContainEqual(['Planlagt afslutning', 0, '<5']);
  });

  it('downloads as a CSV for Danish Excel', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/status-report/csv?${period}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = response.rawPayload.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0]).toEqual([
      'Del',
      'Afsnit',
      'Tabel',
      'Række',
      'Forrige periode 01.01.2024–31.12.2024',
      'Perioden 01.01.2025–31.12.2025',
    ]);
    expect(lines).toContainEqual([
      'CTI (Critical Time Intervention)',
      'Forankring og organisering',
      'Forløb',
      'Nye forløb i perioden',
      '0',
      '12',
    ]);
    expect(lines.every((l) => l.length === 6)).toBe(true);
  });

  it('gives empty, valid files for a period without data', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const json = (
      await call(t.app, session, { method: 'GET', url: `/api/status-report?${emptyPeriod}` })
    ).json<StatusReportOutput>();
    expect(json.hasData).toBe(false);

    const csv = await call(t.app, session, { method: 'GET', url: `/api/status-report/csv?${emptyPeriod}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.toString('utf8').trimEnd().split('\r\n')).toHaveLength(1);

    const xlsx = await call(t.app, session, { method: 'GET', url: `/api/status-report/xlsx?${emptyPeriod}` });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Statusrapport']);

    const pdf = await call(t.app, session, { method: 'GET', url: `/api/status-report/pdf?${emptyPeriod}` });
    expect(pdf.statusCode).toBe(200);
    const { text } = await pdfText(pdf.rawPayload);
    expect(text).toContain('Der er ingen data i perioden eller den forrige periode.');
  });

  it('refuses bad input naming the field', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const reversed = await call(t.app, session, {
      method: 'GET',
      url: '/api/status-report/pdf?from=2025-06-01&to=2025-01-01&referenceDate=2025-12-31',
    });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('to');
    const future = await call(t.app, session, {
      method: 'GET',
      url: '/api/status-report?from=2025-01-01&to=2025-12-31&referenceDate=2030-01-01',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('referenceDate');
    const missing = await call(t.app, session, { method: 'GET', url: '/api/status-report/xlsx?from=2025-01-01' });
    expect(missing.statusCode).toBe(400);
  });

  it('is for the municipality’s leaders and administrators only', async () => {
    const s = await setting();
    const caseworker = await createUser(t.db, s.organisation.id, { role: 'caseworker' });
    const refused = await call(t.app, await signInAs(t.app, caseworker), {
      method: 'GET',
      url: `/api/status-report/pdf?${period}`,
    });
    expect(refused.statusCode).toBe(403);
    const shelter = await createShelterWithStaff(t.db);
    const shelterAnswer = await call(t.app, await signInAs(t.app, shelter.leader), {
      method: 'GET',
      url: `/api/status-report?${period}`,
    });
    expect(shelterAnswer.statusCode).toBe(404);
  });
});
