import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { CitizenVersionHistory, CourseRegistration } from '@hjemvej/contract';
import type { FieldVocabulary } from '../../../versioning/version-changes';
import { courseRegistrationTimeline } from './course-record-sources';

/** Keys with their options, so the test reads what the catalogue would be asked for. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;
const vocabulary: FieldVocabulary = { field: (name) => `«${name}»`, value: () => null };
const vocabularies = { assessment: vocabulary, plan: vocabulary, decision: vocabulary, course_registration: vocabulary };

const registration = {
  id: 'r1',
  kind: 'intake',
  registeredOn: '2026-03-02',
  note: 'Godt møde',
  createdBy: 'Støtte Sanne',
} as CourseRegistration;

const saved = (version: number, at: string, changedFields: string[]): CitizenVersionHistory['items'][number] => ({
  kind: 'course_registration',
  recordId: 'r1',
  version,
  savedBy: { name: version === 1 ? 'Støtte Sanne' : 'Leder Lise', at },
  changedFields,
});

describe('course registrations on the timeline', () => {
  it('shows the registration on its date and each later version when it was saved, with what it changed', () => {
    const versions = [saved(1, '2026-03-02T10:00:00Z', []), saved(2, '2026-03-09T12:00:00Z', ['contactFrequency'])];
    const { events } = courseRegistrationTimeline([registration], { t, locale: 'da', versions, vocabularies });
    expect(events.map((event) => [event.kind, event.at, event.actor])).toEqual([
      ['courseRegistration', '2026-03-02', 'Støtte Sanne'],
      ['courseRegistration', '2026-03-09T12:00:00Z', 'Leder Lise'],
    ]);
    expect(events[0]?.title).toContain('citizens.timeline.event.courseRegistration ');
    expect(events[0]?.detail).toBeNull();
    expect(events[1]?.title).toContain('citizens.timeline.event.courseRegistrationVersion');
    expect(events[1]?.title).toContain('"version":2');
    expect(events[1]?.detail).toContain('«contactFrequency»');
    expect(events[1]?.detail).toContain('Godt møde');
  });

  it('shows an unchanged registration once, with its note, and nothing of other records', () => {
    const versions = [saved(1, '2026-03-02T10:00:00Z', []), { ...saved(2, '2026-03-05T10:00:00Z', []), recordId: 'other' }];
    const { events } = courseRegistrationTimeline([registration], { t, locale: 'da', versions, vocabularies });
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toBe('Godt møde');
  });
});
