import { expect, test, type Page } from '@playwright/test';
import {
  chooseOption,
  expectAccessible,
  expectNoSidewaysScroll,
  expectTexts,
  openFromMainMenu,
  signedInPage,
  signIn,
  closeDialogWith,
} from './support';

async function openCitizen(page: Page, search: string, name: string): Promise<string> {
  await page.getByRole('link', { name: 'Borgere' }).first().click();
  await page.getByRole('searchbox', { name: 'Søg' }).fill(search);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('a caseworker records a consent, the partner sees exactly that, withdrawal cuts access; a network meeting decides; the leader sees where time goes', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const caseworker = await signedInPage(browser, 'sagsbehandler@demo.hjemvej.dk');
  const citizenPath = await openCitizen(caseworker, 'Jørgensen', 'Camilla Jørgensen');
  const citizenId = citizenPath.split('/').at(-1) ?? '';

  // The citizen consents to share identity and housing with the NGO, for a purpose, for a year.
  const consents = caseworker.getByTestId('consents-section');
  await consents.getByRole('button', { name: 'Registrer samtykke' }).click();
  const dialog = caseworker.getByRole('dialog', { name: 'Registrer borgerens samtykke' });
  await chooseOption(caseworker, dialog, 'Partner', 'Gadens Værested');
  await dialog.getByRole('checkbox', { name: /^Bolig/ }).check();
  await dialog.getByLabel('Formål').fill('Gadens Værested hjælper med møbler og flytning.');
  await expectAccessible(caseworker, 'consent dialog');
  await closeDialogWith(dialog, 'Registrer samtykke');
  const consentRow = caseworker.getByTestId('consents-table').getByRole('row', { name: /Gadens Værested/ });
  await expectTexts(consentRow, ['Identitet, Bolig', 'Gælder']);

  // A network meeting with a decision for the subsidies unit.
  const meetings = caseworker.getByTestId('meetings-section');
  await meetings.getByRole('button', { name: 'Nyt netværksmøde' }).click();
  const meetingDialog = caseworker.getByRole('dialog', { name: 'Nyt netværksmøde' });
  await meetingDialog.getByLabel('Titel').fill('Netværksmøde om bolig og møbler');
  await meetingDialog.getByLabel('Dagsorden').fill('Bolig\nMøbler');
  await meetingDialog.getByLabel('Referat').fill('Camilla vil gerne bo tæt på sin søster.');
  await expectAccessible(caseworker, 'network meeting dialog');
  await closeDialogWith(meetingDialog, 'Gem mødet');
  await meetings.getByRole('link', { name: 'Netværksmøde om bolig og møbler' }).click();
  await expect(caseworker.getByRole('heading', { level: 1, name: 'Netværksmøde om bolig og møbler' })).toBeVisible();
  await caseworker.getByRole('button', { name: 'Tilføj beslutning' }).click();
  const decision = caseworker.getByRole('dialog', { name: 'Ny beslutning' });
  await decision.getByLabel('Beslutning').fill('Søge depositumslån med Housing First haster');
  await chooseOption(caseworker, decision, 'Ansvarlig enhed', 'Tilskud (Demo Kommune)');
  await expectAccessible(caseworker, 'decision dialog');
  await closeDialogWith(decision, 'Tilføj beslutning');
  await expectTexts(caseworker.getByTestId('decisions-table'), ['Søge depositumslån med Housing First haster', 'Hele enheden']);
  await expectAccessible(caseworker, 'network meeting page');

  // The partner sees the citizen with exactly the consented categories: no contact, no CPR.
  const partner = await signedInPage(browser, 'partner@demo.hjemvej.dk');
  await expect(partner.getByRole('link', { name: 'Borgere', exact: true })).toHaveCount(0);
  await partner.getByRole('link', { name: 'Samtykkede borgere' }).first().click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Samtykkede borgere' })).toBeVisible();
  await expectAccessible(partner, 'partner list of consented citizens');
  await partner.getByRole('link', { name: 'Camilla Jørgensen' }).click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Camilla Jørgensen' })).toBeVisible();
  await expect(partner.getByRole('heading', { name: 'Bolig (boligsituation, anvist bolig)' })).toBeVisible();
  await expect(partner.getByRole('heading', { name: /^Kontakt/ })).toHaveCount(0);
  await expect(partner.getByRole('heading', { name: /Netværksmøder/ })).toHaveCount(0);
  await expect(partner.locator('main')).not.toContainText('CPR');
  await expectAccessible(partner, 'partner view of a consented citizen');
  // The citizen routes stay closed to the partner.
  await partner.goto(citizenPath);
  await expect(partner.getByRole('heading', { level: 1 })).not.toHaveText('Camilla Jørgensen');

  // The consent is withdrawn: the partner no longer sees the citizen.
  await caseworker.goto(citizenPath);
  await caseworker
    .getByTestId('consents-table')
    .getByRole('row', { name: /Gadens Værested/ })
    .getByRole('button', { name: 'Træk tilbage' })
    .click();
  const confirm = caseworker.getByRole('dialog', { name: 'Træk samtykket tilbage?' });
  await closeDialogWith(confirm, 'Træk tilbage');
  await expect(caseworker.getByTestId('consents-table').getByRole('row', { name: /Gadens Værested/ })).toContainText(
    'Trukket tilbage',
  );
  await partner.goto('/partner/citizens');
  await expect(partner.getByTestId('partner-citizens-table')).toBeVisible();
  await expect(partner.getByRole('link', { name: 'Camilla Jørgensen' })).toHaveCount(0);
  await partner.goto(`/partner/citizens/${citizenId}`);
  await expect(partner.getByRole('heading', { level: 1 })).not.toHaveText('Camilla Jørgensen');
  await expect(partner.locator('main')).not.toContainText('Camilla');

  // The leader sees where time goes and opens the citizens behind a bar.
  const leader = await signedInPage(browser, 'leder@demo.hjemvej.dk');
  await leader.getByRole('link', { name: 'Hvor går tiden?' }).first().click();
  await expect(leader.getByRole('heading', { level: 1, name: 'Hvor går tiden?' })).toBeVisible();
  const units = leader.getByTestId('chart-units-chart');
  await expect(units.getByRole('button', { name: /^Tilskud/ })).toBeVisible();
  await expectAccessible(leader, 'where time goes');
  await units.getByRole('button', { name: /^Tilskud/ }).click();
  await expect(leader.getByRole('heading', { name: 'Borgerne bag: Tilskud' })).toBeVisible();
  const behind = leader.getByTestId('behind-table');
  await expect(behind.getByRole('link').first()).toBeVisible();
  await expectAccessible(leader, 'citizens behind a bar');
  const first = behind.getByRole('link').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(leader.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('the shelter leader sees where time goes beside the law: the notification step marked past § 110, stk. 6', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'forstander@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Hvor går tiden?');
  await expect(page.getByRole('heading', { level: 1, name: 'Hvor går tiden?' })).toBeVisible();
  const steps = page.getByTestId('chart-steps-chart');
  const notify = steps.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Underret handlekommunen/ }) });
  await expectTexts(notify.getByTestId('legal-deadline'), ['Lovens frist: 3 hverdage', 'Serviceloven § 110, stk. 6']);
  // Said in words beside the bar, not by colour alone.
  await expect(notify.getByText(/over lovens frist/)).toBeVisible();
  await expectAccessible(page, 'where time goes, with the legal deadline');

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(notify.getByText(/over lovens frist/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'where time goes on a phone');
});
