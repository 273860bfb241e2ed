/**
 * Each role's start page (issue 14: "what is mine and what is due"), at a desktop's 1280 px and a
 * phone's 375 px, with axe: the blocks the role's day is made of, nothing cut off on a phone.
 * With SHOTS=dir set, a screenshot of each is saved there (for describing them; not in CI).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, signIn } from './support';

interface StartPage {
  readonly role: string;
  readonly email: string;
  /** What the start page must show, checked at both widths. */
  readonly check: (page: Page) => Promise<void>;
}

const region = (page: Page, name: string) => page.getByRole('region', { name });

const startPages: readonly StartPage[] = [
  {
    role: 'caseworker',
    email: 'sagsbehandler@demo.hjemvej.dk',
    check: async (page) => {
      await expect(region(page, 'Mine opgaver').getByTestId('start-my-tasks-summary')).toContainText(/opgave/);
      await expect(region(page, 'Borgere der kræver handling')).toContainText(/Næste skridt:/);
      await expect(region(page, 'Nye på herberg').getByTestId('start-admissions-summary')).toContainText(
        /herberg de seneste 7 dage/,
      );
    },
  },
  {
    role: 'support-worker',
    email: 'stoette@demo.hjemvej.dk',
    check: async (page) => {
      await expect(region(page, 'Mine borgere i støtteforløb').getByTestId('start-caseload-summary')).toContainText(/forløb/);
    },
  },
  {
    role: 'unit-member',
    email: 'jobcenter@demo.hjemvej.dk',
    check: async (page) => {
      const unit = region(page, 'Mine opgaver').getByTestId('start-unit-summary').first();
      await expect(unit).toContainText(/\d+ åbne · \d+ haster · \d+ over fristen · \d+ med frist denne uge/);
      await expect(unit.getByRole('link')).toHaveAttribute('href', /\/inbox\?unit=[0-9a-f-]{36}$/);
    },
  },
  {
    role: 'leader',
    email: 'leder@demo.hjemvej.dk',
    check: async (page) => {
      const figures = region(page, 'Overblik for lederen').getByTestId('start-leader-figures');
      for (const [key, text] of [
        ['homelessNow', 'hjemløse nu'],
        ['housedThisMonth', 'flyttet i egen bolig denne måned'],
        ['leadTime', 'fra første kontakt til egen bolig'],
        ['overdueTasks', 'opgaver over fristen'],
        ['agreementsDue', 'samarbejdsaftaler skal genbesøges'],
      ] as const) {
        await expect(figures.getByTestId(`leader-figure-${key}`)).toContainText(text);
      }
      await expect(figures.getByTestId('leader-figure-homelessNow')).toHaveAttribute('href', '/by-name-list');
    },
  },
  {
    role: 'shelter-staff',
    email: 'herberg@demo.hjemvej.dk',
    check: async (page) => {
      await expect(region(page, 'Beboere nu').getByTestId('start-residents-summary')).toContainText(/på herberget nu/);
    },
  },
  {
    role: 'shelter-leader',
    email: 'forstander@demo.hjemvej.dk',
    check: async (page) => {
      await expect(region(page, 'Beboere nu')).toContainText('Ophold over 2 måneder');
      await expect(region(page, 'Beboere nu')).toContainText(
        /flytte?r? i egen bolig inden for 14 dage|Ingen udskrivninger til egen bolig/,
      );
      await expect(region(page, 'Overblik for lederen').getByTestId('leader-figure-overdueTasks')).toBeVisible();
    },
  },
  {
    role: 'partner',
    email: 'partner@demo.hjemvej.dk',
    check: async (page) => {
      await expect(region(page, 'Mine opgaver').getByTestId('start-my-tasks-summary')).toBeVisible();
      const lane = region(page, 'Flowkort I er med i').getByTestId('start-lane').first();
      await expect(lane).toContainText('Fra forsorgshjem til egen bolig · Demo Kommune');
      await expect(lane).toContainText(/Trin \d+ af \d+: Møbler til boligen \(Møbeldepotet, frist 3 arbejdsdage\)/);
    },
  },
  {
    role: 'system-admin',
    email: 'drift@demo.hjemvej.dk',
    check: async (page) => {
      await expect(region(page, 'Organisationer').getByTestId('start-organisations-summary')).toContainText(/organisationer/);
    },
  },
];

for (const start of startPages) {
  test(`the ${start.role}’s start page says what is theirs, at 1280 and 375 px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, start.email);
    await start.check(page);
    await expectAccessible(page, `start page (${start.role}, 1280 px)`);
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/start-${start.role}-1280.png`, fullPage: true });

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await start.check(page);
    await expectAccessible(page, `start page (${start.role}, 375 px)`);
    await expectNoSidewaysScroll(page, 'nothing runs off a phone’s screen');
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/start-${start.role}-375.png`, fullPage: true });
  });
}
