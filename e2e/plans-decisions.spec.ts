import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectTexts, fillHousingFirstDecision, registerCitizen, signIn, closeDialogWith } from './support';

/**
 * The letter is shown in a sandboxed frame where no script may run, so axe cannot enter it: the
 * dialog around it is checked with the frame left out, and the letter itself on its own page.
 */
async function expectLetterAccessible(page: Page, html: string): Promise<void> {
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const dialog = await new AxeBuilder({ page }).withTags(wcag).exclude('[data-testid="letter-frame"]').analyze();
  const letterPage = await page.context().newPage();
  await letterPage.setContent(html);
  const letter = await new AxeBuilder({ page: letterPage }).withTags(wcag).analyze();
  await letterPage.close();
  const serious = [...dialog.violations, ...letter.violations]
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious, 'accessibility of the letter dialog and the letter').toEqual([]);
}

test('a caseworker assesses a citizen, makes a § 141 plan and changes it, compares the versions, decides § 85 a support against the wish of provider and opens the letter', async ({
  page,
}) => {
  test.setTimeout(180_000); // a long journey with axe on eleven pages and dialogs
  // A CPR number of its own per run (a real date in 1982, serial from the clock), so a rerun on
  // the same database does not meet the earlier record as a possible duplicate.
  const now = Date.now();
  const day = String(1 + (now % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(now / 28) % 12)).padStart(2, '0');
  const cpr = `${day}${month}82-1${String(now).slice(-3)}`;
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');

  // Register the citizen in the municipality.
  await page.getByRole('link', { name: 'Borgere' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  const citizenPath = await registerCitizen(page, { cpr, firstName: 'Mads', lastName: 'Planløs' });
  await expect(page.getByTestId('assessments-table')).toContainText('Der er endnu ingen vurderinger');
  await expectAccessible(page, 'citizen page without course records');

  // A VUM 2.0 assessment with the citizen's own view in their own words.
  await page.getByRole('button', { name: 'Ny vurdering' }).click();
  const assessment = page.getByRole('dialog', { name: 'Ny vurdering (VUM 2.0)' });
  await assessment
    .getByLabel('Borgerens eget syn – med borgerens egne ord')
    .fill('Jeg vil have mit eget sted og se min datter igen.');
  const social = assessment.getByTestId('assessment-area-social_conditions');
  await social.getByLabel('Funktionsniveau').selectOption({ label: 'Svært nedsat' });
  await social.getByLabel('Støttebehov').selectOption({ label: 'Højt' });
  await social.getByLabel('Måltype').selectOption({ label: 'Udvikle' });
  await social.getByLabel('Bemærkning').fill('Har ingen bolig og gæld til boligselskab.');
  await expectAccessible(page, 'assessment dialog');
  await closeDialogWith(assessment, 'Gem');
  await expectTexts(page.getByTestId('assessments-table'), ['1 af 11 områder vurderet', 'Jeg vil have mit eget sted']);

  // A § 141 plan with a goal, a responsible person and a follow-up.
  await page.getByRole('button', { name: 'Ny plan' }).click();
  const planDialog = page.getByRole('dialog', { name: 'Ny plan' });
  await planDialog.getByRole('radio', { name: '§ 141 handleplan' }).check();
  await planDialog.getByLabel('Borgerens egne ønsker og mål').fill('En lejlighed tæt på min datter.');
  await planDialog.getByRole('button', { name: 'Tilføj mål' }).click();
  await planDialog.getByLabel('Livsområde').selectOption({ label: 'Bolig' });
  await planDialog.getByRole('textbox', { name: 'Mål', exact: true }).fill('Egen bolig inden for tre måneder');
  await planDialog.getByRole('button', { name: 'Tilføj ansvarlig' }).click();
  await planDialog.getByLabel('Navn').fill('Søren Sagsbehandler');
  await planDialog.getByRole('button', { name: 'Tilføj opfølgning' }).click();
  await planDialog.getByLabel('Dato').fill('2030-01-15');
  await expectAccessible(page, 'plan dialog');
  await closeDialogWith(planDialog, 'Gem');

  // The plan's own page: change it (version 2) and compare the versions.
  await page.getByRole('link', { name: /§ 141 handleplan af/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /§ 141 handleplan – Mads Planløs/ })).toBeVisible();
  await expect(page.getByTestId('plan-goals')).toContainText('Egen bolig inden for tre måneder');
  await expect(page.getByText('Der er kun én version')).toBeVisible();
  await expectAccessible(page, 'plan page (one version)');
  await page.getByRole('button', { name: 'Rediger plan' }).click();
  const editPlan = page.getByRole('dialog', { name: 'Rediger plan (ny version)' });
  await editPlan.getByRole('textbox', { name: 'Mål', exact: true }).fill('Egen bolig inden for to måneder');
  await editPlan.getByRole('button', { name: 'Tilføj mål' }).click();
  await editPlan.getByTestId('plan-goal').nth(1).getByLabel('Livsområde').selectOption({ label: 'Økonomi' });
  await editPlan
    .getByTestId('plan-goal')
    .nth(1)
    .getByRole('textbox', { name: 'Mål', exact: true })
    .fill('Afdragsordning på gælden');
  await closeDialogWith(editPlan, 'Gem');
  await expect(page.getByText('Version 2, senest gemt af')).toBeVisible();
  const versions = page.getByTestId('plan-versions');
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions).toContainText('Første version');
  const comparison = page.getByTestId('plan-compare');
  await expectTexts(comparison, [
    'Egen bolig inden for tre måneder',
    'Egen bolig inden for to måneder',
    'Tilføjet',
    'Afdragsordning på gælden',
  ]);
  await expectAccessible(page, 'plan page (versions compared)');

  // Printed, the plan is a record: title, citizen, dates and content, without the app around it.
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#main-navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Rediger plan' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /§ 141 handleplan – Mads Planløs/ })).toBeVisible();
  await expect(page.getByTestId('plan-goals')).toContainText('Afdragsordning på gælden');
  await expect(page.getByTestId('plan-versions')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Back on the citizen page: a § 85 a decision that does not follow the citizen's wish.
  await page.getByRole('link', { name: /Tilbage til Mads Planløs/ }).click();
  await expect(page).toHaveURL(new RegExp(`${citizenPath}$`));
  const decision = await fillHousingFirstDecision(page, 'ICM', 'Du har brug for støtte til at få og beholde en bolig.');
  await decision.getByLabel('Borgerens ønske om leverandør').fill('Kirkens Korshær');
  await decision.getByRole('radio', { name: 'Nej' }).check();
  await expectAccessible(page, 'decision dialog');
  // Without the reason the server refuses and quotes the law next to the field.
  await decision.getByRole('button', { name: 'Gem' }).click();
  const reasonField = decision.getByLabel('Begrundelse for ikke at følge ønsket');
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  // The server's plain-Danish message, next to the field (its description), quoting the paragraph.
  const reasonError = page.locator(`#${await reasonField.getAttribute('id')}-error`);
  await expect(reasonError).toContainText('følger ikke borgerens ønske om leverandør (Kirkens Korshær)');
  await expect(reasonError).toContainText('§ 85 a');
  await expectAccessible(page, 'decision dialog refused');
  await reasonField.fill('Kommunens eget ICM-team har plads nu; Kirkens Korshær har ventetid på fire måneder.');
  await closeDialogWith(decision, 'Gem');
  const decisions = page.getByTestId('decisions-table');
  await expectTexts(decisions, ['§ 85 a – ICM', 'Ønsket Kirkens Korshær ikke fulgt']);

  // The timeline shows the three new kinds.
  const events = page.getByTestId('timeline-list');
  await expectTexts(events, [
    'Vurdering efter VUM 2.0',
    '§ 141 handleplan ændret (version 2)',
    'Afgørelse: § 85 a – ICM – Bevilget',
  ]);
  await expectAccessible(page, 'citizen page with course records');

  // The decision's page and the letter to the citizen.
  await decisions.getByRole('link', { name: '§ 85 a – ICM' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Afgørelse: § 85 a – ICM/ })).toBeVisible();
  await expect(page.getByTestId('decision-content')).toContainText('Klagevejledning');
  await expectAccessible(page, 'decision page');
  await page.getByRole('button', { name: 'Brev til borgeren' }).click();
  const letter = page.getByRole('dialog', { name: 'Brev til borgeren' });
  await expect(letter.getByTestId('letter-subject')).not.toBeEmpty();
  const letterBody = page.frameLocator('[data-testid="letter-frame"]').locator('body');
  await expectTexts(letterBody, ['Kirkens Korshær', 'ventetid på fire måneder']);
  await expect(letter.getByRole('button', { name: 'Udskriv' })).toBeEnabled();
  // Ctrl+P with the letter open prints the letter alone, at its whole length.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(letter.getByTestId('letter-subject')).toBeHidden();
  await expect(page.getByTestId('letter-frame')).toBeVisible();
  const letterHeight = await page.getByTestId('letter-frame').evaluate((frame) => frame.getBoundingClientRect().height);
  const letterLength = await page
    .getByTestId('letter-frame')
    .evaluate((frame) => (frame as HTMLIFrameElement).contentDocument?.documentElement.scrollHeight ?? Infinity);
  expect(letterHeight).toBeGreaterThanOrEqual(letterLength);
  await page.emulateMedia({ media: 'screen' });
  const html = await page.getByTestId('letter-frame').getAttribute('srcdoc');
  expect(html).toContain('<!doctype html>');
  await expectLetterAccessible(page, html ?? '');
});
