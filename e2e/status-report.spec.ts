import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('the leader opens the status report and downloads it as PDF and Excel', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'leder@demo.hjemvej.dk');
  await page.getByRole('link', { name: 'Statusrapport' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statusrapport' })).toBeVisible();

  // The report, per method with the programmes' headings (a method without courses says so).
  await expect(page.getByRole('heading', { level: 2, name: 'Overordnede mål' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^CTI/ })).toBeVisible();
  await expect(page.getByText(/Tal under 5 vises som "<5"/).first()).toBeVisible();
  await expectAccessible(page, 'the status report');

  // The period picker: the first quarter of last year.
  const year = new Date().getFullYear() - 1;
  await page.getByLabel('Fra', { exact: true }).fill(`01.01.${year}`);
  await page.getByLabel('Til', { exact: true }).fill(`31.03.${year}`);
  await page.getByLabel('Til', { exact: true }).press('Tab');
  await expect(page.getByText(`01.01.${year}–31.03.${year}`).first()).toBeVisible();

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent som PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`statusrapport-${year}-01-01-${year}-03-31.pdf`);
  const pdfBytes = await readFile((await pdf.path()) ?? '');
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Hent som Excel (XLSX)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe(`statusrapport-${year}-01-01-${year}-03-31.xlsx`);
  const xlsxBytes = await readFile((await xlsx.path()) ?? '');
  expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK'); // a zip: the XLSX container
});
