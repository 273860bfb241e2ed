import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, openListPage, signIn, signOut, closeDialogWith } from './support';

test('an administrator adds a user who then signs in; deactivating ends their session at once', async ({ page, browser }) => {
  await signIn(page, 'admin@demo.hjemvej.dk');
  await expectAccessible(page, 'home (administrator)');

  await openListPage(page, { link: 'Brugere', table: 'users-table', contains: 'Søren Sagsbehandler', where: 'users' });

  const email = `ny.medarbejder.${Date.now()}@demo.hjemvej.dk`;
  await page.getByRole('button', { name: 'Opret bruger' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Navn').fill('Nina Nyansat');
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByRole('combobox', { name: 'Rolle' }).click();
  await page.getByRole('option', { name: /Medarbejder i enhed|Enhedsmedarbejder/ }).click();
  await dialog.getByRole('combobox', { name: 'Enheder' }).click();
  await page.getByRole('option', { name: 'Boliganvisning' }).click();
  await dialog.getByRole('combobox', { name: 'Enheder' }).press('Escape');
  await expectAccessible(page, 'create-user dialog');
  // Too short a password is explained next to the field.
  await dialog.getByLabel('Adgangskode').fill('kort');
  await dialog.getByRole('button', { name: 'Opret' }).click();
  await expect(dialog).toContainText('Skal være mindst 12 tegn.');
  await dialog.getByLabel('Adgangskode').fill('velkommen-til-hjemvej');
  await closeDialogWith(dialog, 'Opret');
  await expect(page.getByTestId('users-table')).toContainText('Nina Nyansat');

  // The new user signs in, in a browser of her own.
  const ninaContext = await browser.newContext();
  const nina = await ninaContext.newPage();
  await signIn(nina, email, 'velkommen-til-hjemvej');
  await expect(nina.getByRole('heading', { level: 1 })).toHaveText('Goddag, Nina Nyansat');
  // Her start page: her tasks, in her one unit.
  await expect(nina.getByTestId('start-my-tasks')).toContainText(/Dine enheders indbakker\s*Boliganvisning: \d+ åbne/);

  // The administrator deactivates her; her next step lands on the sign-in page.
  await page.getByRole('button', { name: 'Deaktiver Nina Nyansat' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deaktiver' }).click();
  await expect(page.getByTestId('users-table')).toContainText('Inaktiv');
  await nina.reload();
  await expect(nina.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await ninaContext.close();

  // The other administration pages, each checked for accessibility.
  for (const [link, heading, label] of [
    ['Enheder', 'Enheder', 'units'],
    ['Samarbejdspartnere', 'Samarbejdspartnere', 'partners'],
    ['Roller og rettigheder', 'Roller og rettigheder', 'roles'],
    ['Logning', 'Logning', 'audit log'],
  ] as const) {
    await page.getByRole('link', { name: link }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, label);
  }

  // The audit log shows who did what: the new user's sign-in and her deactivation.
  await expect(page.getByTestId('audit-table')).toContainText('Nina Nyansat');
  await signOut(page, 'Anne Administrator');
});

test('the audit log finds who read a citizen by the citizen’s name, on a desktop and on a phone', async ({ page, browser }) => {
  // A caseworker opens a citizen's page: that read is in the log.
  const caseworkerContext = await browser.newContext();
  const caseworker = await caseworkerContext.newPage();
  await signIn(caseworker, 'sagsbehandler@demo.hjemvej.dk');
  await caseworker.goto('/citizens');
  await caseworker.getByRole('searchbox', { name: 'Søg' }).fill('Dennis Frederiksen');
  await caseworker.getByRole('link', { name: 'Dennis Frederiksen' }).first().click();
  await expect(caseworker.getByRole('heading', { level: 1, name: /Dennis Frederiksen/ })).toBeVisible();
  await caseworkerContext.close();

  await signIn(page, 'admin@demo.hjemvej.dk');
  for (const [width, label] of [
    [1280, 'desktop'],
    [375, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Logning' })).toBeVisible();
    const citizen = page.getByRole('textbox', { name: 'Borger (navn eller CPR-nr.)' });
    // Half a CPR number is refused next to the field.
    await citizen.fill('1234');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByText('CPR-nummeret skal skrives som ddmmåå-xxxx eller med 10 cifre.')).toBeVisible();
    await citizen.fill('Dennis Frederiksen');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const table = page.getByTestId('audit-table');
    // The citizen by name, the action in words, and who: never a raw code as the main text.
    await expect(table).toContainText('Dennis Frederiksen');
    await expect(table).toContainText('Så borgerens side');
    await expect(table).toContainText('Søren Sagsbehandler');
    await expect(table).not.toContainText('citizen.page');
    // The administrator reaches no citizen by need-to-know: the name is no link.
    await expect(table.getByRole('link', { name: 'Dennis Frederiksen' })).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, `audit log by citizen name (${label})`);
  }
});

test('a phone-sized screen gets the menu behind a burger and no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'admin@demo.hjemvej.dk');
  await page.getByRole('button', { name: 'Åbn menu' }).click();
  await page.getByRole('link', { name: 'Brugere' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'users on a phone');
});

test('the system administrator starts from the organisations and finds one organisation’s users', async ({ page }) => {
  await signIn(page, 'drift@demo.hjemvej.dk');
  const block = page.getByRole('region', { name: 'Organisationer' });
  await expect(block.getByTestId('start-organisations-summary')).toContainText('organisationer med');
  await expectAccessible(page, 'home (system administrator)');
  await block.getByRole('link', { name: 'Se alle organisationer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  const table = page.getByTestId('organisations-table');
  await expect(table).toContainText('Forsorgshjemmet Havnely');
  await expect(table).toContainText('Herberg');
  await expectAccessible(page, 'organisations');
  await table.getByRole('link', { name: 'Se brugerne i Nabo Kommune' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Nabo Kommune');
  const users = page.getByTestId('users-table');
  await expect(users).toContainText('Niels Nabo');
  await expect(users).not.toContainText('Anne Administrator');
  await expect(users.getByRole('columnheader', { name: 'Organisation' })).toBeVisible();
  await expectAccessible(page, 'users of one organisation');
  // All organisations again: the list spans them, each user's organisation named.
  await page.getByLabel('Ryd organisation').click();
  await expect(users).toContainText('Anne Administrator');

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/organisations');
  await expect(page.getByTestId('organisations-table')).toContainText('Nabo Kommune');
  await expectAccessible(page, 'organisations on a phone');
});
