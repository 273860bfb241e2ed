import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

export const demoPassword = 'hjemvej-demo-2026';

/** axe-core on the page as it is now: no serious or critical WCAG 2.1 A/AA violations. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Check the page at rest: a toast or dialog caught mid-transition has blended colours.
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = serious.map(
    (v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
  expect(described, `accessibility on ${where}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Goddag');
}

export async function signOut(page: Page, userName: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(userName) }).click();
  await page.getByRole('menuitem', { name: /Log ud|Sign out/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Log ind|Sign in/ })).toBeVisible();
}

/**
 * Nothing runs off the screen sideways. Polled, because after a viewport change the layout
 * settles over a few frames (the burger menu replaces the side menu, charts measure again):
 * a single reading right after `setViewportSize` can catch the old, wider layout.
 */
export async function expectNoSidewaysScroll(page: Page, message = 'nothing runs off the screen sideways'): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message,
    })
    .toBeLessThanOrEqual(0);
}

/** An ISO date `days` before today in Denmark (a negative number: after today). */
export function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** A page in a browser context of its own, signed in as `email`. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** From the home page, signs `signedInName` out and `email` in on the same page. */
export async function switchUser(page: Page, signedInName: string, email: string): Promise<void> {
  await page.goto('/');
  await signOut(page, signedInName);
  await signIn(page, email);
}

/** Follows a link in the main menu. */
export async function openFromMainMenu(page: Page, link: string, options: { exact?: boolean } = {}): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: link, exact: options.exact }).click();
}

/** Opens a list page by its first link (named as its heading), sees one row's text, and checks it with axe. */
export async function openListPage(
  page: Page,
  list: { link: string; table: string; contains: string; where: string },
): Promise<void> {
  await page.getByRole('link', { name: list.link }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: list.link })).toBeVisible();
  await expect(page.getByTestId(list.table)).toContainText(list.contains);
  await expectAccessible(page, list.where);
}

/** Picks `option` in the combobox `label` inside `scope`; the options open on the page. */
export async function chooseOption(
  page: Page,
  scope: Locator,
  label: string,
  option: string | RegExp,
  options: { exact?: boolean } = {},
): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: options.exact }).click();
}

/** Clicks the dialog's `button` and waits until the dialog has closed. */
export async function closeDialogWith(dialog: Locator, button: string): Promise<void> {
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
}

/** `locator` contains each of `texts`, checked one after the other. */
export async function expectTexts(locator: Locator, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    await expect(locator).toContainText(text);
  }
}

/** Fills the CPR number and the names in the "Registrer borger" dialog. */
export async function fillCitizenIdentity(
  register: Locator,
  citizen: { cpr: string; firstName: string; lastName: string },
): Promise<void> {
  await register.getByRole('textbox', { name: 'CPR-nummer' }).fill(citizen.cpr);
  await register.getByLabel('Fornavn').fill(citizen.firstName);
  await register.getByLabel('Efternavn').fill(citizen.lastName);
}

/**
 * Registers a citizen from the citizens list with CPR number and names only, waits for the
 * citizen's page and returns its path.
 */
