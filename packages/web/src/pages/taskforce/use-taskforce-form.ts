import { useTranslation } from 'react-i18next';
import { useFormModal, type FormModalOptions } from '../../forms/use-form-modal';

/** A taskforce dialog's form: `useFormModal`, large unless said otherwise, its button "Gem" unless said otherwise. */
export function useTaskforceForm<Values extends object, Output>({
  submitLabel,
  size = 'lg',
  ...options
}: Omit<FormModalOptions<Values, Output>, 'submitLabel'> & { submitLabel?: string }) {
  const { t } = useTranslation();
  return useFormModal({ ...options, size, submitLabel: submitLabel ?? t('taskforce.save') });
}
