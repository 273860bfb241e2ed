/**
 * Course documentation on a phone, as the support worker would do it: the status registration
 * that is due today is a task in her team's inbox; she opens the citizen from it, starts the
 * registration (pre-filled from the previous one), lets the citizen rate the eight life areas
 * in their own words, confirms and saves; the task is done and the next status is upcoming. A
 * change to the registration shows as its version 2 on the citizen's timeline.
 * axe on the inbox, the citizen page and the form.
 */
import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible, signIn, closeDialogWith } from './support';

// The citizen page loads a dozen sections over the embedded database's one connection; on a
// busy machine the course's registrations can take longer than the default 10 s to appear.
const expect = baseExpect.configure({ timeout: 30_000 });

const title = 'Statusregistrering i bostøtteforløb';
const lifeAreaKeys = [
  'housing',
  'mental_health',
  'physical_health',
  'finances',
  'daily_activities',
  'network_social_relations',
  'substance_use',
  'education_employment',
];

test('the support worker completes a due status registration with the citizen’s own ratings on a 375 px phone', async ({
  browser,
}) => {
  // Eight life areas rated one by one on a phone: longer than one journey step.
  test.setTimeout(150_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'stoette@demo.hjemvej.dk');

  // The due registration is a task in the CTI team's inbox.
  await page.goto('/inbox');
  const card = page.getByTestId('task-card').filter({ hasText: 'Heidi Lauridsen' }).filter({ hasText: title });
  await expect(card).toBeVisible();
  await expectAccessible(page, 'inbox with the due registration (375 px)');
  await card.getByRole('button', { name: title }).click();
  const drawer = page.getByTestId('task-drawer');
  await expect(drawer.getByRole('heading', { name: title })).toBeVisible();
  await drawer.getByRole('link', { name: 'Heidi Lauridsen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Heidi Lauridsen/ })).toBeVisible();

  // On the course: due now, with the earlier registrations listed.
  const panel = page.getByTestId('course-registrations');
  await expect(panel.getByTestId('registration-next')).toContainText('Skal laves nu');
  await expect(panel.getByTestId('course-registration').first()).toContainText('Statusregistrering');
  await expect(panel.getByTestId('course-registration').last()).toContainText('Indskrivning');
  await expectAccessible(page, 'citizen page with a due registration (375 px)');

  await panel.getByRole('button', { name: 'Lav statusregistrering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Statusregistrering' });
  await expect(dialog.getByTestId('registration-prefilled')).toContainText('seneste registrering');
  // The worker's ratings carry forward; the citizen's own are the citizen's to give.
  const housing = dialog.getByTestId('life-area-housing');
  await expect(
    housing.getByRole('radiogroup', { name: 'Medarbejderens vurdering' }).getByRole('radio', { checked: true }),
  ).toHaveCount(1);
  await expect(
    housing.getByRole('radiogroup', { name: 'Borgerens egen vurdering' }).getByRole('radio', { checked: true }),
  ).toHaveCount(0);

  for (const [index, area] of lifeAreaKeys.entries()) {
    const fieldset = dialog.getByTestId(`life-area-${area}`);
    await fieldset
      .getByRole('radiogroup', { name: 'Borgerens egen vurdering' })
      .getByRole('radio', { name: String(2 + (index % 3)), exact: true })
      .check();
  }
  await housing.getByLabel('Med borgerens egne ord').fill('Jeg er glad for lejligheden, men trappen er hård for mit knæ.');
  await dialog.getByTestId('life-area-finances').getByLabel('Med borgerens egne ord').fill('Jeg har styr på huslejen nu.');

  // Saving without confirming the pre-filled answers is refused on the spot.
  await dialog.getByRole('button', { name: 'Gem registrering' }).click();
  await expect(dialog.getByText('Bekræft, at du har gennemgået de forudfyldte oplysninger.')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Jeg har gennemgået de forudfyldte oplysninger med borgeren' }).check();
  await expectAccessible(page, 'status registration form (375 px)');
  await dialog.getByRole('button', { name: 'Gem registrering' }).click();
  await expect(page.getByText('Registreringen er gemt.')).toBeVisible();
  await expect(dialog).toBeHidden();

  const newest = panel.getByTestId('course-registration').first();
  await expect(newest).toContainText('Statusregistrering');
  await expect(newest).toContainText('Borgerens egen vurdering: 8 af 8 livsområder');
  await expect(newest).toContainText('Sofie Støttemedarbejder');
  await expect(panel.getByTestId('registration-next')).toContainText('Kommende');

  // A changed registration keeps its versions, and the citizen's timeline shows each.
  await newest.getByRole('button', { name: /^Ret: Statusregistrering/ }).click();
  const editDialog = page.getByRole('dialog', { name: 'Ret statusregistrering' });
  await editDialog.getByLabel('Bemærkning').fill('Borgeren vil gerne have besøg om formiddagen.');
  await closeDialogWith(editDialog, 'Gem registrering');
  const timeline = page.getByTestId('timeline-list');
  await expect(timeline).toContainText('Statusregistrering ændret (version 2)');
  await expect(timeline).toContainText('Statusregistrering registreret (version 1)');

  // The inbox task is done with it; the next one (three months ahead) takes its place.
  await page.goto('/inbox');
  const next = page.getByTestId('task-card').filter({ hasText: 'Heidi Lauridsen' }).filter({ hasText: title });
  await expect(next).toHaveCount(1);
  await context.close();
});