export async function registerCitizen(
  page: Page,
  citizen: { cpr: string; firstName: string; lastName: string },
): Promise<string> {
  await page.getByRole('button', { name: 'Registrer borger' }).click();
  const register = page.getByRole('dialog', { name: 'Registrer borger' });
  await fillCitizenIdentity(register, citizen);
  await register.getByRole('button', { name: 'Registrer borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${citizen.firstName} ${citizen.lastName}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * The intake conversation's fields in the "Registrer borger" dialog of a shelter, and the
 * handlekommune the shelter must notify (§ 110 stk. 6).
 */
export async function fillIntakeConversation(
  page: Page,
  register: Locator,
  intake: {
    cameFrom: string;
    homeMunicipality: string;
    livedWhere: string;
    whyHomeless: string;
    problems: readonly string[];
    handlekommune: string;
  },
): Promise<void> {
  await register.getByLabel('Hvor kommer borgeren fra?').fill(intake.cameFrom);
  await register.getByLabel('Hjemkommune').fill(intake.homeMunicipality);
  await register.getByLabel('Hvor har borgeren boet?').fill(intake.livedWhere);
  await register.getByLabel('Hvorfor er borgeren blevet hjemløs?').fill(intake.whyHomeless);
  for (const problem of intake.problems) {
    await register.getByRole('checkbox', { name: problem }).check();
  }
  await chooseOption(page, register, 'Handlekommune', intake.handlekommune);
}

/** Adds a housing situation from a date on the citizen's page and sees it as the situation now. */
export async function addHousingSituation(page: Page, situation: string, from: string): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj boligsituation' }).click();
  const housing = page.getByRole('dialog', { name: 'Tilføj boligsituation' });
  await housing.getByRole('combobox', { name: 'Boligsituation' }).click();
  await page.getByRole('option', { name: situation }).click();
  await housing.getByLabel('Fra', { exact: true }).fill(from);
  await housing.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByTestId('housing-now')).toContainText(situation);
}

/** Opens "Ny afgørelse" and fills a granted § 85 a Housing First decision; returns the open dialog. */
export async function fillHousingFirstDecision(page: Page, method: string, reason: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Ny afgørelse' }).click();
  const decision = page.getByRole('dialog', { name: 'Ny afgørelse' });
  await decision.getByLabel('Afgørelse efter').selectOption({ label: '§ 85 a – Housing First-støtte' });
  await decision.getByLabel('Housing First-metode').selectOption({ label: method });
  await decision.getByRole('radio', { name: 'Bevilget' }).check();
  await decision.getByLabel('Begrundelse', { exact: true }).fill(reason);
  return decision;
}

/** The shelter asks to discharge the citizen on the page to own housing; returns the dialog (closed if allowed). */
export async function dischargeToOwnHousing(page: Page): Promise<Locator> {
  await page.getByTestId('stay-card').getByRole('button', { name: 'Udskriv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udskriv borgeren' });
  await dialog.getByLabel('Hvordan sluttede opholdet?', { exact: true }).click();
  await page.getByRole('option', { name: 'Planlagt udskrivning' }).click();
  await dialog.getByLabel('Hvor gik borgeren hen?', { exact: true }).click();
  await page.getByRole('option', { name: 'Egen bolig med lejekontrakt' }).click();
  await dialog.getByRole('button', { name: 'Udskriv' }).click();
  return dialog;
}

/** Opens the follow-up after 3 months on the citizen's page and answers whether the home was kept; returns the dialog. */
export async function answerThreeMonthFollowUp(page: Page, answer: string): Promise<Locator> {
  await page
    .getByTestId('follow-ups')
    .getByTestId('follow-up-3')
    .getByRole('button', { name: /Registrer opfølgning efter 3 måneder/ })
    .click();
  const followUp = page.getByRole('dialog', { name: 'Opfølgning efter 3 måneder' });
  await followUp.getByRole('radio', { name: answer }).check();
  return followUp;
}

/**
 * The discharge to own housing is refused while § 110 stk. 5 is not met: returns the open dialog
 * and the listed missing conditions.
 */
export async function dischargeBlocked(page: Page): Promise<{ dialog: Locator; missing: Locator }> {
  const dialog = await dischargeToOwnHousing(page);
  const blocked = dialog.getByTestId('discharge-blocked');
  await expect(blocked).toContainText('kan ikke udskrives til egen bolig endnu');
  return { dialog, missing: blocked.getByTestId('discharge-missing').getByRole('listitem') };
}

/** Once § 110 stk. 5 is met (the legal check says so after a reload), the discharge to own housing goes through. */
export async function dischargeWhenAllowed(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByTestId('legal-checks').locator('[data-rule="discharge_conditions_110_5"]')).toHaveAttribute(
    'data-status',
    'met',
  );
  const dialog = await dischargeToOwnHousing(page);
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('stay-card')).toContainText('Egen bolig med lejekontrakt');
}
