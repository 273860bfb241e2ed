/**
 * Getting the homes (issue 12): the housing association reports a vacancy; the housing unit sees
 * the rent clock, matches the vacancy by the written policy, offers it to a citizen who declines
 * (the refusal policy shown before the refusal is saved) and then to one who accepts; the course
 * shows the allocation and the "Housing First haster" applications; an eviction warning lands as
 * an urgent task with the citizen's support team.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  addHousingSituation,
  daysAgo,
  expectAccessible,
  expectTexts,
  openFromMainMenu,
  registerCitizen,
  signIn,
  closeDialogWith,
  switchUser,
} from './support';

/** The caseworker registers a homeless citizen with a housing profile ready for a home; returns the page path. */
async function registerCitizenReadyForHome(page: Page, firstName: string, lastName: string, cpr: string): Promise<string> {
  await page.getByRole('link', { name: 'Borgere' }).first().click();
  const path = await registerCitizen(page, { cpr, firstName, lastName });
  await addHousingSituation(page, 'Gadesovende', daysAgo(120));

  await page.getByRole('button', { name: 'Ret boligprofil' }).click();
  const profile = page.getByRole('dialog', { name: 'Ret boligprofil' });
  await profile.getByLabel('Husleje borgeren kan betale (kr./md.)').fill('3000');
  await profile.getByLabel('Klar til at flytte').fill(daysAgo(firstName === 'Aksel' ? 60 : 30));
  await profile.getByRole('checkbox', { name: 'Støtte er planlagt til indflytningen' }).check();
  await closeDialogWith(profile, 'Gem');
  return path;
}

