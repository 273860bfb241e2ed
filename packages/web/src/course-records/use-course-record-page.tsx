import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import type { QueryLike } from '../components/query-state';
import { citizenName } from '../pages/citizens/citizen-name';
import { useCitizen } from '../pages/citizens/use-citizens';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import type { FieldVocabulary } from '../versioning/version-changes';

/**
 * The page of one assessment, plan or decision (`/citizens/:id/<kind>/:<param>`): the record read
 * by `useRecord`, the citizen's id and name for the header, whether the reader may change the
 * course, the record's vocabulary and the edit dialog's state. Until the record is read, `fallback`
 * is what the page shows instead: not found for a wrong or foreign id, a spinner, or the read's error.
 */
export function useCourseRecordPage<Data>(
  useRecord: (id: string) => QueryLike<Data>,
  param: string,
  useVocabulary: () => FieldVocabulary,
) {
  const params = useParams();
  const { t } = useTranslation();
  const citizenId = params.id ?? '';
  const citizen = useCitizen(citizenId);
  const record = useRecord(params[param] ?? '');
  const vocabulary = useVocabulary();
  const [editing, setEditing] = useState(false);

  if (isApiError(record.error) && [400, 404, 422].includes(record.error.status)) return { fallback: <NotFoundPage /> };
  if (record.isPending) return { fallback: <Loading minHeight={240} /> };
  if (record.data === undefined) return { fallback: <ErrorAlert error={record.error} /> };
  return {
    fallback: null,
    data: record.data,
    citizenId,
    name: citizen.data ? citizenName(citizen.data, t) : '',
    canWrite: citizen.data?.abilities.canWriteCourse ?? false,
    vocabulary,
    editing,
    setEditing,
  };
}
