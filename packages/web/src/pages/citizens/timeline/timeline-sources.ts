import type { TFunction } from 'i18next';
import { isHomeless } from '@hjemvej/domain';
import type { Citizen, HousingPeriod, Locale, ShelterStay } from '@hjemvej/contract';
import { formatIsoDate } from '../../../format/date';
import type { SpanColour, TimelineEvent, TimelinePart, TimelineSpan } from './timeline-model';

interface SourceContext {
  readonly t: TFunction;
  readonly locale: Locale;
}

/** The record itself: when it was registered. */
export function citizenTimeline(citizen: Pick<Citizen, 'id' | 'createdAt'>, { t }: SourceContext): TimelinePart {
  return {
    events: [
      {
        id: `citizen-${citizen.id}`,
        kind: 'registration',
        at: citizen.createdAt,
        order: 0,
        title: t('citizens.timeline.event.registered'),
        detail: null,
        actor: null,
        tone: 'neutral',
      },
    ],
    spans: [],
  };
}

function housingColour(period: HousingPeriod): SpanColour {
  if (period.category === 'unknown') return 'unknown';
  return isHomeless(period.category) ? 'homeless' : 'housed';
}

/** Each housing situation: an event where it began, a bar for how long it lasted. */
export function housingTimeline(periods: readonly HousingPeriod[], { t }: SourceContext): TimelinePart {
  const events: TimelineEvent[] = periods.map((period) => ({
    id: `housing-${period.id}`,
    kind: 'housing',
    at: period.fromDate,
    order: 1,
    title: t('citizens.timeline.event.housing', { category: t(`housingCategory.${period.category}`) }),
    detail: period.note,
    actor: period.createdBy,
    tone: period.category === 'unknown' ? 'neutral' : isHomeless(period.category) ? 'warning' : 'success',
  }));
  const spans: TimelineSpan[] = periods.map((period) => ({
    id: `housing-${period.id}`,
    lane: 'housing',
    from: period.fromDate,
    to: period.toDate,
    label: t(`housingCategory.${period.category}`),
    colour: housingColour(period),
  }));
  return { events, spans };
}

/** § 110 stays: admission, the notification (or its missed deadline), discharge; a bar per stay. */
export function stayTimeline(stays: readonly ShelterStay[], { t, locale }: SourceContext): TimelinePart {
  const events: TimelineEvent[] = [];
  const spans: TimelineSpan[] = [];
  for (const stay of stays) {
    events.push({
      id: `stay-${stay.id}`,
      kind: 'stay',
      at: stay.admittedOn,
      order: 2,
      title: t('citizens.timeline.event.admitted', { shelter: stay.shelter.name }),
      detail:
        stay.referral === 'referred'
          ? t('shelterStays.referredByName', { name: stay.referredBy ?? '–' })
          : t('shelterStays.referralOption.self'),
      actor: null,
      tone: 'info',
    });
    const { notification } = stay;
    if (stay.handlekommuneNotifiedOn !== null) {
      events.push({
        id: `notification-${stay.id}`,
        kind: 'notification',
        at: stay.handlekommuneNotifiedOn,
        order: 3,
        title: t('citizens.timeline.event.notified'),
        detail: t(`shelterStays.notificationState.${notification.state}`, {
          deadline: formatIsoDate(notification.deadline, locale),
          count: notification.state === 'late' ? notification.workingDaysLate : notification.workingDaysLeft,
        }),
        actor: null,
        tone: notification.isOnTime === false ? 'danger' : 'success',
      });
    } else if (notification.state === 'missing' || notification.state === 'pending') {
      events.push({
        id: `notification-${stay.id}`,
        kind: 'notification',
        at: notification.deadline,
        order: 3,
        title:
          notification.state === 'missing'
            ? t('citizens.timeline.event.notificationMissed')
            : t('citizens.timeline.event.notificationDue'),
        detail: null,
        actor: null,
        tone: notification.state === 'missing' ? 'danger' : 'warning',
      });
    }
    if (stay.dischargedOn !== null) {
      events.push({
        id: `discharge-${stay.id}`,
        kind: 'stay',
        at: stay.dischargedOn,
        order: 4,
        title: t('citizens.timeline.event.discharged', { shelter: stay.shelter.name }),
        detail: t('shelterStays.dischargeSummary', {
          reason: stay.dischargeReason ? t(`shelterStays.dischargeReasonOption.${stay.dischargeReason}`) : '–',
          destination: stay.dischargeDestination ? t(`housingCategory.${stay.dischargeDestination}`) : '–',
        }),
        actor: null,
        tone: 'neutral',
      });
    }
    spans.push({
      id: `stay-${stay.id}`,
      lane: 'stay',
      from: stay.admittedOn,
      to: stay.dischargedOn,
      label: stay.shelter.name,
      colour: 'stay',
    });
  }
  return { events, spans };
}
