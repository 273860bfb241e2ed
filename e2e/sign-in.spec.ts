import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, signIn, signOut } from './support';

test('a caseworker signs in, switches to English and back, and signs out', async ({ page }) => {
  test.setTimeout(120_000); // axe on four pages, the start page's lists included
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expectAccessible(page, 'sign-in');

  // A wrong password gets a clear message.
  await page.getByLabel('E-mail').fill('sagsbehandler@demo.hjemvej.dk');
  await page.getByLabel('Adgangskode', { exact: true }).fill('forkert-kodeord');
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('E-mail eller adgangskode er forkert.');
  await expectAccessible(page, 'sign-in with error');

  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goddag, Søren Sagsbehandler');
  await expect(page.getByTestId('home-role')).toContainText('Demo Kommune');
  // A caseworker has no administration pages.
  await expect(page.getByRole('link', { name: 'Brugere' })).toHaveCount(0);
  // The start page says what is hers and what is due: her tasks, and the citizens who need action.
  await expect(page.getByRole('region', { name: 'Mine opgaver' })).toContainText(/åbne? opgaver?/);
  const attention = page.getByRole('region', { name: 'Borgere der kræver handling' });
  await expect(attention).toContainText(/borgere på den navngivne liste/);
  await expect(attention.getByText(/Næste skridt:/).first()).toBeVisible();
  await expectAccessible(page, 'home (caseworker)');

  // Switch to English: the UI follows, and the choice is remembered after a reload.
  await page.getByRole('button', { name: /EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Søren Sagsbehandler');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Søren Sagsbehandler');
  await expectAccessible(page, 'home in English');

  // And back: the server remembers Danish again (later journeys sign in as this user).
  await page.getByRole('button', { name: /DA/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goddag, Søren Sagsbehandler');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  await signOut(page, 'Søren Sagsbehandler');
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();

  // Signed out means signed out: the API refuses the old session.
  const session = await page.request.get('/api/auth/session');
  expect((await session.json()) as { user: unknown }).toMatchObject({ user: null });
});

test('a support worker’s start page on a phone: her citizens in CTI, the longest unseen first', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, 'stoette@demo.hjemvej.dk');
  const caseload = page.getByRole('region', { name: 'Mine borgere i støtteforløb' });
  await expect(caseload.getByTestId('start-caseload-summary')).toContainText(/åbne? forløb/);
  await expect(caseload.getByText(/Sidste kontakt|Ingen kontakt endnu/).first()).toBeVisible();
  // Her tasks come after her citizens.
  await expect(page.getByRole('region', { name: 'Mine opgaver' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'home (support worker, phone)');
  // A citizen opens from the list.
  await caseload.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/citizens\/[0-9a-f-]{36}$/);
});

test('a shelter leader’s start page: the residents now and what the law asks of the shelter', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, 'forstander@demo.hjemvej.dk');
  const residents = page.getByRole('region', { name: 'Beboere nu' });
  await expect(residents.getByTestId('start-residents-summary')).toContainText(/beboere? på herberget nu/);
  await expect(residents).toContainText('Ophold over 2 måneder');
  await expect(residents).toContainText('§ 142-plan');
  await expectAccessible(page, 'home (shelter leader, phone)');
  await expectNoSidewaysScroll(page);
  await residents.getByRole('link', { name: 'Se beboerne' }).click();
  await expect(page).toHaveURL(/\/by-name-list$/);
});
