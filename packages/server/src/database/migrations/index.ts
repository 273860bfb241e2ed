/**
 * Every migration, in order. Listed statically (not read from disk) so the same list
 * works under tsx, in a bundle and in tests.
 *
 * There is no 0008, and there never was: on 2026-12-02 the course-list (0005),
 * course-versions (0006), tasks (0007, 0009) and collaboration (0010) branches were built in
 * parallel with numbers handed out ahead, and 0008 went to a branch that landed without a
 * migration (no commit on any branch has added a file numbered 0008; `git log --all --
 * packages/server/src/database/migrations`). No database has ever applied an 0008, migrations
 * are applied in the order of their names, so the gap is harmless; numbers are not reused.
 */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-citizens';
import * as m0003 from './0003-assessments-plans-decisions';
import * as m0004 from './0004-housing-support-outcomes';
import * as m0005 from './0005-course-status';
import * as m0006 from './0006-assessment-versions-decision-link';
import * as m0007 from './0007-flowcards-tasks';
import * as m0009 from './0009-task-normal-due';
import * as m0010 from './0010-collaboration';
import * as m0011 from './0011-course-change-notice';
import * as m0012 from './0012-need-to-know';
import * as m0013 from './0013-audit-chains';
import * as m0015 from './0015-national-scale';
import * as m0018 from './0018-course-registrations';
import * as m0019 from './0019-housing-supply';
import * as m0021 from './0021-refusal-decision';
import * as m0022 from './0022-programmes';
import * as m0023 from './0023-taskforce-applications';
import * as m0024 from './0024-taskforce-courses';
import * as m0025 from './0025-taskforce-data-packages';
import * as m0026 from './0026-taskforce-development-plans';
import * as m0027 from './0027-citizens-handlekommune-person';
import * as m0028 from './0028-course-status-statistics';
import * as m0029 from './0029-taskforce-status-meetings';
import * as m0030 from './0030-taskforce-case-reviews';
import * as m0031 from './0031-taskforce-reports';
import * as m0032 from './0032-taskforce-course-staff';
import * as m0033 from './0033-citizen-responsible-caseworker';
import * as m0034 from './0034-key-figure-rollup';
import * as m0035 from './0035-fidelity-measurements';
import * as m0036 from './0036-key-figure-summaries';
import * as m0037 from './0037-fidelity-due-tasks';
import * as m0038 from './0038-key-figure-summaries-age';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-citizens': m0002,
  '0003-assessments-plans-decisions': m0003,
  '0004-housing-support-outcomes': m0004,
  '0005-course-status': m0005,
  '0006-assessment-versions-decision-link': m0006,
  '0007-flowcards-tasks': m0007,
  '0009-task-normal-due': m0009,
  '0010-collaboration': m0010,
  '0011-course-change-notice': m0011,
  '0012-need-to-know': m0012,
  '0013-audit-chains': m0013,
  '0015-national-scale': m0015,
  '0018-course-registrations': m0018,
  '0019-housing-supply': m0019,
  '0021-refusal-decision': m0021,
  '0022-programmes': m0022,
  '0023-taskforce-applications': m0023,
  '0024-taskforce-courses': m0024,
  '0025-taskforce-data-packages': m0025,
  '0026-taskforce-development-plans': m0026,
  '0027-citizens-handlekommune-person': m0027,
  '0028-course-status-statistics': m0028,
  '0029-taskforce-status-meetings': m0029,
  '0030-taskforce-case-reviews': m0030,
  '0031-taskforce-reports': m0031,
  '0032-taskforce-course-staff': m0032,
  '0033-citizen-responsible-caseworker': m0033,
  '0034-key-figure-rollup': m0034,
  '0035-fidelity-measurements': m0035,
  '0036-key-figure-summaries': m0036,
  '0037-fidelity-due-tasks': m0037,
  '0038-key-figure-summaries-age': m0038,
};
