import { expect, test, type Request } from '@playwright/test';
import {
  expectAccessible,
  expectTexts,
  fillCitizenIdentity,
  fillIntakeConversation,
  openFromMainMenu,
  signIn,
  signOut,
  closeDialogWith,
} from './support';

test('a shelter registers a citizen with the admission and notifies in time; the handlekommune sees the stay and the timeline', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // three users, two browsers and axe on six pages
  // A CPR number of its own per run: the date part is real, the serial varies.
  const cpr = `120379-${String(Date.now()).slice(-4)}`;

  // Shelter staff: the menu's "Beboere" (one name, as the page's title) leads to the shelter's citizens.
  await signIn(page, 'herberg@demo.hjemvej.dk');
  await openFromMainMenu(page, 'Beboere', { exact: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Beboere' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Beboere' })).toBeVisible();
  await expectAccessible(page, 'citizens (shelter)');

  // Offline, the page says so at once instead of spinning, and fetches again when back online.
  const search = page.getByRole('searchbox', { name: 'Søg' });
  const banner = page.getByTestId('connection-banner');
  await page.context().setOffline(true);
  await search.fill('Kajgaard');
  await expect(banner).toContainText('Du er ikke på nettet', { timeout: 2_000 });
  await expectAccessible(page, 'connection banner (offline)');
  await page.context().setOffline(false);
  await expect(banner).toBeHidden();
  await expect(page.getByText('Der er ingen forbindelse til serveren')).toHaveCount(0);
  // The server gone (the browser online): said at once, and "Prøv igen" fetches again.
  await page.route('**/api/**', (route) => route.abort());
  await search.fill('Kajgaar');
  await expect(banner).toContainText('Forbindelsen til Hjemvej er afbrudt', { timeout: 2_000 });
  await page.unroute('**/api/**');
  await closeDialogWith(banner, 'Prøv igen');
  await search.fill('');

  // Register the citizen and the admission with the intake conversation, in one dialog.
  await page.getByRole('button', { name: 'Registrer borger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrer borger' });
  await fillCitizenIdentity(dialog, { cpr: '320179-1234', firstName: 'Karsten', lastName: 'Kajgaard' });
  await dialog.getByLabel('Kaldenavn').fill('Kajen');
  await dialog.getByLabel('Telefon').fill('20 30 40 50');
  await dialog.getByRole('radio', { name: 'Henvist' }).check();
  await dialog.getByLabel('Henvist af').fill('Sagsbehandler i Demo Kommune');
  // The shelter names the handlekommune it must notify (§ 110 stk. 6).
  await fillIntakeConversation(page, dialog, {
    cameFrom: 'Gaden ved banegården',
    homeMunicipality: 'Demo Kommune',
    livedWhere: 'Hos venner, senere i et skur',
    whyHomeless: 'Sat ud efter huslejerestance',
    problems: ['Misbrug', 'Gæld'],
    handlekommune: 'Demo Kommune',
  });
  await expectAccessible(page, 'register-citizen dialog (shelter)');
  // An impossible date in the CPR number is explained next to the field by the server.
  await dialog.getByRole('button', { name: 'Registrer borger' }).click();
  await expect(dialog).toContainText('findes ikke');
  await dialog.getByRole('textbox', { name: 'CPR-nummer' }).fill(cpr);
  await dialog.getByRole('button', { name: 'Registrer borger' }).click();

  // The citizen page: the stay with its notification deadline (§ 110 stk. 6).
  await expect(page.getByRole('heading', { level: 1, name: 'Karsten Kajgaard' })).toBeVisible();
  const citizenPath = new URL(page.url()).pathname;
  const stay = page.getByTestId('stay-card');
  await expect(stay).toContainText('Forsorgshjemmet Havnely');
  await expect(stay).toContainText(/Frist .*arbejdsdag/);
  await expect(page.getByTestId('citizen-cpr')).toHaveText(`${cpr.slice(0, 6)}-xxxx`);
  await expect(page.getByRole('button', { name: 'Vis CPR' })).toHaveCount(0); // shelter staff may not see the full number
  await expectAccessible(page, 'citizen page (shelter)');

  await stay.getByRole('button', { name: 'Registrer underretning' }).click();
  await expectAccessible(page, 'notification dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Gem' }).click();
  await expect(stay).toContainText('Underrettet til tiden');
  await expect(stay.getByRole('button', { name: 'Registrer underretning' })).toHaveCount(0);
  await expect(page.getByTestId('timeline-list')).toContainText('Handlekommunen blev underrettet');

  const caseworkerContext = await browser.newContext();
  const caseworker = await caseworkerContext.newPage();
  await signIn(caseworker, 'sagsbehandler@demo.hjemvej.dk');
  await signOut(page, 'Hanne');

  // The caseworker of Demo Kommune finds the citizen and sees the stay and the timeline.
  await caseworker.getByRole('link', { name: 'Borgere' }).first().click();
  await expect(caseworker.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  await caseworker.getByRole('searchbox', { name: 'Søg' }).fill('Kajen');
  // One request for the whole citizen page (issue 9): its answer fills every section's cache.
  const citizenId = citizenPath.split('/').at(-1) ?? '';
  const citizenRequests: string[] = [];
  const countRequest = (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/') && (path.includes(citizenId) || path.startsWith('/api/support-courses/')))
      citizenRequests.push(`${request.method()} ${path}`);
  };
  caseworker.on('request', countRequest);
  await caseworker.getByRole('link', { name: 'Karsten Kajgaard' }).click();
  await expect(caseworker).toHaveURL(new RegExp(`${citizenPath}$`));
  await expect(caseworker.getByRole('heading', { level: 1, name: 'Karsten Kajgaard' })).toBeVisible();
  await expect(caseworker.getByTestId('citizen-header')).toContainText('Demo Kommune');
  const seenStay = caseworker.getByTestId('stay-card');
  await expectTexts(seenStay, ['Forsorgshjemmet Havnely', 'Underrettet til tiden']);
  await expect(seenStay.getByRole('button', { name: 'Udskriv' })).toHaveCount(0); // only the shelter discharges
  const timeline = caseworker.getByTestId('timeline');
  await expect(timeline.getByRole('region', { name: 'Boligsituation og ophold over tid' })).toContainText(
    'Forsorgshjemmet Havnely',
  );
  const events = caseworker.getByTestId('timeline-list');
  await expectTexts(events, ['Indskrevet på Forsorgshjemmet Havnely', 'Borgeren blev registreret']);
  await caseworker.waitForLoadState('networkidle');
  expect(citizenRequests).toEqual([`GET /api/citizens/${citizenId}/page`]);
  caseworker.off('request', countRequest);
  // The page's sections are one click away, the course's tasks first; a link moves the reader there.
  const sections = caseworker.getByRole('navigation', { name: 'Afsnit på siden' });
  await expect(sections.getByRole('link').first()).toHaveText('Opgaver på tværs af enheder');
  await sections.getByRole('link', { name: 'Tidslinje' }).click();
  await expect(caseworker.getByRole('heading', { level: 2, name: 'Tidslinje' })).toBeFocused();
  await expect(caseworker.getByRole('heading', { level: 2, name: 'Tidslinje' })).toBeInViewport();
  // On a phone the sections are a list to choose from; the chosen one gets the focus, in view.
  await caseworker.setViewportSize({ width: 375, height: 740 });
  await sections.getByRole('combobox', { name: 'Gå til afsnit' }).click();
  await caseworker.getByRole('option', { name: 'Opgaver på tværs af enheder', exact: true }).click();
  const tasksHeading = caseworker.getByRole('heading', { level: 2, name: 'Opgaver på tværs af enheder' });
  await expect(tasksHeading).toBeFocused();
  await expect(tasksHeading).toBeInViewport();
  await expectAccessible(caseworker, 'citizen page with its section menu on a phone');
  await caseworker.setViewportSize({ width: 1280, height: 720 });
  // Filter by kind: without "Registrering" only the stay and the notification remain.
  await timeline.locator('label').filter({ hasText: 'Registrering' }).click();
  await expect(timeline.getByRole('checkbox', { name: 'Registrering' })).not.toBeChecked();
  await expect(events).not.toContainText('Borgeren blev registreret');
  await expect(events).toContainText('Handlekommunen blev underrettet');
  // The caseworker may see the full CPR number; the reveal is audited and hides again.
  await caseworker.getByRole('button', { name: 'Vis CPR' }).click();
  await expect(caseworker.getByTestId('citizen-cpr')).toHaveText(cpr);
  await expectAccessible(caseworker, 'citizen page (caseworker)');
  await caseworkerContext.close();
});
