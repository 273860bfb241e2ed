import type { TFunction } from 'i18next';
import { seasonKey, seasonStartDate, upcomingSeasons, type Season } from '@hjemvej/domain';
import { todayInDenmark } from '../../format/date';

/** "Efterår 2027". */
export function seasonLabel(t: TFunction, season: Season): string {
  return t('taskforce.seasonName', { term: t(`taskforce.term.${season.term}`), year: season.year });
}

/** The coming seasons as select options (value: the season key). */
export function seasonOptions(t: TFunction, count = 6): { value: string; label: string }[] {
  const today = todayInDenmark();
  return upcomingSeasons(today, count + 1)
    .filter((s) => seasonStartDate(s) >= today)
    .slice(0, count)
    .map((s) => ({ value: seasonKey(s), label: seasonLabel(t, s) }));
}
