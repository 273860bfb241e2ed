import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseOption, expectAccessible, openListPage, signIn } from './support';

/** Fills step `number` in the flowcard editor, adding it first unless it is the first; returns the step. */
async function fillStep(
  page: Page,
  number: number,
  step: { title: string; unit: string; workingDays: string },
): Promise<Locator> {
  if (number > 1) await page.getByRole('button', { name: 'Tilføj trin' }).click();
  const scope = page.getByTestId(`flowcard-step-${number}`);
  await scope.getByLabel('Hvad skal gøres (titel)').fill(step.title);
  await chooseOption(page, scope, 'Ansvarlig enhed', step.unit, { exact: true });
  await scope.getByLabel('Frist (arbejdsdage)').fill(step.workingDays);
  return scope;
}

test('a leader writes a flowcard with three steps in two units and a dependency, sees the swimlane, changes it, compares the versions; a cycle is refused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const name = `Hurtigt i egen bolig ${Date.now() % 100_000}`;
  await signIn(page, 'leder@demo.hjemvej.dk');

  // The demo municipality's own flowcards are there.
  await openListPage(page, {
    link: 'Flowkort',
    table: 'flowcards-table',
    contains: 'Fra forsorgshjem til egen bolig',
    where: 'flowcards list',
  });

  // A new flowcard: three steps, two units (Myndighed voksne and the jobcentre), step 3 waits for step 1.
  await page.getByRole('link', { name: 'Nyt flowkort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt flowkort' })).toBeVisible();
  await page.getByLabel('Navn').fill(name);
  await fillStep(page, 1, { title: 'Kontakt borgeren', unit: 'Myndighed voksne', workingDays: '2' });
  const step2 = await fillStep(page, 2, { title: 'Start kontanthjælp', unit: 'Jobcenter – kontanthjælp', workingDays: '5' });
  await step2.getByLabel('Tjekliste (ét punkt pr. linje)').fill('Ansøgning modtaget\nAfgørelse sendt');
  const step3 = await fillStep(page, 3, { title: 'Lav plan med borgeren', unit: 'Myndighed voksne', workingDays: '10' });
  await step3.getByRole('combobox', { name: 'Venter på' }).click();
  await page.getByRole('option', { name: '1. Kontakt borgeren', exact: true }).click();
  await page.keyboard.press('Escape');
  await chooseOption(page, step3, 'Fristen regnes fra', 'Når «1. Kontakt borgeren» er færdigt', { exact: true });
  await expectAccessible(page, 'flowcard editor');
  await page.getByRole('button', { name: 'Gem flowkort' }).click();

  // The swimlane: one lane per unit, three steps, and the table with the same content.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Version 1 · senest gemt af Lars Leder')).toBeVisible();
  const swimlane = page.getByTestId('flowcard-swimlane');
  await expect(swimlane.getByTestId('swimlane-lane')).toHaveCount(2);
  await expect(swimlane.getByTestId('swimlane-step')).toHaveCount(3);
  await expect(page.getByRole('img', { name: /Svømmebanediagram for .*: 3 trin i 2 enheder over 12 arbejdsdage/ })).toBeVisible();
  const steps = page.getByTestId('flowcard-steps');
  await expect(steps.getByRole('row', { name: /3\. Lav plan med borgeren/ })).toContainText('1. Kontakt borgeren');
  await expect(steps.getByRole('row', { name: /3\. Lav plan med borgeren/ })).toContainText('dag 2 – 12');
  await expect(page.getByTestId('flowcard-total')).toContainText('12 arbejdsdage');
  await expectAccessible(page, 'flowcard with swimlane');

  // A change: the jobcentre gets 8 days; version 2, with the reason in the history.
  await page.getByRole('link', { name: 'Ret flowkort' }).click();
  await page.getByTestId('flowcard-step-2').getByLabel('Frist (arbejdsdage)').fill('8');
  await page.getByLabel('Hvad er ændret og hvorfor (vises i historikken)').fill('Jobcentret har brug for mere tid');
  await page.getByRole('button', { name: 'Gem flowkort' }).click();
  await expect(page.getByText('Version 2 · senest gemt af Lars Leder')).toBeVisible();
  const versions = page.getByTestId('flowcard-versions');
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row', { name: /Version 2/ })).toContainText('Trin «Start kontanthjælp»');
  const compare = page.getByTestId('flowcard-compare');
  await expect(compare).toContainText('Trin › «Start kontanthjælp» › Frist (arbejdsdage)');
  await expect(compare.getByRole('deletion')).toContainText('5');
  await expect(compare.getByRole('insertion')).toContainText('8');
  await expectAccessible(page, 'flowcard versions and comparison');

  // A cycle: step 1 waits for step 3, which waits for step 1. Refused, naming the steps; nothing saved.
  await page.getByRole('link', { name: 'Ret flowkort' }).click();
  const first = page.getByTestId('flowcard-step-1');
  await first.getByRole('combobox', { name: 'Venter på' }).click();
  await page.getByRole('option', { name: '3. Lav plan med borgeren', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Gem flowkort' }).click();
  const problems = page.getByTestId('flowcard-problems');
  await expect(problems).toContainText(
    'Trinene venter på hinanden i ring: «Kontakt borgeren» → «Lav plan med borgeren» → «Kontakt borgeren»',
  );
  await expect(problems).toContainText('Fjern en af afhængighederne');
  await expect(first.getByText('Trinene venter på hinanden i ring')).toBeVisible();
  await expectAccessible(page, 'flowcard editor with a refused cycle');
  await page.getByRole('link', { name: 'Annullér' }).click();
  await expect(page.getByText('Version 2 · senest gemt af Lars Leder')).toBeVisible();
});

