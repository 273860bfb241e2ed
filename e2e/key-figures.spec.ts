/**
 * The key figures as new users meet them: the leader opens the dashboard, sees retention (K3)
 * per method, opens a figure onto the citizens behind it, and sees the later figures (K9, K11,
 * K15, K16) with their people; the national consultant compares municipalities, sees "<5"
 * where cells are small, and cannot reach any person.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, openFromMainMenu, signIn, switchUser } from './support';

test('the leader opens retention per method onto its citizens; the national consultant sees "<5" and reaches no person', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'leder@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Nøgletal', { exact: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Nøgletal' })).toBeVisible();

  // Retention (K3) at 3 months, per method: the chart's table lists the methods.
  await page.getByRole('button', { name: 'Bor stadig i egen bolig efter 3 måneder' }).click();
  const detail = page.getByTestId('measure-detail');
  await expect(detail.getByRole('heading', { level: 2, name: 'Bor stadig i egen bolig efter 3 måneder' })).toBeVisible();
  const byMethod = detail.getByTestId('table-group-chart');
  await expect(byMethod.getByRole('rowheader', { name: 'CTI', exact: true })).toBeVisible();
  await expect(byMethod.getByRole('rowheader', { name: 'ICM', exact: true })).toBeVisible();
  await expectAccessible(page, 'the key figures dashboard');

  // Method fidelity (K14): the demo CTI team's two measurements, latest beside previous, in the radar's table.
  const fidelity = page.getByTestId('dashboard-fidelity').getByTestId('fidelity-table-cti');
  await expect(fidelity.getByRole('rowheader', { name: 'Tidsafgrænset' })).toBeVisible();
  await expect(fidelity.getByRole('row', { name: /Samlet 88,9 %/ })).toBeVisible();

  // The CTI row opens onto the citizens behind it.
  await byMethod.getByRole('button', { name: /^CTI: \d+ af \d+\. Vis borgerne\.$/ }).click();
  const behind = page.getByTestId('behind-table');
  await expect(page.getByRole('heading', { level: 2, name: /Bor stadig i egen bolig efter 3 måneder · CTI/ })).toBeFocused();
  await expect(behind.getByRole('link').first()).toBeVisible();
  const citizenLinks = behind.getByRole('link');
  expect(await citizenLinks.count()).toBeGreaterThan(0);
  const citizenHref = (await citizenLinks.first().getAttribute('href')) ?? '';
  expect(citizenHref).toMatch(/^\/citizens\/[0-9a-f-]{36}$/);

  // The later figures are computed, each with its people: reimbursement days (K16) here.
  for (const id of ['k9_lawful_discharge', 'k11_waiting_days', 'k15_registration_overdue', 'k16_over_reimbursement_limit'])
    await expect(page.getByTestId(`headline-${id}`)).not.toHaveText('–');
  const k16 = page.locator('.measure', { has: page.getByTestId('headline-k16_over_reimbursement_limit') });
  await k16.getByRole('button', { name: /^af \d+$/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Borgere over refusionsgrænsen/ })).toBeFocused();
  await expect(behind.getByRole('link').first()).toBeVisible();
  await expectAccessible(page, 'the citizens behind a key figure');

  // And the name opens the citizen.
  await behind.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The national consultant: suppressed figures side by side, and no person anywhere.
  await switchUser(page, 'Lars Leder', 'konsulent@demo.hjemvej.dk');
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Nøgletal på landsplan', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nøgletal på landsplan' })).toBeVisible();
  // Retention at 3 months (the view opens on it) per municipality: Lystrup's three citizens are hidden.
  const table = page.getByTestId('national-table');
  await expect(
    page.getByRole('caption').filter({ hasText: 'Bor stadig i egen bolig efter 3 måneder pr. kommune' }),
  ).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Demo Kommune' })).toBeVisible();
  await expect(table.getByRole('cell', { name: '<5', exact: true }).first()).toBeVisible();
  await expect(page.locator('a[href^="/citizens"]')).toHaveCount(0);
  await expectAccessible(page, 'the national view');

  // A new figure in the national view, suppressed like the rest.
  await page.getByRole('combobox', { name: 'Nøgletal' }).click();
  await page.getByRole('option', { name: 'Borgere over refusionsgrænsen i det løbende år' }).click();
  await expect(
    page.getByRole('caption').filter({ hasText: 'Borgere over refusionsgrænsen i det løbende år pr. kommune' }),
  ).toBeVisible();
  await expect(page.locator('a[href^="/citizens"]')).toHaveCount(0);

  // No person: the citizen page the leader opened is closed to her (no access, no person shown), the API answers not
  // found or forbidden, and so does the drill-down.
  await page.goto(citizenHref);
  await expect(page.getByRole('heading', { level: 1, name: /Ingen adgang|findes ikke/ })).toBeVisible();
  const citizenApi = await page.request.get(`/api${citizenHref}`);
  expect([403, 404]).toContain(citizenApi.status());
  const today = new Date().toISOString().slice(0, 10);
  const drill = await page.request.get(
    `/api/key-figures/citizens?from=${today}&to=${today}&referenceDate=${today}&measure=k3_retained_3m&part=numerator`,
  );
  expect([403, 404]).toContain(drill.status());
});
