import { useTranslation } from 'react-i18next';
import { flowcardCourseSignals, type FlowcardCourseSignal } from '@hjemvej/domain';
import type { FieldVocabulary } from '../../versioning/version-changes';

const fields = [
  'name',
  'description',
  'steps',
  'position',
  'title',
  'responsibleUnit',
  'deadlineWorkingDays',
  'urgentDeadlineWorkingDays',
  'deadlineFrom',
  'dependsOn',
  'checklist',
  'requiredDocuments',
  'notes',
  'doneWhen',
] as const;
type Field = (typeof fields)[number];
const isField = (name: string): name is Field => (fields as readonly string[]).includes(name);
const isSignal = (value: string): value is FlowcardCourseSignal => (flowcardCourseSignals as readonly string[]).includes(value);

/**
 * Words for a flowcard's versions: paths such as 'steps.income.deadlineWorkingDays' read
 * "Trin › «Afklar indtægt» › Frist"; a changed step in the history reads "Trin «Afklar indtægt»".
 */
export function useFlowcardVocabulary(stepTitles: Record<string, string>): FieldVocabulary {
  const { t } = useTranslation();
  return {
    field: (name) => {
      if (name.startsWith('steps.'))
        return t('flowcards.versionsField.step', { title: stepTitles[name.slice(6)] ?? name.slice(6) });
      if (isField(name)) return t(`flowcards.versionsField.${name}`);
      const title = stepTitles[name];
      return title === undefined ? name : `«${title}»`;
    },
    value: (name, value) => {
      if (name === 'deadlineFrom' && value === 'start') return t('flowcards.editor.fromStart');
      if (name === 'doneWhen' && isSignal(value)) return t(`flowcards.signal.${value}`);
      return null;
    },
  };
}