test('a municipal administrator writes a flowcard with a partner’s unit and sets the deadlines for working together', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `Møbler først ${Date.now() % 100_000}`;
  await signIn(page, 'admin@demo.hjemvej.dk');
  await page.getByRole('link', { name: 'Flowkort' }).first().click();
  await page.getByLabel('Frist når det haster («Housing First haster»), arbejdsdage').fill('1');
  await page.getByRole('button', { name: 'Gem frister' }).click();
  await expect(page.getByText('Fristerne er gemt.')).toBeVisible();
  await expect(page.getByText(/Senest ændret af Anne Administrator/)).toBeVisible();

  await page.getByRole('link', { name: 'Nyt flowkort' }).click();
  await page.getByLabel('Navn').fill(name);
  const step = page.getByTestId('flowcard-step-1');
  await step.getByLabel('Hvad skal gøres (titel)').fill('Skaf møbler');
  await chooseOption(page, step, 'Ansvarlig enhed', 'Møbeldepotet (Gadens Værested)', { exact: true });
  await page.getByRole('button', { name: 'Gem flowkort' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('flowcard-swimlane')).toContainText('Gadens Værested');
  await expectAccessible(page, 'flowcard written by the administrator');
});

test('a caseworker sees the whole demo flowcard with the two-month goal on a 1280 px page, scrolls it on a phone and prints it whole', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'sagsbehandler@demo.hjemvej.dk');
  await page.getByRole('link', { name: 'Flowkort' }).first().click();
  await page.getByRole('link', { name: 'Fra forsorgshjem til egen bolig' }).first().click();
  const swimlane = page.getByTestId('flowcard-swimlane');
  const goal = swimlane.getByTestId('swimlane-goal');
  // The goal is a line with its text, in the image's text alternative and said under it.
  await expect(goal).toContainText('Mål: egen bolig inden for 61 dage (arbejdsdag 43)');
  await expect(page.getByRole('img', { name: /lodret linje ved arbejdsdag 43/ })).toBeVisible();
  await expect(page.getByTestId('flowcard-goal')).toContainText('Forløbet er færdigt 4 arbejdsdage før målet.');
  // A label above its bar is knocked out of the arrows that pass behind it (a halo under the letters).
  const aboveBar = swimlane.getByTestId('swimlane-step-label').filter({ hasText: '8. Møbler til boligen' });
  await expect(aboveBar).toHaveAttribute('paint-order', 'stroke');
  await expect(aboveBar).toHaveAttribute('stroke', '#ffffff');

  // All 39 days, the last step and the goal within the page's width, without scrolling.
  const viewport = page.viewportSize()?.width ?? 0;
  const lastStep = swimlane.getByTestId('swimlane-step').filter({ hasText: 'Støtteforløbet begynder' }).locator('rect');
  const lastBox = await lastStep.boundingBox();
  expect((lastBox?.x ?? Infinity) + (lastBox?.width ?? 0)).toBeLessThanOrEqual(viewport);
  const goalBox = await goal.locator('line').boundingBox();
  expect(goalBox?.x ?? Infinity).toBeLessThanOrEqual(viewport);
  const scroller = page.locator('.flowcard-swimlane-scroll');
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await expect(scroller).not.toHaveAttribute('tabindex');
  await expect(swimlane.getByTestId('swimlane-lane-label').first()).toHaveText('Døgnteamet');
  await expectAccessible(page, 'flowcard swimlane with the goal (1280 px)');

  // A phone: the days keep their least width and the drawing scrolls, a labelled, focusable region.
  await page.setViewportSize({ width: 375, height: 800 });
  const region = page.getByRole('region', { name: 'Diagrammet kan rulles sidelæns.' });
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  await expectAccessible(page, 'flowcard swimlane (375 px)');

  // Printed: no app around the card, the drawing at the paper's width, the goal on it.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#main-navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv til væggen' })).toBeHidden();
  await expect(goal).toBeVisible();
  const printed = await swimlane.boundingBox();
  expect((printed?.x ?? Infinity) + (printed?.width ?? 0)).toBeLessThanOrEqual(viewport);
  await page.emulateMedia({ media: 'screen' });
});

