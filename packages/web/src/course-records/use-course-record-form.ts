import { useNotify } from '../components/use-notify';
import type { FieldVocabulary } from '../versioning/version-changes';
import { useVersionedRecordForm, type SaveMutation } from './use-versioned-record-form';
import type { VersionedPath } from './use-versions';

/** What the dialog of an assessment, plan or decision is opened with (and `Extra`, anything more its draft needs). */
export type CourseRecordFormProps<Record, Extra = object> = Extra & {
  citizenId: string;
  /** The record as it is now when editing (refreshed when someone else has saved); null to make one. */
  record: Record | null;
  onClose: () => void;
};

/** The texts each kind has in its namespace: the dialog's titles and the notices after a save. */
export type CourseRecordText = 'createTitle' | 'editTitle' | 'saved' | 'savedVersion';

interface CourseRecordHooks<Body> {
  /** Where the records live (their versions, the namespace of their texts) and one record's name in test ids. */
  kinds: { list: VersionedPath; item: string };
  useCreate: (citizenId: string) => SaveMutation<Body>;
  useUpdate: (id: string) => SaveMutation<Body & { version: number }>;
}

interface Saving {
  /** Saving an unchanged draft closes the dialog without making a new version. */
  skipUnchanged: boolean;
  /** A saved change is announced with its new version (`savedVersion`), not only as saved. */
  announcesVersion: boolean;
}

/**
 * The dialog hook of one kind of versioned course record, made once beside its dialog: the
 * versioned form (`useVersionedRecordForm`) saved through the kind's hooks with a notice, and the
 * props of its `VersionedRecordModal`. The dialog gives its props, its field vocabulary and its texts.
 */
export function courseRecordFormHook<Record extends { id: string; version: number }, Draft extends object, Body, Extra = object>(
  hooks: CourseRecordHooks<Body>,
  draftOf: (record: Record | null, props: CourseRecordFormProps<Record, Extra>) => Draft,
  bodyOf: (draft: Draft) => Body,
  { skipUnchanged, announcesVersion }: Saving = { skipUnchanged: true, announcesVersion: true },
) {
  return function useCourseRecordForm(
    props: CourseRecordFormProps<Record, Extra>,
    vocabulary: FieldVocabulary,
    text: (key: CourseRecordText, values?: { version: number }) => string,
  ) {
    const { citizenId, record, onClose } = props;
    const notify = useNotify();
    const state = useVersionedRecordForm({
      record,
      draftOf: (current: Record | null) => draftOf(current, props),
      bodyOf,
      create: hooks.useCreate(citizenId),
      update: hooks.useUpdate(record?.id ?? ''),
      skipUnchanged,
      onSaved: (savedOver) =>
        notify(announcesVersion && savedOver !== null ? text('savedVersion', { version: savedOver + 1 }) : text('saved')),
      onClose,
    });
    return {
      form: state.form,
      modal: {
        title: record ? text('editTitle') : text('createTitle'),
        onClose,
        record,
        state,
        path: hooks.kinds.list,
        vocabulary,
        changesTestId: `${hooks.kinds.item}-conflict-changes`,
      },
    };
  };
}
