import { useTranslation } from 'react-i18next';
import { useVersionComparison, useVersions, type VersionedPath } from './use-versions';
import { VersionChanges, type FieldVocabulary } from '../versioning/version-changes';
import { VersionHistory } from '../versioning/version-history';
import { useVersionPicker } from '../versioning/use-version-picker';

interface RecordVersionsProps {
  path: VersionedPath;
  id: string;
  /** Prefix of the section's ids and test ids ('plan' → plan-versions, plan-compare). */
  idPrefix: string;
  vocabulary: FieldVocabulary;
}

/**
 * A record's versions with the comparison of any two: by default the latest against the one
 * before it, until the user picks others.
 */
export function RecordVersions({ path, id, idPrefix, vocabulary }: RecordVersionsProps) {
  const picker = useVersionPicker(useVersions(path, id));
  const comparison = useVersionComparison(path, id, picker.from, picker.to);
  return <VersionHistory idPrefix={idPrefix} {...picker.historyOf(comparison)} vocabulary={vocabulary} />;
}

/** In a 409 notice: what the other person changed since the version the user started from. */
export function ChangedSince({
  path,
  id,
  from,
  to,
  vocabulary,
  testId,
}: {
  path: VersionedPath;
  id: string;
  from: number;
  to: number;
  vocabulary: FieldVocabulary;
  testId: string;
}) {
  const { t } = useTranslation();
  const comparison = useVersionComparison(path, id, from, to);
  if (!comparison.data) return null;
  return (
    <VersionChanges
      changes={comparison.data.changes}
      fromLabel={t('conflict.yours', { version: from })}
      toLabel={t('conflict.theirs', { version: to })}
      vocabulary={vocabulary}
      testId={testId}
    />
  );
}