test('a new municipality starts from a template: the demo’s workflow fills in the editor, and steps without a unit are named before anything is saved', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin@nabo.hjemvej.dk');
  await page.goto('/flowcards');
  await expect(page.getByRole('heading', { level: 1, name: 'Flowkort' })).toBeVisible();
  await expect(page.getByTestId('flowcards-table')).toContainText('Start fra en skabelon nedenfor');
  const templates = page.getByTestId('flowcard-templates');
  await expect(templates.getByRole('heading', { level: 3 })).toHaveText([
    'Fra forsorgshjem til egen bolig',
    'Løsladelse eller udskrivning uden boligløsning',
  ]);
  await expectAccessible(page, 'flowcards with templates');

  await templates.getByRole('link', { name: 'Brug skabelonen «Fra forsorgshjem til egen bolig»' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nyt flowkort' })).toBeVisible();
  await expect(page.getByTestId('flowcard-from-template')).toBeVisible();
  await expect(page.getByLabel('Navn')).toHaveValue('Fra forsorgshjem til egen bolig');
  const step1 = page.getByTestId('flowcard-step-1');
  await expect(step1.getByLabel('Hvad skal gøres (titel)')).toHaveValue('Underret handlekommunen');
  // The shelter Nabo Kommune works with has a unit of the template's name: it is proposed.
  await expect(step1.getByRole('combobox', { name: 'Ansvarlig enhed' })).toHaveValue('Døgnteamet (Forsorgshjemmet Havnely)');
  // Nabo Kommune has no jobcentre unit yet: the template says what kind of unit the step needs.
  await expect(page.getByTestId('flowcard-step-2')).toContainText(
    'Skabelonen foreslår: Jobcenter – kontanthjælp (kommunens enhed)',
  );
  await expect(page.getByTestId('flowcard-step-9')).toBeVisible();
  await expectAccessible(page, 'flowcard editor from a template');

  // Nabo Kommune has no units yet: saving names the steps that need one, and nothing is saved.
  await page.getByRole('button', { name: 'Gem flowkort' }).click();
  await expect(page.getByTestId('flowcard-problems')).toContainText('Afklar indtægt og start kontanthjælp');

  // On a phone the templates stack, and the editor is the same.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/flowcards');
  await expect(page.getByTestId('flowcard-templates').getByRole('article')).toHaveCount(2);
  await expectAccessible(page, 'flowcard templates on a phone');
});
