import type { TFunction } from 'i18next';
import type { FollowUpSchedule, HousingAllocation, Locale, SupportCourse } from '@hjemvej/contract';
import { formatIsoDate } from '../../../format/date';
import { formatKroner } from '../../../format/number';
import type { TimelineEvent, TimelinePart, TimelineSpan } from './timeline-model';

interface SourceContext {
  readonly t: TFunction;
  readonly locale: Locale;
}

/** Allocations of own housing: the offer, the signed lease, the move-in (and a withdrawal). */
export function allocationTimeline(allocations: readonly HousingAllocation[], { t }: SourceContext): TimelinePart {
  const events: TimelineEvent[] = [];
  for (const allocation of allocations) {
    const details = [
      allocation.partner?.name ?? allocation.landlord,
      allocation.monthlyRent === null
        ? null
        : t('housingAllocations.rentValue', { amount: formatKroner(allocation.monthlyRent) }),
      allocation.rooms === null ? null : t('housingAllocations.roomsValue', { count: allocation.rooms }),
    ].filter(Boolean);
    events.push({
      id: `allocation-${allocation.id}`,
      kind: 'allocation',
      at: allocation.allocatedOn,
      order: 4,
      title: t('citizens.timeline.event.allocated', { address: allocation.address }),
      detail: details.length > 0 ? details.join(' · ') : null,
      actor: null,
      tone: 'info',
    });
    if (allocation.leaseSignedOn) {
      events.push({
        id: `lease-${allocation.id}`,
        kind: 'lease',
        at: allocation.leaseSignedOn,
        order: 5,
        title: t('citizens.timeline.event.leaseSigned', { address: allocation.address }),
        detail: null,
        actor: null,
        tone: 'info',
      });
    }
    if (allocation.moveInOn) {
      events.push({
        id: `move-in-${allocation.id}`,
        kind: 'moveIn',
        at: allocation.moveInOn,
        order: 6,
        title: t('citizens.timeline.event.movedIn', { address: allocation.address }),
        detail: null,
        actor: null,
        tone: 'success',
      });
    }
    if (allocation.withdrawnOn) {
      events.push({
        id: `withdrawn-${allocation.id}`,
        kind: 'allocation',
        at: allocation.withdrawnOn,
        order: 6,
        title: t('citizens.timeline.event.allocationWithdrawn', { address: allocation.address }),
        detail: allocation.withdrawalReason,
        actor: null,
        tone: 'neutral',
      });
    }
  }
  return { events, spans: [] };
}

/** Support courses: start and end, CTI phase starts, each contact or visit; a bar per course. */
export function supportCourseTimeline(courses: readonly SupportCourse[], { t }: SourceContext): TimelinePart {
  const events: TimelineEvent[] = [];
  const spans: TimelineSpan[] = [];
  for (const course of courses) {
    const method = t(`supportCourses.method.${course.method}`);
    events.push({
      id: `course-${course.id}`,
      kind: 'supportCourse',
      at: course.startedOn,
      order: 7,
      title: t('citizens.timeline.event.courseStarted', { method }),
      detail: [course.team.name, course.worker?.displayName].filter(Boolean).join(' · '),
      actor: null,
      tone: 'info',
    });
    if (course.endedOn) {
      events.push({
        id: `course-end-${course.id}`,
        kind: 'supportCourse',
        at: course.endedOn,
        order: 9,
        title: t('citizens.timeline.event.courseEnded', { method }),
        detail: [course.endReason ? t(`supportCourses.endReason.${course.endReason}`) : null, course.endNote]
          .filter(Boolean)
          .join(' – '),
        actor: null,
        tone: 'neutral',
      });
    }
    for (const phase of course.cti?.phases ?? []) {
      if (!phase.startedOn) continue;
      events.push({
        id: `cti-${course.id}-${phase.phase}`,
        kind: 'ctiPhase',
        at: phase.startedOn,
        order: 8,
        title: t('citizens.timeline.event.ctiPhaseStarted', {
          phase: phase.phase,
          name: t(`supportCourses.cti.phaseName.${phase.name}`),
        }),
        detail: null,
        actor: null,
        tone: 'info',
      });
    }
    for (const contact of course.contacts) {
      events.push({
        id: `contact-${contact.id}`,
        kind: 'contact',
        at: contact.contactOn,
        order: 10,
        title: t('citizens.timeline.event.contact', { kind: t(`supportCourses.contactKind.${contact.kind}`) }),
        detail: contact.note,
        actor: contact.by?.displayName ?? null,
        tone: 'neutral',
      });
    }
    spans.push({
      id: `course-${course.id}`,
      lane: 'support',
      from: course.startedOn,
      to: course.endedOn,
      label: method,
      colour: 'support',
    });
  }
  return { events, spans };
}

/** Follow-ups after the move-in, and a return to homelessness when the home was lost. */
export function followUpTimeline(schedule: FollowUpSchedule | undefined, { t, locale }: SourceContext): TimelinePart {
  const events: TimelineEvent[] = [];
  for (const item of schedule?.items ?? []) {
    for (const milestone of item.milestones) {
      const followUp = milestone.followUp;
      if (!followUp) continue;
      events.push({
        id: `follow-up-${followUp.id}`,
        kind: 'followUp',
        at: followUp.checkedOn,
        order: 11,
        title: t('citizens.timeline.event.followUp', { count: milestone.milestone }),
        detail: [followUp.keepsHome ? t('followUps.outcome.keeps') : t('followUps.outcome.lost'), followUp.note]
          .filter(Boolean)
          .join(' – '),
        actor: followUp.createdBy,
        tone: followUp.keepsHome ? 'success' : 'danger',
      });
      if (!followUp.keepsHome && followUp.returnedFromHousing) {
        const lostOn = followUp.lostHomeOn ?? followUp.checkedOn;
        events.push({
          id: `returned-${followUp.id}`,
          kind: 'returned',
          at: lostOn,
          order: 12,
          title: t('citizens.timeline.event.returned'),
          detail: t('citizens.timeline.event.returnedDetail', { address: item.address, date: formatIsoDate(lostOn, locale) }),
          actor: followUp.createdBy,
          tone: 'danger',
        });
      }
    }
  }
  return { events, spans: [] };
}
