/**
 * The citizen's course on one time axis. Each kind of record contributes through a source
 * (timeline-sources.ts) that turns its data into events (a point in time, shown in the list)
 * and spans (a period, drawn as a bar in a lane). A new record kind (assessments, plans,
 * decisions, course registrations, housing allocation, support courses, follow-ups) is added by:
 *   1. adding its kind to `timelineKinds` (and a lane to `timelineLanes` if it has periods),
 *   2. adding `timeline.kind.<kind>` (and `timeline.lane.<lane>`) to both catalogues,
 *   3. writing a source function and passing its output to `mergeTimeline`.
 */
import type { BadgeTone } from '../../../components/status-badge';

export const timelineKinds = [
  'registration',
  'housing',
  'stay',
  'notification',
  'allocation',
  'lease',
  'moveIn',
  'supportCourse',
  'ctiPhase',
  'contact',
  'followUp',
  'returned',
  'assessment',
  'plan',
  'decision',
  'courseRegistration',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** Horizontal lanes of the chart, top to bottom. */
export const timelineLanes = ['housing', 'stay', 'support'] as const;
export type TimelineLane = (typeof timelineLanes)[number];

/** Colour families of bars (see citizens.css): each passes 4.5:1 with its text. */
export type SpanColour = 'homeless' | 'housed' | 'unknown' | 'stay' | 'support';

export interface TimelineEvent {
  readonly id: string;
  readonly kind: TimelineKind;
  /** ISO date or date-time; sorted by the date part, then by `order`. */
  readonly at: string;
  readonly order?: number;
  readonly title: string;
  readonly detail: string | null;
  /** Who did it, when the record says so. */
  readonly actor: string | null;
  readonly tone: BadgeTone;
}

export interface TimelineSpan {
  readonly id: string;
  readonly lane: TimelineLane;
  readonly from: string;
  /** Exclusive end; null while it lasts. */
  readonly to: string | null;
  readonly label: string;
  readonly colour: SpanColour;
}

export interface TimelinePart {
  readonly events: readonly TimelineEvent[];
  readonly spans: readonly TimelineSpan[];
}

export interface Timeline {
  /** Newest first. */
  readonly events: TimelineEvent[];
  readonly spans: TimelineSpan[];
}

export function mergeTimeline(parts: readonly TimelinePart[]): Timeline {
  const events = parts.flatMap((part) => part.events);
  events.sort(
    (a, b) => b.at.slice(0, 10).localeCompare(a.at.slice(0, 10)) || (b.order ?? 0) - (a.order ?? 0) || b.at.localeCompare(a.at),
  );
  const spans = parts.flatMap((part) => part.spans).sort((a, b) => a.from.localeCompare(b.from));
  return { events, spans };
}
