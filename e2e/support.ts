import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
