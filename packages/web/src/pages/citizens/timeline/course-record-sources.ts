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

interface RecordEvents {
  readonly kind: VersionedRecordKind;
  readonly id: string;
  /** The record's own date (assessed, made, decided on): where its first version stands. */
  readonly on: string;
  readonly order: number;
  readonly createdBy: string | null;
  readonly first: (version: number) => Pick<TimelineEvent, 'title' | 'detail' | 'tone'>;
  readonly changed: (version: number) => string;
}

/**
 * Each saved version of a record as its own event: the first on the record's own date (it is
 * when the assessment, plan or decision was made), every later one when it was saved, with who
 * saved it and which fields it changed.
 */
function versionEvents(record: RecordEvents, { t, versions, vocabularies }: CourseRecordContext): TimelineEvent[] {
  const mine = (versions ?? []).filter((v) => v.kind === record.kind && v.recordId === record.id);
  const kind = eventKindOf[record.kind];
  const firstSaved = mine.find((v) => v.version === 1);
  const later = mine.filter((v) => v.version > 1);
  const first = record.first(1);
  // The record's details describe it as it is now, so they go with its latest version only.
  const events: TimelineEvent[] = [
    {
      id: `${record.kind}-${record.id}`,
      kind,
      at: record.on,
      order: record.order,
      ...first,
      detail: later.length === 0 ? first.detail : null,
      actor: firstSaved?.savedBy.name ?? record.createdBy,
    },
  ];
  later.forEach((version, index) => {
    const fields = version.changedFields.map((field) => vocabularies[record.kind].field(field));
    const changed = fields.length > 0 ? t('citizens.timeline.event.changedFields', { fields: fields.join(', ') }) : null;
    const now = index === later.length - 1 ? first.detail : null;
    events.push({
      id: `${record.kind}-${record.id}-v${version.version}`,
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

/** VUM 2.0 assessments: made on the day of the assessment; each later version when it was saved. */
export function assessmentTimeline(assessments: readonly Assessment[], context: CourseRecordContext): TimelinePart {
  const { t } = context;
  return {
    events: assessments.flatMap((assessment) =>
      versionEvents(
        {
          kind: 'assessment',
          id: assessment.id,
          on: assessment.assessedOn,
          order: 5,
          createdBy: assessment.createdBy,
          first: (version) => ({
            title: t('citizens.timeline.event.assessment', { version }),
            detail: assessment.citizenView ? t('citizens.timeline.event.citizenView', { view: assessment.citizenView }) : null,
            tone: 'info',
          }),
          changed: (version) => t('citizens.timeline.event.assessmentVersion', { version }),
        },
        context,
      ),
    ),
    spans: [],
  };
}

/** § 141/§ 142 plans: made on a day; each later version when it was saved. */
export function planTimeline(plans: readonly Plan[], context: CourseRecordContext): TimelinePart {
  const { t, locale } = context;
  return {
    events: plans.flatMap((plan) => {
      const kind = t(`plans.kind.${plan.kind}`);
      return versionEvents(
        {
          kind: 'plan',
          id: plan.id,
          on: plan.madeOn,
          order: 6,
          createdBy: plan.createdBy,
          first: (version) => ({
            title: t('citizens.timeline.event.planMade', { kind, version }),
            detail: plan.nextFollowUpOn
              ? t('citizens.timeline.event.planFollowUp', { date: formatIsoDate(plan.nextFollowUpOn, locale) })
              : null,
            tone: 'info',
          }),
          changed: (version) => t('citizens.timeline.event.planVersion', { kind, version }),
        },
        context,
      );
    }),
    spans: [],
  };
}

/** Decisions: made on a day, saying what and whether the wish was followed; each later version when it was saved. */
export function decisionTimeline(decisions: readonly Decision[], context: CourseRecordContext): TimelinePart {
  const { t } = context;
  return {
    events: decisions.flatMap((decision) => {
      const title = decisionTitle(decision, t);
      return versionEvents(
        {
          kind: 'decision',
          id: decision.id,
          on: decision.decidedOn,
          order: 8,
          createdBy: decision.createdBy,
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
        },
        context,
      );
    }),
    spans: [],
  };
}

/** Course documentation (intake, status, exit): registered on its date; each later version when it was saved. */
export function courseRegistrationTimeline(
  registrations: readonly CourseRegistration[],
  context: CourseRecordContext,
): TimelinePart {
  const { t } = context;
  return {
    events: registrations.flatMap((registration) => {
      const kind = t(`courseRegistrations.kind.${registration.kind}`);
      return versionEvents(
        {
          kind: 'course_registration',
          id: registration.id,
          on: registration.registeredOn,
          order: 7,
          createdBy: registration.createdBy,
          first: (version) => ({
            title: t('citizens.timeline.event.courseRegistration', { kind, version }),
            detail: registration.note,
            tone: registration.kind === 'exit' ? 'neutral' : 'info',
          }),
          changed: (version) => t('citizens.timeline.event.courseRegistrationVersion', { kind, version }),
        },
        context,
      );
    }),
    spans: [],
  };
}
