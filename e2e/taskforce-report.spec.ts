import { expect, test } from '@playwright/test';
import { chooseOption, expectAccessible, signedInPage, signIn, closeDialogWith } from './support';

test('the taskforce writes a recommendation, it becomes a development point, a goal and the report are corrected, and the effects download as PDF', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The consultant opens Demo Kommune's course: the published report with the demo's recommendations.
  await signIn(page, 'konsulent@demo.hjemvej.dk');
  await page.goto('/taskforce/planning');
  await page.getByRole('link', { name: 'Se forløbet for Demo Kommune' }).click();
  const report = page.getByRole('region', { name: 'Analyserapport og anbefalinger' });
  await expect(report.getByText(/^Offentliggjort \d{2}\.\d{2}\.\d{4}$/)).toBeVisible();
  await expect(report.getByTestId('report-figures')).toContainText('K1');
  await expect(report.getByTestId('taskforce-recommendation')).toHaveCount(4);
  await expect(report.getByTestId('report-case-review')).toContainText('Juridisk sagsgennemgang');

  // A recommendation without evidence is refused, naming the field; with a key figure it is kept.
  await report.getByRole('button', { name: 'Ny anbefaling' }).click();
  const form = page.getByRole('dialog', { name: 'Ny anbefaling' });
  await chooseOption(page, form, 'Tema', 'Organisering og samarbejde');
  await form.getByLabel('Anbefaling').fill('Fælles visitationsmøde hver uge');
  await form.getByLabel('Uddybning').fill('Myndighed, forsorgshjem og CTI-team mødes hver tirsdag.');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(
    form.getByText('Angiv belægget for anbefalingen: et nøgletal fra datapakken, en begrundelse eller begge.'),
  ).toBeVisible();
  await expectAccessible(page, 'the recommendation form refused');
  await chooseOption(page, form, 'Nøgletal fra datapakken', /^K1 · /);
  await closeDialogWith(form, 'Gem');
  const recommendation = report.getByRole('article', { name: '5. Fælles visitationsmøde hver uge' });
  await expect(recommendation).toContainText('Belæg: K1');
  await expectAccessible(page, 'the analysis report');

  // The municipality's leader sees the report and chooses the recommendation as a development point.
  const leader = await signedInPage(browser, 'leder@demo.hjemvej.dk');
  await leader.getByRole('link', { name: 'Taskforce-forløb' }).first().click();
  await leader.getByRole('link', { name: 'Se forløbet' }).click();
  const seen = leader.getByRole('region', { name: 'Analyserapport og anbefalinger' });
  await expect(seen.getByRole('button', { name: 'Rediger rapporten' })).toBeHidden();
  const chosen = seen.getByRole('article', { name: '5. Fælles visitationsmøde hver uge' });
  await chosen.getByRole('button', { name: 'Vælg som udviklingspunkt' }).click();
  await expect(chosen.getByText('Udviklingspunkt i planen')).toBeVisible();
  const plan = leader.getByRole('region', { name: 'Udviklingsplan' });
  await expect(plan.getByRole('heading', { name: 'Fælles visitationsmøde hver uge' })).toBeVisible();

  // The leader corrects a goal's target; its key figure and baseline stay as they were.
  const goal = plan.getByTestId('taskforce-goal').first();
  await goal.getByRole('button', { name: /^Ret målet / }).click();
  const goalForm = leader.getByRole('dialog', { name: /^Ret målet / });
  await expect(goalForm.getByText(/^Nøgletal og baseline ligger fast/)).toBeVisible();
  await expect(goalForm.getByLabel('Nøgletal', { exact: true })).toBeDisabled();
  await goalForm.getByLabel('Mål (procent, dage eller antal)').fill('12');
  await expectAccessible(leader, 'correcting a goal');
  await closeDialogWith(goalForm, 'Gem');
  await expect(goal).toContainText(/Mål\s*12( %| dage)?(?!\d)/);

  // The report downloads as PDF.
  const reportDownload = leader.waitForEvent('download');
  await seen.getByRole('link', { name: 'Hent rapporten som PDF' }).click();
  expect((await reportDownload).suggestedFilename()).toBe('taskforce-analyserapport.pdf');

  // The anchoring plan: the demo's draft; an agreed plan is refused while an item has no owner.
  const anchoring = leader.getByRole('region', { name: 'Forankringsplan' });
  await expect(anchoring.getByTestId('anchoring-items')).toContainText('Boligplan fra første uge på forsorgshjemmet');
  await anchoring.getByRole('button', { name: 'Rediger forankringsplanen' }).click();
  const editing = leader.getByRole('dialog', { name: 'Rediger forankringsplanen' });
  await editing.getByText('Aftalt', { exact: true }).click();
  await editing.getByRole('button', { name: 'Gem' }).click();
  await expect(editing.getByText('Angiv, hvem der er ansvarlig, før planen aftales.').first()).toBeVisible();
  await expectAccessible(leader, 'the anchoring plan refused');
  await editing.getByRole('button', { name: 'Annuller' }).click();
  await expectAccessible(leader, 'the course with report and anchoring');

  // The effect presentation: baseline against now for the plan's goals, and its PDF.
  await anchoring.getByRole('link', { name: 'Effekter for det politiske niveau' }).click();
  await expect(leader.getByRole('heading', { level: 1, name: 'Effekter af taskforce-forløbet – Demo Kommune' })).toBeVisible();
  const effects = leader.getByTestId('taskforce-effects');
  await expect(effects.getByRole('columnheader', { name: 'Baseline' })).toBeVisible();
  await expect(effects.locator('tbody tr')).not.toHaveCount(0);
  await expectAccessible(leader, 'the effect presentation');
  const effectsDownload = leader.waitForEvent('download');
  await leader.getByRole('link', { name: 'Hent som PDF' }).click();
  expect((await effectsDownload).suggestedFilename()).toBe('taskforce-effekter.pdf');
  await leader.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(leader, 'the effect presentation at 375 px');

  // The goals stay on the municipality's own dashboard.
  await leader.setViewportSize({ width: 1280, height: 900 });
  await leader.goto('/key-figures');
  await expect(leader.getByTestId('taskforce-goals-card')).toContainText('Taskforce-forløbets mål');
  await leader.close();

  // The consultant takes the report back to draft, removes a recommendation, and publishes it again.
  await page.reload();
  await report.getByRole('button', { name: 'Rediger rapporten' }).click();
  const reportForm = page.getByRole('dialog', { name: 'Rediger rapporten' });
  await reportForm.getByText('Kladde', { exact: true }).click();
  await closeDialogWith(reportForm, 'Gem');
  await expect(report.getByTestId('taskforce-recommendation')).toHaveCount(5);
  // The recommendation that became a development point keeps it: it cannot be removed.
  await expect(report.getByRole('button', { name: 'Ret anbefalingen Fælles visitationsmøde hver uge' })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Fjern anbefalingen Fælles visitationsmøde hver uge' })).toBeHidden();
  await report
    .getByRole('button', { name: /^Fjern anbefalingen / })
    .first()
    .click();
  const removing = page.getByRole('dialog', { name: 'Fjern anbefalingen?' });
  await expectAccessible(page, 'removing a recommendation');
  await removing.getByRole('button', { name: 'Fjern', exact: true }).click();
  await expect(removing).toBeHidden();
  await expect(report.getByTestId('taskforce-recommendation')).toHaveCount(4);
  await report.getByRole('button', { name: 'Rediger rapporten' }).click();
  await reportForm.getByText('Offentliggjort', { exact: true }).click();
  await closeDialogWith(reportForm, 'Gem');
  await expect(report.getByText(/^Offentliggjort \d{2}\.\d{2}\.\d{4}$/)).toBeVisible();
  await expect(report.getByRole('button', { name: /^Fjern anbefalingen / })).toHaveCount(0);
  await expectAccessible(page, 'the report published again');
});
