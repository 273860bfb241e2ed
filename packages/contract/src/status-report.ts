/**
 * The status report (statusrapport) for the steering group and the city council: the
 * municipality's suppressed aggregates for a period beside the previous period of equal
 * length, in the national programmes' structure. Read as JSON for the page, downloaded as
 * PDF, XLSX or CSV (the same report, built once in the domain).
 */
import { z } from 'zod';
import { reportSectionKeys, supportMethods } from '@hjemvej/domain';
import { caseDateSchema, isoDateSchema } from './common';
import { defineRoute } from './route';
import { periodSchema } from './shared';

/** The period and the reference date; the previous period is derived (same length, just before). */
export const statusReportQuerySchema = z.object({
  from: caseDateSchema,
  to: caseDateSchema,
  referenceDate: caseDateSchema,
});
export type StatusReportQuery = z.infer<typeof statusReportQuerySchema>;

const reportCellSchema = z.object({
  /** As shown: "12", "<5", "..", "62 %", "41 dage", "–". */
  text: z.string(),
  /** The number behind it (count, percentage 0–100 or days); null when hidden or empty. */
  value: z.number().nullable(),
});

const reportTableSchema = z.object({
  key: z.string(),
  title: z.string(),
  unit: z.enum(['count', 'share', 'days']),
  rowHeader: z.string(),
  rows: z.array(z.object({ label: z.string(), cells: z.array(reportCellSchema).readonly(), isTotal: z.boolean() })).readonly(),
  /** Drawn as a bar chart too; the table is its text alternative. */
  chart: z.boolean(),
});
export type StatusReportTable = z.infer<typeof reportTableSchema>;

const reportSectionSchema = z.object({
  key: z.enum(reportSectionKeys),
  title: z.string(),
  texts: z.array(z.string()).readonly(),
  tables: z.array(reportTableSchema).readonly(),
  /** Plain Danish when the section has no data. */
  emptyText: z.string().nullable(),
});

export const statusReportSchema = z.object({
  title: z.string(),
  municipalityName: z.string(),
  period: periodSchema,
  previousPeriod: periodSchema,
  referenceDate: isoDateSchema,
  threshold: z.number().int(),
  columns: z.tuple([z.string(), z.string()]).readonly(),
  introduction: z.array(z.string()).readonly(),
  hasData: z.boolean(),
  parts: z
    .array(
      z.object({
        key: z.enum(['goals', ...supportMethods]),
        title: z.string(),
        emptyText: z.string().nullable(),
        sections: z.array(reportSectionSchema).readonly(),
      }),
    )
    .readonly(),
});
export type StatusReportOutput = z.infer<typeof statusReportSchema>;

/** A downloaded file: the body is the file itself (the server sends it with its content type). */
export const fileDownloadSchema = z.string().meta({
  description: 'The file itself (binary), sent with its Content-Type and Content-Disposition: attachment',
  format: 'binary',
});

const download = (format: 'pdf' | 'xlsx' | 'csv', what: string) =>
  defineRoute({
    name: `downloadStatusReport${format.charAt(0).toUpperCase()}${format.slice(1)}`,
    method: 'GET',
    path: `/api/status-report/${format}`,
    summary: `The status report as ${what}; a period without data gives an empty, valid file`,
    tags: ['key figures'],
    permission: 'statistics.municipal',
    audit: 'status_report.export',
    shape: 'collection',
    query: statusReportQuerySchema,
    response: fileDownloadSchema,
  });

export const statusReportRoutes = {
  read: defineRoute({
    name: 'getStatusReport',
    method: 'GET',
    path: '/api/status-report',
    summary: "The municipality's status report for a period beside the previous one: suppressed aggregates only",
    tags: ['key figures'],
    permission: 'statistics.municipal',
    audit: 'status_report.read',
    shape: 'collection',
    query: statusReportQuerySchema,
    response: statusReportSchema,
  }),
  pdf: download('pdf', 'PDF (embedded fonts, charts, page numbers)'),
  xlsx: download('xlsx', 'an Excel workbook (one sheet per part)'),
  csv: download('csv', 'CSV (UTF-8 with BOM, semicolons)'),
};

/** The three downloads, by format (the web builds its links from these). */
export const statusReportDownloads = [statusReportRoutes.pdf, statusReportRoutes.xlsx, statusReportRoutes.csv] as const;
