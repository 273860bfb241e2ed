/**
 * The national consultant's programme, as a new user would meet it: she creates a programme,
 * adds two member municipalities, logs a phone-advice activity with a topic and no citizen
 * data, sees the figures per member and pooled with "<5" where cells are small, and cannot
 * reach any person behind them.
 */
import { expect, test } from '@playwright/test';
import { chooseOption, expectAccessible, openListPage, signIn, switchUser } from './support';

test('the national consultant runs a programme and sees its figures suppressed, never a person', async ({ page }) => {
  test.setTimeout(180_000);
  // A real citizen of Demo Kommune, to try to reach later.
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');
  const listed = await page.request.get('/api/citizens?pageSize=5');
  const citizen = ((await listed.json()) as { items: { id: string; lastName: string | null }[] }).items[0];
  if (!citizen) throw new Error('no demo citizen');

  await switchUser(page, 'Søren Sagsbehandler', 'konsulent@demo.hjemvej.dk');
  await openListPage(page, {
    link: 'Programmer',
    table: 'programmes-table',
    contains: 'Udbredelse af Housing First (demo)',
    where: 'the programmes list',
  });

  // A new programme: a period that ends before it starts is refused, naming the field.
  await page.getByRole('button', { name: 'Nyt program' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nyt program' });
  await dialog.getByLabel('Navn').fill('Gruppeforløb om udslusning');
  const year = new Date().getFullYear();
  await dialog.getByLabel('Periode fra').fill(`01.01.${year - 2}`);
  await dialog.getByLabel('Periode til').fill(`31.12.${year - 3}`);
  await dialog.getByLabel('Periode til').press('Tab');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toContainText('Programmets periode kan ikke slutte, før den begynder.');
  await dialog.getByLabel('Periode til').fill(`31.12.${year + 1}`);
  await dialog.getByLabel('Periode til').press('Tab');
  await dialog.getByLabel('Beskrivelse').fill('Tre kommuner afprøver prøvehandlinger om udslusning fra forsorgshjem.');
  await expectAccessible(page, 'the programme dialog');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gruppeforløb om udslusning' })).toBeVisible();

  // Two member municipalities: Lystrup (three citizens) and Fjordby.
  for (const [name, method] of [
    ['Lystrup Kommune', 'ICM'],
    ['Fjordby Kommune', 'CTI'],
  ] as const) {
    await page.getByRole('button', { name: 'Tilføj medlem' }).click();
    const member = page.getByRole('dialog', { name: 'Tilføj medlem' });
    await chooseOption(page, member, 'Kommune eller boform', name, { exact: true });
    // A method is a chip: its label is what a person clicks.
    await member.getByText(method, { exact: true }).click();
    await expect(member.getByRole('checkbox', { name: method })).toBeChecked();
    if (name === 'Lystrup Kommune') await expectAccessible(page, 'the member dialog');
    await member.getByRole('button', { name: 'Gem' }).click();
    await expect(member).toBeHidden();
    await expect(page.getByTestId('programme-members')).toContainText(name);
  }

  // Phone advice with a topic, and the form says not to write personal data.
  await expect(page.getByTestId('no-personal-data')).toContainText('Skriv ikke personoplysninger');
  await chooseOption(page, page.locator('body'), 'Aktivitet', 'Telefonrådgivning', { exact: true });
  await page.getByRole('textbox', { name: 'Emne' }).fill('Visitation til ICM efter udskrivning');
  await page.getByRole('button', { name: 'Registrer aktivitet' }).click();
  await expect(page.getByTestId('programme-activities')).toContainText('Visitation til ICM efter udskrivning');
  await expect(page.getByTestId('programme-activities')).toContainText('Telefonrådgivning');

  // The figures per member and pooled, over the last three years: Lystrup's few move-ins show as "<5".
  await page.getByLabel('Fra', { exact: true }).fill(`01.01.${year - 3}`);
  await page.getByLabel('Fra', { exact: true }).press('Tab');
  await chooseOption(page, page.locator('body'), 'Nøgletal', 'Dage fra første kontakt til indflytning', { exact: true });
  const figures = page.getByTestId('programme-figures');
  await expect(figures.getByRole('row', { name: /Lystrup Kommune/ })).toContainText('<5');
  await expect(figures).toContainText('Programmet samlet');
  await expect(page.getByTestId('programme-pooled')).toContainText(/\d/);
  await expectAccessible(page, 'the programme page with figures');

  // Nothing leads to a person: the figures have no links, and a citizen's page and data are closed.
  await expect(figures.getByRole('link')).toHaveCount(0);
  const api = await page.request.get(`/api/citizens/${citizen.id}`);
  expect([403, 404]).toContain(api.status());
  expect(await api.text()).not.toContain(citizen.lastName ?? citizen.id);
  const behind = await page.request.get(
    `/api/key-figures/citizens?from=${year - 3}-01-01&to=${year - 1}-12-31&referenceDate=${year - 1}-12-31&measure=k1_lead_time`,
  );
  expect([403, 404]).toContain(behind.status());
  await page.goto(`/citizens/${citizen.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen adgang' })).toBeVisible();
  if (citizen.lastName) await expect(page.getByText(citizen.lastName)).toHaveCount(0);

  // At a phone's width the programme still reads.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Gruppeforløb om udslusning' })).toBeVisible();
  await expectAccessible(page, 'the programme page at 375 px');
});