test('getting the homes: a vacancy reported, the rent clock, matching, a refusal with the policy shown, an acceptance on the course, an eviction warning to the support team', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const serial = String(Date.now()).slice(-4);
  const suffix = String(Date.now()).slice(-5);
  const decliner = { first: 'Aksel', last: `Bolig${suffix}` };
  const accepter = { first: 'Birthe', last: `Bolig${suffix}` };

  // The caseworker: two citizens sleeping rough, ready to move, support planned for the move-in.
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');
  await registerCitizenReadyForHome(page, decliner.first, decliner.last, `010185-${serial}`);
  await expectAccessible(page, 'citizen page with a housing profile');
  const accepterPath = await registerCitizenReadyForHome(page, accepter.first, accepter.last, `020286-${serial}`);

  // The housing association reports its skæv bolig vacant from twelve days ago.
  await switchUser(page, 'Søren', 'fjordbo@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Boliger til anvisning');
  await expect(page.getByRole('heading', { level: 1, name: 'Boliger til anvisning' })).toBeVisible();
  await page.getByRole('tab', { name: 'Boliger', exact: true }).click();
  await page.getByRole('button', { name: 'Meld Havnegade 2A ledig' }).click();
  const report = page.getByRole('dialog', { name: 'Meld Havnegade 2A ledig' });
  await report.getByLabel('Ledig fra').fill(daysAgo(12));
  await expectAccessible(page, 'report vacancy dialog (housing association)');
  await closeDialogWith(report, 'Meld ledig');
  await expect(page.getByText('Boligen er meldt ledig.')).toBeVisible();
  await expectAccessible(page, 'dwellings (housing association)');

  // The housing unit: the clock is running and the rent cost shows.
  await switchUser(page, 'Frida', 'boliganvisning@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Boliger til anvisning');
  const vacancies = page.getByTestId('vacancies-table');
  const row = vacancies.getByRole('row').filter({ hasText: 'Havnegade 2A' });
  await expect(row).toContainText('Ledig');
  await expect(row).toContainText('12');
  await expectAccessible(page, 'vacancies (housing unit)');
  await row.getByRole('link', { name: 'Havnegade 2A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Havnegade 2A' })).toBeVisible();
  const clock = page.getByTestId('vacancy-clock');
  await expect(clock).toContainText('12');
  // 2.600 kr. a month is 85,48 kr. a day (× 12 / 365): the municipality has paid about 1.026 kr.
  await expect(clock.getByTestId('rent-cost')).toHaveText(/^[\d.]+(,\d+)? kr\.$/);
  await expect(clock.getByTestId('rent-cost')).not.toHaveText('0 kr.');

  // Matching: both citizens fit; the written policy orders them (ready longest first).
  const matches = page.getByTestId('matches-table');
  await expect(page.getByTestId('matches')).toContainText('længst tid klar til at flytte først');
  const declinerRow = matches.getByRole('row').filter({ hasText: `${decliner.first} ${decliner.last}` });
  const accepterRow = matches.getByRole('row').filter({ hasText: `${accepter.first} ${accepter.last}` });
  await expect(declinerRow).toContainText('Passer');
  await expect(accepterRow).toContainText('Passer');
  await expectAccessible(page, 'vacancy with matches');

  // An offer to the first, who declines: the refusal policy is shown before the refusal is saved.
  await page.getByRole('button', { name: `Tilbyd boligen til ${decliner.first} ${decliner.last}` }).click();
  const offer = page.getByRole('dialog', { name: `Tilbyd boligen til ${decliner.first} ${decliner.last}` });
  await expectAccessible(page, 'offer dialog');
  await closeDialogWith(offer, 'Registrér tilbud');
  const offers = page.getByTestId('offers-table');
  await expect(offers).toContainText('Afventer svar');
  await page.getByRole('button', { name: `Registrér svar fra ${decliner.first} ${decliner.last}` }).click();
  const answer = page.getByRole('dialog', { name: `Svar fra ${decliner.first} ${decliner.last}` });
  await answer.getByRole('radio', { name: 'Afslået' }).check();
  const policy = answer.getByTestId('refusal-policy');
  await expect(policy).toContainText('Borgeren tilbydes en samtale om afslaget og bliver på listen.');
  await expect(policy).toContainText('inden for 5 arbejdsdage');
  // The reason is required, and named next to the field.
  await answer.getByRole('button', { name: 'Gem svar' }).click();
  await expect(answer.getByLabel('Begrundelse for afslag')).toHaveAttribute('aria-invalid', 'true');
  await answer.getByLabel('Begrundelse for afslag').fill('Vil ikke bo ved havnen; ønsker at bo nær sin datter.');
  await expectAccessible(page, 'refusal with the policy shown');
  await closeDialogWith(answer, 'Gem svar');
  await expect(offers.getByRole('row').filter({ hasText: decliner.last }).first()).toContainText('Afslået');

  // Then to the second, who accepts and signs the lease today.
  await page.getByRole('button', { name: `Tilbyd boligen til ${accepter.first} ${accepter.last}` }).click();
  await page
    .getByRole('dialog', { name: `Tilbyd boligen til ${accepter.first} ${accepter.last}` })
    .getByRole('button', { name: 'Registrér tilbud' })
    .click();
  await page.getByRole('button', { name: `Registrér svar fra ${accepter.first} ${accepter.last}` }).click();
  const accept = page.getByRole('dialog', { name: `Svar fra ${accepter.first} ${accepter.last}` });
  await accept.getByRole('radio', { name: 'Accepteret' }).check();
  await expect(accept).toContainText('Housing First haster');
  await accept.getByLabel('Lejekontrakt underskrevet').fill(daysAgo(0));
  await expectAccessible(page, 'acceptance dialog');
  await closeDialogWith(accept, 'Gem svar');
  await expect(
    page.getByText('Tilbuddet er accepteret. 2 ansøgninger er sendt til Tilskud som Housing First haster.'),
  ).toBeVisible();
  await expectTexts(clock, ['Udlejet', 'Endeligt lejetab']);

  // The course of the citizen who accepted: the allocation and the urgent applications.
  await page.goto(accepterPath);
  await expect(page.getByRole('heading', { level: 1, name: `${accepter.first} ${accepter.last}` })).toBeVisible();
  const card = page.getByTestId('allocations').getByTestId('allocation-card');
  await expectTexts(card, ['Havnegade 2A', '2.600 kr. om måneden']);
  await expectTexts(page.getByTestId('citizen-tasks'), [
    'Ansøg om indskudslån – Housing First haster',
    'Ansøg om hjælp til møbler og etablering – Housing First haster',
  ]);
  await expect(page.getByTestId('citizen-offers')).toContainText('Accepteret');
  await expectAccessible(page, 'citizen page after the acceptance (housing unit)');

  // The supply overview: each figure opens onto the citizens or dwellings behind it.
  await openFromMainMenu(page, 'Boliger til anvisning');
  await page.getByRole('tab', { name: 'Overblik' }).click();
  await page.getByRole('button', { name: 'Vis boligerne eller borgerne bag: Tilbud i året' }).click();
  const behind = page.getByTestId('supply-behind-table');
  await expect(behind.getByRole('row').filter({ hasText: `${accepter.first} ${accepter.last}` })).toContainText('Accepteret');
  await expect(behind.getByRole('row').filter({ hasText: `${decliner.first} ${decliner.last}` })).toContainText('Afslået');
  await expectAccessible(page, 'supply overview with the citizens behind a figure');

  // The written rules: a refusal that takes the citizen off the list needs appeal guidance first.
  await page.getByRole('tab', { name: 'Regler' }).click();
  const rules = page.getByTestId('supply-settings');
  await rules.getByRole('combobox', { name: 'Hvad et afslag betyder' }).click();
  await page.getByRole('option', { name: /tages af listen/ }).click();
  await rules.getByRole('textbox', { name: /Klagevejledning/ }).fill('');
  await rules.getByRole('button', { name: 'Gem' }).click();
  await expect(rules).toContainText('skriv klagevejledningen, før reglen gemmes');
  await expectAccessible(page, 'the housing register’s rules');
  await page.reload();

  // An eviction warning from the landlord for a tenant in a CTI course, found by name.
  await page.getByRole('tab', { name: 'Udsættelser og garantier' }).click();
  await page.getByRole('button', { name: 'Registrér varsel' }).click();
  const warning = page.getByRole('dialog', { name: 'Registrér varsel' });
  await warning.getByLabel('Lejer', { exact: true }).fill('Maja Nørgaard');
  await warning.getByLabel('Adresse', { exact: true }).fill('Rugårdsvej 101, 2. tv.');
  await warning.getByLabel('Udlejer').fill('Boligselskabet Fjordbo');
  await warning.getByLabel('Restance (kr.)').fill('9800');
  await warning.getByLabel('Retsmøde').fill(daysAgo(-21));
  await expectAccessible(page, 'eviction warning dialog');
  await warning.getByRole('button', { name: 'Registrér', exact: true }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByText('Varslet er registreret, og støtteteamet har fået en opgave, der haster.')).toBeVisible();
  await expect(page.getByTestId('eviction-warnings-table').getByRole('row').filter({ hasText: 'Rugårdsvej 101' })).toContainText(
    'CTI-team',
  );

  // The support worker of the CTI team finds it in the inbox as urgent.
  await switchUser(page, 'Bodil', 'stoette@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Indbakke');
  const task = page
    .getByTestId('task-card')
    .filter({ hasText: 'Maja Nørgaard' })
    .filter({ hasText: 'Varsel om udsættelse – kontakt borgeren' });
  await expect(task).toHaveCount(1);
  await expect(task.getByTestId('urgent-badge')).toBeVisible();
  await expectAccessible(page, 'support team inbox with the eviction warning');

  // The leader: where time goes shows the offer steps, each opening the citizens behind it.
  await switchUser(page, 'Sofie', 'leder@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Hvor går tiden?');
  const offersChart = page.getByTestId('chart-offers-chart');
  await expectTexts(offersChart, ['Fra tilbud til svar', 'Fra accept til lejekontrakt']);
  await offersChart.getByRole('button', { name: /^Boligtilbud: Fra tilbud til svar/ }).click();
  await expect(page.getByTestId('behind-table')).toContainText(`${decliner.first} ${decliner.last}`);
  await expectAccessible(page, 'where time goes with the offer steps');
});
