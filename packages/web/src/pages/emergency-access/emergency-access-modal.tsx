import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useApiForm } from '../../forms/use-api-form';
import { useStartEmergencyAccess } from './use-emergency-access';

/**
 * "Break the glass": a user outside the citizen's circle opens them by CPR number with a reason.
 * What it means is said before anything is saved: logged, shown to the caseworker, reviewed.
 */
export function EmergencyAccessModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartEmergencyAccess();
  const form = useApiForm({ initialValues: { cpr: '', reason: '' }, error: start.error });

  const handleSubmit = async (values: typeof form.values) => {
    const access = await start.mutateAsync(values);
    onClose();
    void navigate(`/citizens/${access.citizenId}`);
  };

  return (
    <AppModal opened onClose={onClose} title={t('emergencyAccess.title')} size="lg">
      <form onSubmit={form.onSave(handleSubmit)} noValidate>
        <Stack>
          <Alert color="orange" variant="light" title={t('emergencyAccess.warningTitle')}>
            {t('emergencyAccess.warning')}
          </Alert>
          <ErrorAlert error={start.error} />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange.9" loading={start.isPending}>
              {t('emergencyAccess.open')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
