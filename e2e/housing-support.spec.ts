import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn, signOut } from './support';

/** An ISO date `days` before today in Denmark. */
function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function chooseOption(page: Page, dialog: ReturnType<Page['getByRole']>, label: string, option: string) {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('housing first: allocation, lease and move-in, a CTI course with contacts and checklist, a lost home back on the homeless list', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const cpr = `150482-${String(Date.now()).slice(-4)}`;
  const lastName = `Hjemvej${String(Date.now()).slice(-5)}`;
  const fullName = `Bente ${lastName}`;

  // The caseworker registers the citizen and the housing situation: sleeping rough.
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');
  await page.getByRole('link', { name: 'Borgere' }).first().click();
  await page.getByRole('button', { name: 'Registrer borger' }).click();
  const register = page.getByRole('dialog', { name: 'Registrer borger' });
  await register.getByRole('textbox', { name: 'CPR-nummer' }).fill(cpr);
  await register.getByLabel('Fornavn').fill('Bente');
  await register.getByLabel('Efternavn').fill(lastName);
  await register.getByRole('button', { name: 'Registrer borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  const citizenPath = new URL(page.url()).pathname;

  await page.getByRole('button', { name: 'Tilføj boligsituation' }).click();
  const housing = page.getByRole('dialog', { name: 'Tilføj boligsituation' });
  await housing.getByRole('combobox', { name: 'Boligsituation' }).click();
  await page.getByRole('option', { name: 'Gadesovende' }).click();
  await housing.getByLabel('Fra', { exact: true }).fill(daysAgo(90));
  await housing.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByTestId('housing-now')).toContainText('Gadesovende');

  // Allocation of own housing.
  const allocations = page.getByTestId('allocations');
  await expect(allocations).toContainText('Borgeren har endnu ikke fået anvist en bolig.');
  await allocations.getByRole('button', { name: 'Registrer anvisning' }).click();
  const allocate = page.getByRole('dialog', { name: 'Registrer anvisning af bolig' });
  await expectAccessible(page, 'allocation dialog');
  await allocate.getByLabel('Adresse').fill('Solsikkevej 4, 1. th., 5000 Odense C');
  await allocate.getByLabel('Udlejer').fill('Afdeling 12');
  await allocate.getByLabel('Husleje pr. måned').fill('3500');
  await allocate.getByLabel('Værelser').fill('2');
  await allocate.getByLabel('Anvist den').fill(daysAgo(30));
  // An impossible sequence: the lease signed before the allocation is named next to the field.
  await allocate.getByLabel('Lejekontrakt underskrevet den').fill(daysAgo(40));
  await allocate.getByRole('button', { name: 'Registrer anvisning' }).click();
  await expect(allocate.getByLabel('Lejekontrakt underskrevet den')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'allocation dialog with an error');
  await allocate.getByLabel('Lejekontrakt underskrevet den').fill('');
  await allocate.getByRole('button', { name: 'Registrer anvisning' }).click();
  await expect(allocate).toBeHidden();
  const card = allocations.getByTestId('allocation-card');
  await expect(card).toContainText('Solsikkevej 4');
  await expect(card).toContainText('Anvist');
  await expect(card).toContainText('3.500 kr. om måneden');

  // The lease is signed; then the move-in.
  await card.getByRole('button', { name: 'Ret anvisning' }).click();
  const edit = page.getByRole('dialog', { name: 'Ret anvisning' });
  await edit.getByLabel('Lejekontrakt underskrevet den').fill(daysAgo(20));
  await edit.getByLabel('Planlagt indflytning').fill(daysAgo(14));
  await expectAccessible(page, 'edit allocation dialog');
  await edit.getByRole('button', { name: 'Gem' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Lejekontrakt underskrevet');
  await card.getByRole('button', { name: 'Registrer indflytning' }).click();
  const moveIn = page.getByRole('dialog', { name: 'Registrer indflytning' });
  await expect(moveIn.getByLabel('Indflytningsdato')).toHaveValue(daysAgo(14).split('-').reverse().join('.'));
  await expectAccessible(page, 'move-in dialog');
  await moveIn.getByRole('button', { name: 'Registrer indflytning' }).click();
  await expect(moveIn).toBeHidden();
  await expect(card).toContainText('Flyttet ind');
  await expect(page.getByTestId('housing-now')).toContainText('Egen bolig med lejekontrakt');

  // A CTI course with the support worker of the CTI team.
  const courses = page.getByTestId('support-courses');
  await courses.getByRole('button', { name: 'Start støtteforløb' }).click();
  const start = page.getByRole('dialog', { name: 'Start støtteforløb' });
  await start.getByRole('radio', { name: /CTI – Critical Time Intervention/ }).check();
  await chooseOption(page, start, 'Team', 'CTI-team');
  await chooseOption(page, start, 'Støttemedarbejder', 'Sofie Støttemedarbejder');
  await start.getByLabel('Startdato').fill(daysAgo(25));
  await expectAccessible(page, 'start support course dialog');
  await start.getByRole('button', { name: 'Start støtteforløb' }).click();
  await expect(start).toBeHidden();
  const course = courses.getByTestId('support-course-card');
  await expect(course).toContainText('CTI-team');
  await expect(course).toContainText('Sofie Støttemedarbejder');
  await expect(course.getByTestId('cti-bar')).toContainText('Kontaktetablering');
  await expectAccessible(page, 'citizen page with allocation and course (caseworker)');

  // The support worker, in the field: logs a visit, starts phase 1 and ticks off an item.
  const supportContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const support = await supportContext.newPage();
  await signIn(support, 'stoette@demo.hjemvej.dk');
  await signOut(page, 'Søren');
  await support.goto(citizenPath);
  await expect(support.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  const supportCourse = support.getByTestId('support-course-card');
  await expect(supportCourse.getByRole('radio', { name: 'Besøg' })).toBeChecked();
  await supportCourse.getByLabel('Notat').fill('Hjemmebesøg: køleskab mangler, aftalt tur til genbrug.');
  await supportCourse.getByRole('button', { name: 'Gem kontakt' }).click();
  await expect(supportCourse.getByTestId('contact-list')).toContainText('køleskab mangler');
  await expect(supportCourse.getByTestId('contact-list')).toContainText('Sofie Støttemedarbejder');

  const phaseOne = supportCourse.getByTestId('cti-phase-1');
  await phaseOne.getByRole('button', { name: 'Start fase 1' }).click();
  const startPhase = support.getByRole('dialog', { name: 'Start fase 1' });
  await expectAccessible(support, 'start phase dialog (375 px)');
  await startPhase.getByRole('button', { name: 'Start fase 1' }).click();
  await expect(startPhase).toBeHidden();
  await expect(phaseOne).toContainText('Startet');
  const item = phaseOne.getByRole('checkbox', { name: /Boligen er indrettet/ });
  await item.check();
  await expect(item).toBeChecked();
  await expect(phaseOne).toContainText('Tjekliste (1 af 6)');
  await expectAccessible(support, 'citizen page (support worker, 375 px)');
  const timeline = support.getByTestId('timeline-list');
  await expect(timeline).toContainText('CTI fase 1 startet: Overgang');
  await expect(timeline).toContainText('Kontakt: Besøg');

  // A follow-up finds that the home was lost: the citizen is back on the homeless list.
  const followUps = support.getByTestId('follow-ups');
  await followUps
    .getByTestId('follow-up-3')
    .getByRole('button', { name: /Registrer opfølgning efter 3 måneder/ })
    .click();
  const followUp = support.getByRole('dialog', { name: 'Opfølgning efter 3 måneder' });
  await followUp.getByRole('radio', { name: 'Nej, har mistet boligen' }).check();
  await expect(followUp).toContainText('Borgeren kommer tilbage på listen over hjemløse');
  await followUp.getByRole('combobox', { name: 'Hvor opholder borgeren sig nu?' }).click();
  await support.getByRole('option', { name: 'Midlertidigt hos familie/venner' }).click();
  await expectAccessible(support, 'follow-up dialog (375 px)');
  await followUp.getByRole('button', { name: 'Gem: har mistet boligen' }).click();
  await expect(followUp).toBeHidden();
  await expect(support.getByTestId('housing-now')).toContainText('Midlertidigt hos familie/venner');
  await expect(support.getByTestId('housing-now')).toContainText('Hjemløs');
  await expect(support.getByTestId('returned-from-housing')).toBeVisible();
  await expect(timeline).toContainText('Mistede boligen og er igen hjemløs');
  await expectAccessible(support, 'citizen page after the lost home');
  await supportContext.close();
});
