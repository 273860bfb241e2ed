/**
 * One new citizen through the whole course, in the browser only, by three users of the demo:
 * the shelter registers the admission with the intake conversation and notifies the
 * handlekommune; the caseworker assesses, makes the § 142 plan and the § 85 a CTI decision;
 * the shelter's discharge to own housing is blocked with the list of what is missing; the
 * caseworker allocates the home with lease and move-in date; the discharge is then allowed;
 * the support worker finds the citizen, starts the CTI course that delivers the decision and
 * logs a contact; a follow-up is recorded; the timeline shows it all, each version on its own.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  answerThreeMonthFollowUp,
  chooseOption,
  dischargeBlocked,
  dischargeWhenAllowed,
  expectAccessible,
  expectTexts,
  fillCitizenIdentity,
  fillHousingFirstDecision,
  fillIntakeConversation,
  signIn,
  closeDialogWith,
} from './support';

/** From the home page's links, opens the citizen by searching the citizens list, as a new user would. */
async function findCitizen(page: Page, search: string, name: string) {
  await page
    .getByRole('main')
    .getByRole('link', { name: /^(Borgere|Beboere)$/ })
    .click();
  await page.getByRole('searchbox', { name: 'Søg' }).fill(search);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('one citizen from admission to a kept home: shelter, caseworker and support worker', async ({ browser }) => {
  test.setTimeout(240_000); // a long journey with axe on many pages and dialogs
  const now = Date.now();
  const day = String(1 + (now % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(now / 28) % 12)).padStart(2, '0');
  const cpr = `${day}${month}77-2${String(now).slice(-3)}`;
  const lastName = `Forløb${String(now).slice(-5)}`;
  const name = `Tove ${lastName}`;

  // ── The shelter: admission with the intake conversation, and the notification ────────────
  const shelterContext = await browser.newContext();
  const shelter = await shelterContext.newPage();
  await signIn(shelter, 'herberg@demo.hjemvej.dk');
  await shelter.getByRole('link', { name: 'Beboere', exact: true }).first().click();
  await shelter.getByRole('button', { name: 'Registrer borger' }).click();
  const register = shelter.getByRole('dialog', { name: 'Registrer borger' });
  await fillCitizenIdentity(register, { cpr, firstName: 'Tove', lastName });
  await register.getByRole('radio', { name: 'Selvhenvendt' }).check();
  await fillIntakeConversation(shelter, register, {
    cameFrom: 'Sov i en opgang på Nørregade',
    homeMunicipality: 'Demo Kommune',
    livedWhere: 'Egen lejlighed til for et år siden, siden hos veninder',
    whyHomeless: 'Samlivsbrud og huslejerestance',
    problems: ['Psykiatri', 'Gæld'],
    handlekommune: 'Demo Kommune',
  });
  await register.getByRole('button', { name: 'Registrer borger' }).click();
  await expect(shelter.getByRole('heading', { level: 1, name })).toBeVisible();
  const citizenPath = new URL(shelter.url()).pathname;
  const stay = shelter.getByTestId('stay-card');
  await expect(stay).toContainText('Forsorgshjemmet Havnely');
  await stay.getByRole('button', { name: 'Registrer underretning' }).click();
  await shelter.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
  await expect(stay).toContainText('Underrettet til tiden');
  await expectAccessible(shelter, 'citizen page after admission (shelter)');

  // ── The caseworker: assessment, § 142 plan, § 85 a CTI decision ─────────────────────────
  const caseworkerContext = await browser.newContext();
  const caseworker = await caseworkerContext.newPage();
  await signIn(caseworker, 'sagsbehandler@demo.hjemvej.dk');
  await findCitizen(caseworker, lastName, name);
  await expect(caseworker.getByTestId('stay-card')).toContainText('Underrettet til tiden');

  await caseworker.getByRole('button', { name: 'Ny vurdering' }).click();
  const assessment = caseworker.getByRole('dialog', { name: 'Ny vurdering (VUM 2.0)' });
  await assessment.getByLabel('Borgerens eget syn – med borgerens egne ord').fill('Jeg vil bo for mig selv igen.');
  const social = assessment.getByTestId('assessment-area-social_conditions');
  await social.getByLabel('Funktionsniveau').selectOption({ label: 'Moderat nedsat' });
  await social.getByLabel('Støttebehov').selectOption({ label: 'Moderat' });
  await closeDialogWith(assessment, 'Gem');

  // The assessment's own page: a second version, and the two compared.
  await caseworker.getByRole('link', { name: /^Vurdering / }).click();
  await expect(caseworker.getByRole('heading', { level: 1, name: new RegExp(`Vurdering .* – ${name}`) })).toBeVisible();
  // Printable like the plan and the decision.
  await expect(caseworker.getByRole('button', { name: 'Udskriv' })).toBeVisible();
  await caseworker.getByRole('button', { name: 'Rediger vurdering' }).click();
  const editAssessment = caseworker.getByRole('dialog', { name: 'Rediger vurdering' });
  await editAssessment.getByTestId('assessment-area-social_conditions').getByLabel('Støttebehov').selectOption({ label: 'Højt' });
  await closeDialogWith(editAssessment, 'Gem');
  await expect(caseworker.getByTestId('assessment-versions').getByRole('row')).toHaveCount(3);
  const compared = caseworker.getByTestId('assessment-compare');
  await expectTexts(compared, ['Sociale forhold (herunder boligsituation og økonomi) › Støttebehov', 'Moderat', 'Højt']);
  await expectAccessible(caseworker, 'assessment page (versions compared)');
  await caseworker.getByRole('link', { name: `← Tilbage til ${name}` }).click();

  await caseworker.getByRole('button', { name: 'Ny plan' }).click();
  const plan = caseworker.getByRole('dialog', { name: 'Ny plan' });
  await expect(plan.getByRole('radio', { name: '§ 142 plan' })).toBeChecked(); // she is at the shelter
  await plan.getByLabel('Borgerens egne ønsker og mål').fill('En lille lejlighed i nærheden af min søster.');
  await plan.getByRole('button', { name: 'Tilføj mål' }).click();
  await plan.getByLabel('Livsområde').selectOption({ label: 'Bolig' });
  await plan.getByRole('textbox', { name: 'Mål', exact: true }).fill('Egen bolig inden for to måneder');
  await closeDialogWith(plan, 'Gem');

  const decision = await fillHousingFirstDecision(caseworker, 'CTI', 'Du har brug for støtte i overgangen til egen bolig.');
  await closeDialogWith(decision, 'Gem');
  await expect(caseworker.getByTestId('decisions-table')).toContainText('§ 85 a – CTI');

  // ── The shelter tries to discharge to own housing: blocked, with what is missing ─────────
  await shelter.reload();
  const { dialog: blockedDialog, missing } = await dischargeBlocked(shelter);
  await expect(missing).toHaveCount(2);
  await expect(missing.nth(0)).toContainText('§ 110, stk. 5, nr. 2');
  await expect(missing.nth(1)).toContainText('lejeaftalen er ikke underskrevet');
  await expectAccessible(shelter, 'discharge blocked (shelter)');
  await blockedDialog.getByRole('button', { name: 'Annuller' }).click();

  // ── The caseworker: the allocation with lease and move-in date ──────────────────────────
  await caseworker.reload();
  const allocations = caseworker.getByTestId('allocations');
  await allocations.getByRole('button', { name: 'Registrer anvisning' }).click();
  const allocate = caseworker.getByRole('dialog', { name: 'Registrer anvisning af bolig' });
  await allocate.getByLabel('Adresse').fill('Kastanjevej 7, 2. tv., 5000 Odense C');
  await allocate.getByLabel('Udlejer').fill('Boligselskabet Fynbo');
  await allocate.getByLabel('Husleje pr. måned').fill('3600');
  await allocate.getByLabel('Værelser').fill('2');
  const today = await allocate.getByLabel('Anvist den').inputValue();
  await allocate.getByLabel('Lejekontrakt underskrevet den').fill(today);
  await allocate.getByLabel('Planlagt indflytning').fill(today);
  await closeDialogWith(allocate, 'Registrer anvisning');
  await expect(allocations.getByTestId('allocation-card')).toContainText('Lejekontrakt underskrevet');

  // ── The shelter: now the discharge is allowed ────────────────────────────────────────────
  await dischargeWhenAllowed(shelter);
  await shelterContext.close();

  // The caseworker records the move-in.
  await caseworker.reload();
  const card = caseworker.getByTestId('allocation-card');
  await card.getByRole('button', { name: 'Registrer indflytning' }).click();
  const moveIn = caseworker.getByRole('dialog', { name: 'Registrer indflytning' });
  await closeDialogWith(moveIn, 'Registrer indflytning');
  await expect(caseworker.getByTestId('housing-now')).toContainText('Egen bolig med lejekontrakt');
  // The caseworker hands the citizen to the CTI team with a task: the team reaches the citizen
  // through it (need-to-know), and no further.
  const tasks = caseworker.getByTestId('citizen-tasks');
  await tasks.getByRole('button', { name: 'Ny opgave' }).click();
  const newTask = caseworker.getByRole('dialog', { name: 'Ny opgave' });
  await newTask.getByRole('textbox', { name: 'Hvad skal gøres?' }).fill('Start CTI-forløbet efter afgørelsen');
  await chooseOption(caseworker, newTask, 'Enhed', /^CTI-team$/);
  await closeDialogWith(newTask, 'Opret');
  await caseworkerContext.close();

  // ── The support worker: finds the citizen, starts the CTI course for the decision ────────
  const supportContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const support = await supportContext.newPage();
  await signIn(support, 'stoette@demo.hjemvej.dk');
  await support.goto('/');
  await findCitizen(support, lastName, name);
  expect(new URL(support.url()).pathname).toBe(citizenPath);
  const courses = support.getByTestId('support-courses');
  await courses.getByRole('button', { name: 'Start støtteforløb' }).click();
  const start = support.getByRole('dialog', { name: 'Start støtteforløb' });
  await chooseOption(support, start, 'Afgørelse (§ 85 a)', /§ 85 a – CTI/);
  await expect(start.getByRole('radio', { name: /CTI – Critical Time Intervention/ })).toBeChecked();
  await chooseOption(support, start, 'Team', 'CTI-team');
  await chooseOption(support, start, 'Støttemedarbejder', 'Sofie Støttemedarbejder');
  await expectAccessible(support, 'start support course dialog (375 px)');
  await closeDialogWith(start, 'Start støtteforløb');
  const course = courses.getByTestId('support-course-card');
  await expect(course.getByTestId('course-decision')).toContainText('§ 85 a – CTI');
  await supportCourse(support, course);

  // A follow-up: she keeps the home.
  const followUp = await answerThreeMonthFollowUp(support, 'Ja, beholder boligen');
  await followUp.getByRole('button', { name: /Gem/ }).click();
  await expect(followUp).toBeHidden();
  await expect(support.getByTestId('follow-ups').getByTestId('follow-up-3')).toContainText('Borgeren beholder boligen');

  // ── The timeline shows it all, each version of a record as its own event ────────────────
  const timeline = support.getByTestId('timeline-list');
  for (const text of [
    'Borgeren blev registreret',
    'Indskrevet på Forsorgshjemmet Havnely',
    'Handlekommunen blev underrettet',
    'Vurdering efter VUM 2.0 (version 1)',
    'Vurdering efter VUM 2.0 ændret (version 2)',
    'Ændret: Vurderingsområder',
    '§ 142 plan (ophold på herberg) udarbejdet (version 1)',
    'Afgørelse: § 85 a – CTI – Bevilget (version 1)',
    'Bolig anvist: Kastanjevej 7',
    'Lejekontrakt underskrevet: Kastanjevej 7',
    'Udskrevet fra Forsorgshjemmet Havnely',
    'Flyttede ind: Kastanjevej 7',
    'Støtteforløb startet',
    'Kontakt: Besøg',
    'CTI fase 1 startet',
    'Opfølgning efter 3 måneder',
  ]) {
    await expect(timeline, text).toContainText(text);
  }
  // Filter by kind: only the assessments' two versions remain.
  const section = support.getByTestId('timeline');
  for (const kind of ['Registrering', 'Ophold', 'Underretning', 'Plan', 'Afgørelse', 'Boliganvisning', 'Lejekontrakt']) {
    await section
      .locator('label')
      .filter({ hasText: new RegExp(`^${kind}$`) })
      .click();
  }
  await expect(timeline).toContainText('Vurdering efter VUM 2.0 ændret (version 2)');
  await expect(timeline).not.toContainText('§ 142 plan udarbejdet');
  await expectAccessible(support, 'citizen page with the whole course (support worker, 375 px)');
  await supportContext.close();
});

/** The support worker works the course: a visit in the contact log, phase 1 started. */
async function supportCourse(page: Page, course: Locator) {
  await expect(course.getByRole('radio', { name: 'Besøg' })).toBeChecked();
  await course.getByLabel('Notat').fill('Første besøg i den nye bolig: mangler gardiner og en seng.');
  await course.getByRole('button', { name: 'Gem kontakt' }).click();
  await expect(course.getByTestId('contact-list')).toContainText('mangler gardiner');
  const phaseOne = course.getByTestId('cti-phase-1');
  await phaseOne.getByRole('button', { name: 'Start fase 1' }).click();
  const startPhase = page.getByRole('dialog', { name: 'Start fase 1' });
  await closeDialogWith(startPhase, 'Start fase 1');
  await expect(phaseOne).toContainText('Startet');
  await expectAccessible(page, 'support course worked (375 px)');
}
