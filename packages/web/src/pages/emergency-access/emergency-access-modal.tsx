import { Alert, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { useStartEmergencyAccess } from './use-emergency-access';

/**
 * "Break the glass": a user outside the citizen's circle opens them by CPR number with a reason.
 * What it means is said before anything is saved: logged, shown to the caseworker, reviewed.
 */
export function EmergencyAccessModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartEmergencyAccess();
  const { form, modal } = useFormModal({
    initialValues: { cpr: '', reason: '' },
    mutation: start,
    send: (values) => start.mutateAsync(values),
    onClose,
    afterSave: (access) => {
      onClose();
      void navigate(`/citizens/${access.citizenId}`);
    },
    submitLabel: t('emergencyAccess.open'),
    submitColor: 'orange.9',
    size: 'lg',
  });

  return (
    <FormModal
      title={t('emergencyAccess.title')}
      {...modal}
      lead={
        <Alert color="orange" variant="light" title={t('emergencyAccess.warningTitle')}>
          {t('emergencyAccess.warning')}
        </Alert>
      }
    >
      <TextInput
        required
        data-autofocus
        label={t('emergencyAccess.cpr')}
        description={t('emergencyAccess.cprHelp')}
        inputMode="numeric"
        autoComplete="off"
        {...form.getInputProps('cpr')}
      />
      <Textarea
        required
        label={t('emergencyAccess.reason')}
        description={t('emergencyAccess.reasonHelp')}
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
