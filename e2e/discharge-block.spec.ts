/**
 * § 110 stk. 5 in the browser: the shelter tries to discharge a resident to own housing and is
 * shown exactly what is missing (with the paragraphs); the caseworker adds the plan, the
 * allocation with lease and move-in date, and the § 85 a decision; the discharge then succeeds.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { dischargeBlocked, dischargeWhenAllowed, expectAccessible, expectNoSidewaysScroll, signIn } from './support';

const isoDate = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );
const daysAgo = (days: number) => isoDate(new Date(Date.now() - days * 86_400_000));

/** Calls the API as the page's signed-in user, with the session's CSRF token on every change. */
async function apiAs(page: Page) {
  const request: APIRequestContext = page.request;
  const session = (await (await request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  return {
    get: async <T>(url: string) => {
      const response = await request.get(url);
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as T;
    },
    post: async <T>(url: string, data: unknown, status = 201) => {
      const response = await request.post(url, { data, headers });
      expect(response.status(), await response.text()).toBe(status);
      return (await response.json()) as T;
    },
    patch: async <T>(url: string, data: unknown) => {
      const response = await request.patch(url, { data, headers });
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as T;
    },
  };
}

test('a discharge to own housing is blocked with the list of what is missing, and unblocked by the caseworker', async ({
  page,
  browser,
}) => {
  // The shelter registers a resident through the API, with Demo Kommune as handlekommune.
  await signIn(page, 'herberg@demo.hjemvej.dk');
  const shelterApi = await apiAs(page);
  const municipalities = await shelterApi.get<{ items: { id: string; name: string }[] }>('/api/municipalities');
  const demo = municipalities.items.find((m) => m.name === 'Demo Kommune');
  expect(demo).toBeDefined();
  const lastName = `Udskrivning${String(Date.now()).slice(-5)}`;
  const created = await shelterApi.post<{ citizen: { id: string }; stay: { id: string } }>('/api/citizens', {
    firstName: 'Bent',
    lastName,
    handlekommuneId: demo?.id,
    admission: { admittedOn: daysAgo(14), referral: 'self' },
  });
  const citizenId = created.citizen.id;
  await shelterApi.post(`/api/shelter-stays/${created.stay.id}/notification`, { sentOn: daysAgo(13) }, 200);

  // The citizen page shows the legal checks: § 110 stk. 5 and § 142 are missing.
  await page.goto(`/citizens/${citizenId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Bent ${lastName}` })).toBeVisible();
  const checks = page.getByTestId('legal-checks');
  await expect(checks.locator('[data-rule="discharge_conditions_110_5"]')).toHaveAttribute('data-status', 'missing');
  await expect(checks.locator('[data-rule="shelter_plan_142"]')).toContainText('uden en plan');
  await expectAccessible(page, 'citizen page with legal checks (shelter)');

  // The shelter tries to discharge to own housing: refused with the four missing conditions.
  const { dialog, missing } = await dischargeBlocked(page);
  await expect(missing).toHaveCount(4);
  await expect(missing.nth(0)).toContainText('Serviceloven § 110, stk. 5, nr. 1');
  await expect(missing.nth(0)).toContainText('handleplan (§ 141)');
  await expect(missing.nth(2)).toContainText('afgørelse om hjælp og støtte');
  await expect(missing.nth(3)).toContainText('lejeaftalen er ikke underskrevet');
  await expectAccessible(page, 'discharge dialog, blocked');
  await dialog.getByRole('button', { name: 'Annuller' }).click();

  // The caseworker adds what is missing.
  const caseworkerContext = await browser.newContext();
  const caseworkerPage = await caseworkerContext.newPage();
  await signIn(caseworkerPage, 'sagsbehandler@demo.hjemvej.dk');
  const caseworkerApi = await apiAs(caseworkerPage);
  await caseworkerApi.post(`/api/citizens/${citizenId}/plans`, {
    kind: '142',
    madeOn: daysAgo(7),
    goals: [{ lifeArea: 'housing', goal: 'Egen bolig inden for to måneder' }],
  });
  await caseworkerApi.post(`/api/citizens/${citizenId}/housing-allocations`, {
    address: 'Havnegade 12, st. tv.',
    allocatedOn: daysAgo(5),
    leaseSignedOn: daysAgo(2),
    plannedMoveInOn: daysAgo(0),
  });
  await caseworkerApi.post(`/api/citizens/${citizenId}/decisions`, {
    kind: '85a',
    method: 'cti',
    outcome: 'granted',
    decidedOn: daysAgo(1),
    periodFrom: daysAgo(0),
    reasons: 'Støtte i overgangen til egen bolig.',
  });
  await caseworkerContext.close();

  // The shelter's page now shows § 110 stk. 5 met, and the discharge succeeds.
  await dischargeWhenAllowed(page);
  await expectAccessible(page, 'citizen page after discharge');
});

test('the by-name list: a caseworker sees homeless citizens with warnings, sortable and filterable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');
  await page.goto('/by-name-list');
  await expect(page.getByRole('heading', { level: 1, name: 'Hjemløse borgere' })).toBeVisible();
  const table = page.getByTestId('by-name-list-table');
  await expect(table).toBeVisible();
  await page.getByRole('button', { name: 'Sortér efter Navn' }).click();
  await expect(page.getByRole('columnheader', { name: /Navn/ })).toHaveAttribute('aria-sort', 'ascending');
  // At 1280 px every column fits beside the navigation: nothing to scroll to, the warnings in view.
  const region = page.getByRole('region', { name: 'Hjemløse borgere' });
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('columnheader', { name: /Advarsler/ })).toBeInViewport();
  await expectAccessible(page, 'by-name list');

  // On a phone each person is a card with the same facts; the table is not shown.
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(table).toBeHidden();
  const cards = page.getByRole('list', { name: 'Hjemløse borgere' });
  const first = cards.getByRole('article').first();
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toBeVisible();
  await expect(first).toContainText('Kategori');
  await expect(first).toContainText('Næste skridt');
  await expect(first).toContainText('Advarsler');
  // Sorted by name as chosen on the desktop; the phone's own sort control says so and changes it.
  await expect(page.getByRole('combobox', { name: 'Sortér efter' })).toHaveValue('Navn');
  await page.getByRole('combobox', { name: 'Rækkefølge' }).click();
  await page.getByRole('option', { name: 'Faldende' }).click();
  await expect(page.getByRole('combobox', { name: 'Rækkefølge' })).toHaveValue('Faldende');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'by-name list on a phone');
});
