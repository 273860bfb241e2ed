import type { FormEvent, ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../components/app-modal';
import { ConflictNotice } from '../components/conflict-notice';
import { ErrorAlert } from '../components/error-alert';
import { FormActions } from '../components/form-modal';
import type { FieldVocabulary } from '../versioning/version-changes';
import { ChangedSince } from './record-versions';
import type { VersionedPath } from './use-versions';

interface VersionedRecordModalProps {
  title: string;
  onClose: () => void;
  /** The record being edited as it is now, null when making one. */
  record: { id: string; version: number } | null;
  /** What `useVersionedRecordForm` answers. */
  state: {
    base: { version: number } | null;
    error: unknown;
    isPending: boolean;
    conflict: boolean;
    onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
    reload: () => void;
  };
  /** Where the record's versions are read, to show what someone else changed. */
  path: VersionedPath;
  vocabulary: FieldVocabulary;
  /** The test id of the list of the other person's changes. */
  changesTestId: string;
  children: ReactNode;
}

/**
 * The dialog of an assessment, plan or decision: when someone else saved first, the conflict
 * notice with what they changed (and saving is off until the user reloads); otherwise the
 * save's error; then the fields, cancel and save.
 */
export function VersionedRecordModal({
  title,
  onClose,
  record,
  state: { base, error, isPending, conflict, onSubmit, reload },
  path,
  vocabulary,
  changesTestId,
  children,
}: VersionedRecordModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && record && base ? (
            <ConflictNotice error={error} onReload={reload}>
              {record.version !== base.version ? (
                <ChangedSince
                  path={path}
                  id={record.id}
                  from={base.version}
                  to={record.version}
                  vocabulary={vocabulary}
                  testId={changesTestId}
                />
              ) : null}
            </ConflictNotice>
          ) : (
            <ErrorAlert error={error} />
          )}
          {children}
          <FormActions onCancel={onClose} submit={{ label: t('common.save'), loading: isPending, disabled: conflict }} mt="sm" />
        </Stack>
      </form>
    </AppModal>
  );
}
