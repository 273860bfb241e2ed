import type { TFunction } from 'i18next';
import type {
  Assessment,
  CitizenVersionHistory,
  CourseRegistration,
  Decision,
  Locale,
  Plan,
  VersionedRecordKind,
} from '@hjemvej/contract';
import { decisionTitle } from '../../decisions/decision-status';
import type { FieldVocabulary } from '../../../versioning/version-changes';
import { formatIsoDate } from '../../../format/date';
import type { TimelineEvent, TimelineKind, TimelinePart } from './timeline-model';

type VersionItem = CitizenVersionHistory['items'][number];

export interface CourseRecordContext {
  readonly t: TFunction;
  readonly locale: Locale;
  /** Every version of the citizen's assessments, plans, decisions and course registrations; undefined while it loads. */
  readonly versions: readonly VersionItem[] | undefined;
  readonly vocabularies: Record<VersionedRecordKind, FieldVocabulary>;
}

/** The timeline's kind (its filter) of each versioned record's events. */
const eventKindOf: Record<VersionedRecordKind, TimelineKind> = {
  assessment: 'assessment',
  plan: 'plan',
  decision: 'decision',
  course_registration: 'courseRegistration',
};

interface VersionedRecord {
  readonly id: string;
  readonly createdBy: string | null;
}

/** How a kind of versioned record stands on the timeline, said of one record. */
interface RecordEvents {
  readonly kind: VersionedRecordKind;
  /** The record's own date (assessed, made, decided on): where its first version stands. */
  readonly on: string;
  readonly order: number;
  readonly first: (version: number) => Pick<TimelineEvent, 'title' | 'detail' | 'tone'>;
  readonly changed: (version: number) => string;
}

/**
 * Each saved version of a record as its own event: the first on the record's own date (it is
 * when the assessment, plan or decision was made), every later one when it was saved, with who
 * saved it and which fields it changed.
 */
function versionEvents(
  { id, createdBy }: VersionedRecord,
  record: RecordEvents,
  { t, versions, vocabularies }: CourseRecordContext,
): TimelineEvent[] {
  const mine = (versions ?? []).filter((v) => v.kind === record.kind && v.recordId === id);
  const kind = eventKindOf[record.kind];
  const firstSaved = mine.find((v) => v.version === 1);
  const later = mine.filter((v) => v.version > 1);
  const first = record.first(1);
  // The record's details describe it as it is now, so they go with its latest version only.
  const events: TimelineEvent[] = [
    {
      id: `${record.kind}-${id}`,
      kind,
      at: record.on,
      order: record.order,
      ...first,
      detail: later.length === 0 ? first.detail : null,
      actor: firstSaved?.savedBy.name ?? createdBy,
    },
  ];
  later.forEach((version, index) => {
    const fields = version.changedFields.map((field) => vocabularies[record.kind].field(field));
    const changed = fields.length > 0 ? t('citizens.timeline.event.changedFields', { fields: fields.join(', ') }) : null;
    const now = index === later.length - 1 ? first.detail : null;
    events.push({
      id: `${record.kind}-${id}-v${version.version}`,
      kind,
      at: version.savedBy.at,
      order: record.order + 0.5,
      title: record.changed(version.version),
      detail: [changed, now].filter(Boolean).join('\n') || null,
      actor: version.savedBy.name,
      tone: 'neutral',
    });
  });
  return events;
}

/** One kind of versioned record's part of the timeline: every version of each record as an event, and no spans. */
function versionedTimeline<Item extends VersionedRecord>(
  records: readonly Item[],
  context: CourseRecordContext,
  describe: (record: Item) => RecordEvents,
): TimelinePart {
  return { events: records.flatMap((record) => versionEvents(record, describe(record), context)), spans: [] };
}

/** VUM 2.0 assessments: made on the day of the assessment; each later version when it was saved. */
export function assessmentTimeline(assessments: readonly Assessment[], context: CourseRecordContext): TimelinePart {
  const { t } = context;
  return versionedTimeline(assessments, context, (assessment) => ({
    kind: 'assessment',
    on: assessment.assessedOn,
    order: 5,
    first: (version) => ({
      title: t('citizens.timeline.event.assessment', { version }),
      detail: assessment.citizenView ? t('citizens.timeline.event.citizenView', { view: assessment.citizenView }) : null,
      tone: 'info',
    }),
    changed: (version) => t('citizens.timeline.event.assessmentVersion', { version }),
  }));
}

/** § 141/§ 142 plans: made on a day; each later version when it was saved. */
export function planTimeline(plans: readonly Plan[], context: CourseRecordContext): TimelinePart {
  const { t, locale } = context;
  return versionedTimeline(plans, context, (plan) => {
    const kind = t(`plans.kind.${plan.kind}`);
    return {
      kind: 'plan',
      on: plan.madeOn,
      order: 6,
      first: (version) => ({
        title: t('citizens.timeline.event.planMade', { kind, version }),
        detail: plan.nextFollowUpOn
          ? t('citizens.timeline.event.planFollowUp', { date: formatIsoDate(plan.nextFollowUpOn, locale) })
          : null,
        tone: 'info',
      }),
      changed: (version) => t('citizens.timeline.event.planVersion', { kind, version }),
    };
  });
}

/** Decisions: made on a day, saying what and whether the wish was followed; each later version when it was saved. */
export function decisionTimeline(decisions: readonly Decision[], context: CourseRecordContext): TimelinePart {
  const { t } = context;
  return versionedTimeline(decisions, context, (decision) => {
    const title = decisionTitle(decision, t);
    return {
      kind: 'decision',
      on: decision.decidedOn,
      order: 8,
      first: (version) => ({
        title: t('citizens.timeline.event.decision', { title, outcome: t(`decisions.outcome.${decision.outcome}`), version }),
        detail:
          decision.wishedProvider === null
            ? null
            : decision.wishFollowed
              ? t('decisions.wishFollowedShort', { provider: decision.wishedProvider })
              : t('decisions.wishNotFollowedShort', { provider: decision.wishedProvider }),
        tone: decision.outcome === 'granted' ? 'success' : 'neutral',
      }),
      changed: (version) => t('citizens.timeline.event.decisionVersion', { title, version }),
    };
  });
}

/** Course documentation (intake, status, exit): registered on its date; each later version when it was saved. */
export function courseRegistrationTimeline(
  registrations: readonly CourseRegistration[],
  context: CourseRecordContext,
): TimelinePart {
  const { t } = context;
  return versionedTimeline(registrations, context, (registration) => {
    const kind = t(`courseRegistrations.kind.${registration.kind}`);
    return {
      kind: 'course_registration',
      on: registration.registeredOn,
      order: 7,
      first: (version) => ({
        title: t('citizens.timeline.event.courseRegistration', { kind, version }),
        detail: registration.note,
        tone: registration.kind === 'exit' ? 'neutral' : 'info',
      }),
      changed: (version) => t('citizens.timeline.event.courseRegistrationVersion', { kind, version }),
    };
  });
}
