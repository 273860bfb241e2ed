/**
 * The taskforce's intake (seed 001): municipalities apply, and the national taskforce starts
 * courses twice a year, in spring and in autumn, two of each by default. A season's capacity is
 * configuration (the taskforce may set another number for one season); the default is defined
 * here, once.
 */
import { isoDate, type IsoDate } from '../calendar/iso-date';

/** The four themes the course is organised around (seed 001). */
export const taskforceThemes = ['housing_supply', 'support_methods', 'organisation', 'legal_quality'] as const;
export type TaskforceTheme = (typeof taskforceThemes)[number];

export const seasonTerms = ['spring', 'autumn'] as const;
export type SeasonTerm = (typeof seasonTerms)[number];

export interface Season {
  readonly year: number;
  readonly term: SeasonTerm;
}

/** Starts per season when the taskforce has not set another number: "two in spring and two in autumn". */
export const defaultSeasonCapacity = 2;

export const taskforceApplicationStatuses = ['submitted', 'deferred', 'accepted', 'declined'] as const;
export type TaskforceApplicationStatus = (typeof taskforceApplicationStatuses)[number];

/** An application still waiting for the taskforce's answer (the municipality may still change it). */
export function isApplicationOpen(status: TaskforceApplicationStatus): boolean {
  return status === 'submitted' || status === 'deferred';
}

/** 'autumn-2027': the season's key in URLs and lists. */
export function seasonKey(season: Season): string {
  return `${season.term}-${season.year}`;
}

export function parseSeasonKey(key: string): Season | null {
  const match = /^(spring|autumn)-(\d{4})$/.exec(key);
  if (!match) return null;
  return { term: match[1] as SeasonTerm, year: Number(match[2]) };
}

/**
 * The day a season's courses start, for planning: spring on 1 February, autumn on 1 September.
 * (Inference: seed 001 names only the seasons; the dates are moved course by course.)
 */
export function seasonStartDate(season: Season): IsoDate {
  return isoDate(season.year, season.term === 'spring' ? 2 : 9, 1);
}

/** The season a date falls in for planning (spring: January–June, autumn: July–December). */
export function seasonOf(date: IsoDate): Season {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, term: month <= 6 ? 'spring' : 'autumn' };
}

/** The next `count` seasons from the one `today` falls in, in order. */
export function upcomingSeasons(today: IsoDate, count: number): Season[] {
  const seasons: Season[] = [];
  let season = seasonOf(today);
  for (let i = 0; i < count; i++) {
    seasons.push(season);
    season = season.term === 'spring' ? { year: season.year, term: 'autumn' } : { year: season.year + 1, term: 'spring' };
  }
  return seasons;
}

export function compareSeasons(a: Season, b: Season): number {
  return a.year - b.year || seasonTerms.indexOf(a.term) - seasonTerms.indexOf(b.term);
}

/**
 * Whether one more start fits in the season: `accepted` courses already start there (not
 * counting the application being accepted). A refusal names the numbers for the message.
 */
export function checkSeasonCapacity(
  accepted: number,
  capacity: number,
): { readonly fits: true } | { readonly fits: false; readonly accepted: number; readonly capacity: number } {
  return accepted + 1 <= capacity ? { fits: true } : { fits: false, accepted, capacity };
}
