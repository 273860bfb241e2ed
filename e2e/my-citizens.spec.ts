import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, signIn, closeDialogWith } from './support';

test('the caseworker makes herself responsible for a citizen and finds the citizen under "Mine borgere" on her start page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');

  // The demo gives her several cases: the block says how many, and what is overdue comes first.
  const block = page.getByRole('region', { name: 'Mine borgere' });
  // At least the demo's eight (journeys before this one may have registered more of hers).
  const summary = block.getByTestId('start-my-citizens-summary');
  await expect(summary).toContainText(/Du er sagsansvarlig for \d+ borgere/);
  const carried = Number(/sagsansvarlig for (\d+)/.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
  expect(carried).toBeGreaterThanOrEqual(8);
  await expect(block.getByTestId('start-my-citizen-overdue').first()).toContainText('Overskredet');
  await expect(block.getByRole('link', { name: 'Flemming Jensen' })).toHaveCount(0);

  // She opens a citizen she does not carry yet and chooses herself as sagsansvarlig.
  await page.getByRole('link', { name: 'Borgere' }).first().click();
  await page.getByRole('searchbox', { name: 'Søg' }).fill('Flemming Jensen');
  await page.getByRole('link', { name: 'Flemming Jensen' }).first().click();
  const header = page.getByTestId('citizen-header');
  await expect(header).toContainText('Ingen sagsansvarlig');
  await header.getByRole('button', { name: 'Rediger oplysninger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rediger borgerens oplysninger' });
  await dialog.getByRole('combobox', { name: 'Sagsansvarlig' }).click();
  await page.getByRole('option', { name: 'Søren Sagsbehandler' }).click();
  await expectAccessible(page, 'citizen edit with sagsansvarlig (1280)');
  await closeDialogWith(dialog, 'Gem');
  await expect(header).toContainText('Søren Sagsbehandler');

  // Back on the start page the citizen is hers.
  await page
    .getByRole('link', { name: /Forside|Hjem/ })
    .first()
    .click();
  await expect(summary).toContainText(`Du er sagsansvarlig for ${carried + 1} borgere`);
  await expect(block.getByRole('link', { name: 'Flemming Jensen' })).toBeVisible();
  await expectAccessible(page, 'start page with my citizens (1280)');
  await block.screenshot({ path: 'test-results/my-citizens-1280.png' });

  // On a phone the block reads the same, one column.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(block.getByRole('link', { name: 'Flemming Jensen' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'start page with my citizens (375)');
  await page.screenshot({ path: 'test-results/my-citizens-375.png', fullPage: true });

  // The link leads to the citizen.
  await block.getByRole('link', { name: 'Flemming Jensen' }).click();
  await expect(page.getByTestId('citizen-header')).toContainText('Søren Sagsbehandler');
});
