/**
 * Need-to-know inside the municipality, as new users would meet it: the jobcentre member sees
 * the citizen of her task with name, contact and the task, not the assessment, plans or
 * decisions; she opens another citizen by emergency access with a reason and sees the banner;
 * the caseworker finds that access on the citizen's page; the data-protection officer reviews it.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectTexts, openFromMainMenu, signIn, switchUser } from './support';

interface Listed {
  id: string;
  firstName: string | null;
  lastName: string | null;
}

async function listedCitizens(page: Page): Promise<Listed[]> {
  const response = await page.request.get('/api/citizens?pageSize=100');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: Listed[] }).items;
}

test('the jobcentre sees her task’s citizen narrowly, opens another by emergency access, the caseworker and the DPO see it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Whom the jobcentre reaches, and a citizen of the municipality she does not.
  await signIn(page, 'jobcenter@demo.hjemvej.dk');
  const reachable = new Set((await listedCitizens(page)).map((c) => c.id));
  await switchUser(page, 'Jonas Jobcenter', 'sagsbehandler@demo.hjemvej.dk');
  const target = (await listedCitizens(page)).find((c) => !reachable.has(c.id) && c.lastName !== null && c.firstName !== null);
  if (!target) throw new Error('every citizen is reachable by the jobcentre');
  const cprResponse = await page.request.get(`/api/citizens/${target.id}/cpr`);
  const { cpr } = (await cprResponse.json()) as { cpr: string };

  // The jobcentre member: her task's citizen, narrowly.
  await switchUser(page, 'Søren Sagsbehandler', 'jobcenter@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Borgere', { exact: true });
  await expect(page.getByTestId('need-to-know-note')).toContainText('Du ser de borgere, din enhed arbejder med');
  await page.getByRole('searchbox', { name: /Søg/ }).fill('Sørensen');
  await page.getByRole('link', { name: /Mona Sørensen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Mona Sørensen/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Opgaver på tværs af enheder' })).toBeVisible();
  await expect(page.getByTestId('need-to-know-withheld')).toContainText('Din rolle ser kun de oplysninger');
  await expect(page.getByRole('heading', { name: 'Vurderinger (VUM 2.0)' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Planer (§ 141 / § 142)' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Afgørelser' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ny plan' })).toHaveCount(0);
  await expectAccessible(page, 'the jobcentre’s narrow citizen page');

  // Emergency access to a citizen outside her work: the reason is asked for and shown.
  await page.getByRole('link', { name: 'Tilbage til borgere' }).click();
  await page.getByRole('button', { name: 'Nødadgang' }).click();
  const dialog = page.getByRole('dialog', { name: 'Åbn en borger med nødadgang' });
  await expect(dialog).toContainText('Det bliver logget med din begrundelse');
  await dialog.getByLabel('Borgerens CPR-nummer').fill(cpr);
  await dialog.getByLabel('Begrundelse').fill('kort');
  await dialog.getByRole('button', { name: 'Åbn med nødadgang' }).click();
  await expect(dialog.getByText('Skal være mindst 10 tegn.')).toBeVisible();
  await expectAccessible(page, 'emergency access dialog');
  await dialog.getByLabel('Begrundelse').fill('Borgeren står i skranken i akut krise og skal have hjælp nu');
  await dialog.getByRole('button', { name: 'Åbn med nødadgang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(target.lastName ?? '') })).toBeVisible();
  await expect(page.getByTestId('emergency-banner')).toContainText('Borgeren står i skranken i akut krise');
  await expect(page.getByRole('heading', { name: 'Vurderinger (VUM 2.0)' })).toBeVisible();
  await expectAccessible(page, 'citizen opened by emergency access');

  // The caseworker sees who opened the citizen, and why.
  await switchUser(page, 'Jonas Jobcenter', 'sagsbehandler@demo.hjemvej.dk');
  await page.goto(`/citizens/${target.id}`);
  const accesses = page.getByTestId('emergency-accesses-section');
  await expectTexts(accesses, ['Jonas Jobcenter', 'Borgeren står i skranken i akut krise']);

  // The data-protection officer reviews it.
  await switchUser(page, 'Søren Sagsbehandler', 'admin@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Nødadgange');
  const table = page.getByTestId('emergency-accesses-table');
  const row = table.getByRole('row').filter({ hasText: 'Borgeren står i skranken i akut krise' });
  await expect(row).toContainText('Jonas Jobcenter');
  await expectAccessible(page, 'emergency accesses for review');
  await row.getByRole('button', { name: 'Gennemgå' }).click();
  const review = page.getByRole('dialog', { name: 'Gennemgå nødadgang' });
  await review.getByLabel('Din vurdering (valgfri)').fill('Begrundet; borgeren var i krise');
  await review.getByRole('button', { name: 'Markér som gennemgået' }).click();
  await expect(page.getByText('Nødadgangen er gennemgået.')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Borgeren står i skranken i akut krise' })).toHaveCount(0);
});
