import { assessmentsRoutes } from '@hjemvej/contract';
import { versionedRecordHooks } from '../citizens/citizen-record-hooks';

/** The citizen's VUM 2.0 assessments (newest first as the server sends them), one assessment, and its writes. */
export const assessmentHooks = versionedRecordHooks(assessmentsRoutes, { list: 'assessments', item: 'assessment' });
