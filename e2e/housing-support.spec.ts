import { expect, test } from '@playwright/test';
import {
  addHousingSituation,
  answerThreeMonthFollowUp,
  chooseOption,
  daysAgo,
  expectAccessible,
  expectTexts,
  registerCitizen,
  signIn,
  signOut,
  closeDialogWith,
} from './support';

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
  const citizenPath = await registerCitizen(page, { cpr, firstName: 'Bente', lastName });
  await addHousingSituation(page, 'Gadesovende', daysAgo(90));

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
  await closeDialogWith(allocate, 'Registrer anvisning');
  const card = allocations.getByTestId('allocation-card');
  await expectTexts(card, ['Solsikkevej 4', 'Anvist', '3.500 kr. om måneden']);

  // The lease is signed; then the move-in.
  await card.getByRole('button', { name: 'Ret anvisning' }).click();
  const edit = page.getByRole('dialog', { name: 'Ret anvisning' });
  await edit.getByLabel('Lejekontrakt underskrevet den').fill(daysAgo(20));
  await edit.getByLabel('Planlagt indflytning').fill(daysAgo(14));
  await expectAccessible(page, 'edit allocation dialog');
  await closeDialogWith(edit, 'Gem');
  await expect(card).toContainText('Lejekontrakt underskrevet');
  await card.getByRole('button', { name: 'Registrer indflytning' }).click();
  const moveIn = page.getByRole('dialog', { name: 'Registrer indflytning' });
  await expect(moveIn.getByLabel('Indflytningsdato')).toHaveValue(daysAgo(14).split('-').reverse().join('.'));
  await expectAccessible(page, 'move-in dialog');
  await closeDialogWith(moveIn, 'Registrer indflytning');
  await expect(card).toContainText('Flyttet ind');
  await expect(page.getByTestId('housing-now')).toContainText('Egen bolig med lejekontrakt');

  // A CTI course with the support worker of the CTI team.
  const courses = page.getByTestId('support-courses');
  await courses.getByRole('button', { name: 'Start støtteforløb' }).click();
  const start = page.getByRole('dialog', { name: 'Start støtteforløb' });
  await start.getByRole('radio', { name: /CTI – Critical Time Intervention/ }).check();
  await chooseOption(page, start, 'Team', 'CTI-team', { exact: true });
  await chooseOption(page, start, 'Støttemedarbejder', 'Sofie Støttemedarbejder', { exact: true });
  await start.getByLabel('Startdato').fill(daysAgo(25));
  await expectAccessible(page, 'start support course dialog');
  await closeDialogWith(start, 'Start støtteforløb');
  const course = courses.getByTestId('support-course-card');
  await expectTexts(course, ['CTI-team', 'Sofie Støttemedarbejder']);
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
  await expectTexts(supportCourse.getByTestId('contact-list'), ['køleskab mangler', 'Sofie Støttemedarbejder']);

  const phaseOne = supportCourse.getByTestId('cti-phase-1');
  await phaseOne.getByRole('button', { name: 'Start fase 1' }).click();
  const startPhase = support.getByRole('dialog', { name: 'Start fase 1' });
  await expectAccessible(support, 'start phase dialog (375 px)');
  await closeDialogWith(startPhase, 'Start fase 1');
  await expect(phaseOne).toContainText('Startet');
  const item = phaseOne.getByRole('checkbox', { name: /Boligen er indrettet/ });
  await item.check();
  await expect(item).toBeChecked();
  await expect(phaseOne).toContainText('Tjekliste (1 af 6)');
  await expectAccessible(support, 'citizen page (support worker, 375 px)');
  const timeline = support.getByTestId('timeline-list');
  await expectTexts(timeline, ['CTI fase 1 startet: Overgang', 'Kontakt: Besøg']);

  // A follow-up finds that the home was lost: the citizen is back on the homeless list.
  const followUp = await answerThreeMonthFollowUp(support, 'Nej, har mistet boligen');
  await expect(followUp).toContainText('Borgeren kommer tilbage på listen over hjemløse');
  await followUp.getByRole('combobox', { name: 'Hvor opholder borgeren sig nu?' }).click();
  await support.getByRole('option', { name: 'Midlertidigt hos familie/venner' }).click();
  await expectAccessible(support, 'follow-up dialog (375 px)');
  await closeDialogWith(followUp, 'Gem: har mistet boligen');
  await expectTexts(support.getByTestId('housing-now'), ['Midlertidigt hos familie/venner', 'Hjemløs']);
  await expect(support.getByTestId('returned-from-housing')).toBeVisible();
  await expect(timeline).toContainText('Mistede boligen og er igen hjemløs');
  await expectAccessible(support, 'citizen page after the lost home');
  await supportContext.close();
});
