import { expect, test, type Browser, type Page } from '@playwright/test';
import { chooseOption, expectAccessible, signedInPage, signIn, signOut, closeDialogWith } from './support';

/** dd.mm.yyyy `days` from today. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('.');
}

/** The caseworker, signed in in a browser of her own, sees `task` in her inbox; returns her page. */
async function caseworkerInboxWith(browser: Browser, task: string): Promise<Page> {
  const caseworker = await signedInPage(browser, 'sagsbehandler@demo.hjemvej.dk');
  await caseworker.goto('/inbox');
  await expect(caseworker.getByText(task)).toBeVisible();
  return caseworker;
}

/** The next autumn whose start (1 September) has not passed: the taskforce plans into it. */
function nextAutumn(): number {
  const now = new Date();
  return now.getUTCMonth() + 1 < 9 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
}

test('a municipality applies; the taskforce plans it into the autumn starts', async ({ page: municipality, browser }) => {
  let page = municipality;
  // A long journey (two sides, several dialogs, axe on each page): 240 s on a loaded two-core machine.
  test.setTimeout(240_000);
  const autumn = `Efterår ${nextAutumn()}`;

  // Nabo Kommune's administrator applies.
  await signIn(page, 'admin@nabo.hjemvej.dk');
  await page.getByRole('link', { name: 'Taskforce-forløb' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taskforce-forløb' })).toBeVisible();
  await expect(page.getByText('I har ikke søgt om et taskforce-forløb.')).toBeVisible();
  await page.getByRole('button', { name: 'Søg om et forløb' }).click();
  const form = page.getByRole('dialog', { name: 'Søg om et forløb' });
  // Nothing filled in: the server names what is missing.
  await form.getByRole('button', { name: 'Send ansøgning' }).click();
  await expect(form.getByText('Skal udfyldes.').first()).toBeVisible();
  await form.getByLabel('Boliger til indsatsen').fill('Vi mangler en aftale med boligorganisationerne om anvisning.');
  await form.getByLabel('Organisering og samarbejde').fill('Herberget og myndighed arbejder ikke efter en fælles plan.');
  await form.getByLabel('Hvad forventer I, at forløbet skal bidrage til?').fill('Flere i egen bolig inden for to måneder.');
  await form.getByLabel('Ønsket opstart').click();
  await page.getByRole('option', { name: autumn }).click();
  await form.getByLabel('Navn').fill('Niels Nabo');
  await form.getByLabel('Stilling').fill('Socialchef');
  await expectAccessible(page, 'the application form');
  await closeDialogWith(form, 'Send ansøgning');
  const application = page.getByTestId('taskforce-application');
  await expect(application).toContainText('Afventer svar');
  await expect(application).toContainText('Vi mangler en aftale med boligorganisationerne om anvisning.');
  await expect(page.getByRole('button', { name: 'Søg om et forløb' })).toBeHidden();
  await expectAccessible(page, 'the municipality’s taskforce page');
  await signOut(page, 'Niels Nabo');

  // The taskforce sees it and plans it into the autumn starts.
  page = await signedInPage(browser, 'konsulent@demo.hjemvej.dk');
  await page.getByRole('link', { name: 'Taskforce', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taskforce: ansøgninger og opstarter' })).toBeVisible();
  const autumnSeason = page.getByRole('region', { name: autumn });
  await expect(autumnSeason).toContainText('0 af 2 pladser givet');
  await expect(autumnSeason).toContainText('ansøgning');
  await expect(page.getByRole('article', { name: 'Ansøgning fra Fjordby Kommune' })).toBeVisible();
  await expectAccessible(page, 'the taskforce planning page');
  await page.getByRole('button', { name: 'Optag Nabo Kommune' }).click();
  const decision = page.getByRole('dialog', { name: 'Optag Nabo Kommune i en sæson' });
  await expect(decision.getByLabel('Sæson')).toHaveValue(`${autumn} (0 af 2 pladser givet)`);
  await expectAccessible(page, 'the decision dialog');
  await closeDialogWith(decision, 'Optag');
  await expect(autumnSeason).toContainText('1 af 2 pladser givet');
  await expect(autumnSeason).toContainText('Nabo Kommune');
  await expect(page.getByRole('article', { name: 'Ansøgning fra Nabo Kommune' })).toContainText('Optaget');

  // The new course: four phases planned from the autumn start, with their activities.
  await autumnSeason.getByRole('link', { name: 'Se forløbet for Nabo Kommune' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taskforce-forløb i Nabo Kommune' })).toBeVisible();
  await expect(page.getByText('Forløbet er ikke begyndt')).toBeVisible();
  const timeline = page.getByTestId('taskforce-timeline');
  for (const phase of ['Forberedelsesfasen', 'Analysefasen', 'Udviklingsfasen', 'Forankringsfasen'])
    await expect(timeline.getByRole('heading', { level: 3, name: phase })).toBeVisible();
  await expect(page.getByTestId('phase-preparation')).toContainText(`Planlagt 01.09.${nextAutumn()}`);
  await expect(page.getByTestId('phase-preparation')).toContainText('Opstartsmøde');
  await expect(page.getByTestId('phase-development')).toContainText('Kick-off-workshop');
  // The accepting consultant is on the course's staff; she puts Ankestyrelsen's reviewer on it and takes her off again.
  const staff = page.getByRole('region', { name: 'Taskforcens folk på forløbet' });
  await expect(staff.getByTestId('taskforce-staff')).toContainText('Karen Konsulent');
  await staff.getByRole('button', { name: 'Sæt person på' }).click();
  const addStaff = page.getByRole('dialog', { name: 'Sæt en person fra taskforcen på forløbet' });
  await chooseOption(page, addStaff, 'Person', /Anne Ankestyrelse/);
  await closeDialogWith(addStaff, 'Sæt på forløbet');
  await expect(staff.getByTestId('taskforce-staff')).toContainText('Anne Ankestyrelse');
  await expectAccessible(page, 'the new course');
  await staff.getByRole('button', { name: 'Tag Anne Ankestyrelse af forløbet' }).click();
  const confirmRemove = page.getByRole('dialog', { name: 'Tag personen af forløbet?' });
  await closeDialogWith(confirmRemove, 'Tag af forløbet');
  await expect(staff.getByTestId('taskforce-staff')).not.toContainText('Anne Ankestyrelse');

  // Demo Kommune's course is in the development phase; an overdue status meeting shows to both sides.
  await page.goto('/taskforce/planning');
  await page.getByRole('link', { name: 'Se forløbet for Demo Kommune' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taskforce-forløb i Demo Kommune' })).toBeVisible();
  await expect(page.getByText('Nu: Udviklingsfasen')).toBeVisible();
  await expect(page.getByTestId('phase-development')).toContainText('Her står forløbet');
  await expect(page.getByTestId('taskforce-overdue')).toContainText('Statusmøde');
  await expect(page.getByRole('region', { name: 'Kommunens organisering' })).toContainText('Mette Madsen');
  await expectAccessible(page, 'a course in development');

  // The data package: the baseline frozen at the analysis phase's start shows Demo Kommune's real
  // figures, suppressed; the consultant freezes a new version, and the baseline is kept.
  const dataPackage = page.getByRole('region', { name: 'Datapakke' });
  await expect(dataPackage.getByText('Baseline for forløbets mål')).toBeVisible();
  const flow = dataPackage.getByTestId('package-flow');
  await expect(flow).toContainText('Forsorgshjem/herberg (§ 110)');
  await expect(
    flow
      .locator('tbody td')
      .filter({ hasText: /^[1-9]\d*$/ })
      .first(),
  ).toBeVisible();
  await dataPackage.getByRole('button', { name: 'Organisering' }).click();
  await expect(dataPackage.getByTestId('package-figures-organisation')).toContainText('K8');
  await expectAccessible(page, 'the frozen data package');
  await dataPackage.getByRole('button', { name: 'Frys ny version' }).click();
  const freezing = page.getByRole('dialog', { name: 'Frys datapakke' });
  await freezing.getByLabel('Periode til').fill('01.01.2020');
  await freezing.getByLabel('Periode fra').fill('01.06.2020');
  await freezing.getByRole('button', { name: 'Frys datapakke' }).click();
  await expect(freezing.getByText('Perioden skal slutte samme dag som eller efter, at den begynder (01.06.2020).')).toBeVisible();
  // 2020 lies before what the collaboration agreement's data clause lets the taskforce collect.
  await freezing.getByLabel('Periode til').fill('31.12.2020');
  await freezing.getByRole('button', { name: 'Frys datapakke' }).click();
  await expect(
    freezing.getByText(/Perioden begynder før den periode, samarbejdsaftalens dataklausul giver adgang til/),
  ).toBeVisible();
  const agreed =
    (await page
      .getByText(/^\d{2}\.\d{2}\.\d{4}–\d{2}\.\d{2}\.\d{4}$/)
      .first()
      .textContent()) ?? '';
  const [agreedFrom = '', agreedTo = ''] = agreed.split('–');
  await freezing.getByLabel('Periode fra').fill(agreedFrom);
  await freezing.getByLabel('Periode til').fill(agreedTo);
  await closeDialogWith(freezing, 'Frys datapakke');
  await expect(dataPackage.getByLabel('Version')).toHaveValue(`Version 2: ${agreedFrom}–${agreedTo}`);
  await expect(dataPackage.getByText('Baseline for forløbets mål')).toBeHidden();

  // The development plan: the demo's goal shows baseline → now → target; the consultant adds a
  // point, a goal (refused without a key figure, naming it) and an action for the caseworker.
  const plan = page.getByRole('region', { name: 'Udviklingsplan' });
  await expect(plan.getByTestId('taskforce-goal').first()).toContainText('Baseline');
  await expect(plan.getByTestId('taskforce-goal').first()).toContainText('Nu');
  await expect(plan.getByTestId('taskforce-learning')).toContainText('Læringsdag om CTI');
  await plan.getByRole('button', { name: 'Nyt udviklingspunkt' }).click();
  const pointForm = page.getByRole('dialog', { name: 'Nyt udviklingspunkt' });
  await chooseOption(page, pointForm, 'Tema', 'Organisering og samarbejde');
  await pointForm.getByLabel('Udviklingspunkt').fill('Én indgang for borgere uden bolig');
  await closeDialogWith(pointForm, 'Gem');
  await plan.getByRole('button', { name: 'Nyt mål for Én indgang for borgere uden bolig' }).click();
  const goalForm = page.getByRole('dialog', { name: 'Nyt mål for Én indgang for borgere uden bolig' });
  await goalForm.getByLabel('Mål (procent, dage eller antal)').fill('45');
  await goalForm.getByLabel('Nås senest').fill('31.12.2027');
  await chooseOption(page, goalForm, 'Ansvarlig', 'Lars Leder');
  await goalForm.getByRole('button', { name: 'Gem' }).click();
  await expect(goalForm.getByText('Vælg det nøgletal, målet følger.')).toBeVisible();
  await expectAccessible(page, 'the goal form refused');
  await chooseOption(page, goalForm, 'Nøgletal', /^K1 · /);
  await closeDialogWith(goalForm, 'Gem');
  const goal = plan.getByRole('article', { name: /^Mål: Dage fra første kontakt/ });
  await expect(goal).toContainText('45 dage');
  await goal.getByRole('button', { name: 'Ny handling' }).click();
  const actionForm = page.getByRole('dialog', { name: /^Ny handling til målet/ });
  await actionForm.getByLabel('Handling').fill('Fælles visitation hver tirsdag');
  await chooseOption(page, actionForm, 'Ansvarlig', 'Søren Sagsbehandler');
  await actionForm.getByLabel('Frist (valgfri)').fill(inDays(14));
  await closeDialogWith(actionForm, 'Gem');
  await expect(goal).toContainText('Fælles visitation hver tirsdag');
  await expect(goal.getByRole('link', { name: 'Opgave i indbakken' })).toBeVisible();
  await expectAccessible(page, 'the development plan');

  // The action is a task in the caseworker's inbox.
  const caseworker = await caseworkerInboxWith(browser, 'Fælles visitation hver tirsdag');
  await expectAccessible(caseworker, 'the caseworker’s inbox with the plan’s task');
  await caseworker.close();

  // The municipality sees the same course and marks the overdue meeting as held.
  const leader = await signedInPage(browser, 'leder@demo.hjemvej.dk');
  await leader.getByRole('link', { name: 'Taskforce-forløb' }).first().click();
  await leader.getByRole('link', { name: 'Se forløbet' }).click();
  await expect(leader.getByTestId('taskforce-overdue')).toContainText('Statusmøde');
  await leader.getByRole('button', { name: 'Markér Statusmøde som holdt' }).first().click();
  const held = leader.getByRole('dialog', { name: 'Statusmøde er holdt' });
  await closeDialogWith(held, 'Markér som holdt');
  await expect(leader.getByTestId('taskforce-overdue')).toBeHidden();
  await expect(leader.getByRole('button', { name: 'Ret faser' })).toBeHidden();

  // A status meeting: the demo's meeting is listed with its decision; the new meeting's agenda
  // shows the goal's movement since it; the leader records one with a decision for the caseworker.
  const meetings = leader.getByRole('region', { name: 'Statusmøder' });
  await expect(meetings.getByTestId('taskforce-status-meeting')).toHaveCount(1);
  await expect(meetings.getByTestId('taskforce-status-meeting')).toContainText('Saml tal på ventetid');
  await meetings.getByRole('button', { name: 'Nyt statusmøde' }).click();
  const meeting = leader.getByRole('dialog', { name: 'Nyt statusmøde' });
  const movement = meeting.getByTestId('taskforce-goal-movement');
  await expect(movement.getByRole('columnheader', { name: 'Forrige statusmøde' })).toBeVisible();
  // Baseline, the value at the previous meeting (with its date) and now.
  await expect(movement.locator('tbody tr').first().locator('td').nth(1)).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  await meeting.getByLabel('Referat').fill('Anvisningsaftalen drøftet med boligselskaberne.');
  await meeting.getByRole('button', { name: 'Tilføj beslutning' }).click();
  await meeting
    .getByRole('textbox', { name: 'Beslutning 1', exact: true })
    .fill('Indkald boligselskaberne til møde om anvisning');
  await meeting.getByRole('button', { name: 'Gem statusmødet' }).click();
  await expect(meeting.getByText('Vælg, hvem der er ansvarlig for beslutningen')).toBeVisible();
  await chooseOption(leader, meeting, 'Ansvarlig', 'Søren Sagsbehandler');
  await meeting.getByLabel('Frist', { exact: true }).fill(inDays(7));
  await expectAccessible(leader, 'the new status meeting');
  await closeDialogWith(meeting, 'Gem statusmødet');
  await expect(meetings.getByTestId('taskforce-status-meeting')).toHaveCount(2);
  const newest = meetings.getByTestId('taskforce-status-meeting').first();
  await expect(newest).toContainText('Anvisningsaftalen drøftet med boligselskaberne.');
  await expect(newest).toContainText('Indkald boligselskaberne til møde om anvisning');
  await expect(newest.getByRole('link', { name: 'Opgave i indbakken' })).toBeVisible();
  await expectAccessible(leader, 'the status meetings');

  // The decision is a task in the caseworker's inbox.
  const owner = await caseworkerInboxWith(browser, 'Indkald boligselskaberne til møde om anvisning');
  await owner.close();

  await leader.setViewportSize({ width: 375, height: 800 });
  await expect(leader.getByTestId('taskforce-timeline')).toBeVisible();
  await expectAccessible(leader, 'the course at 375 px');
});
