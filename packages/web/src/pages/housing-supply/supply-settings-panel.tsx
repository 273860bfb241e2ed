import { Button, Group, NumberInput, Select, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { priorityPolicies, refusalConsequences } from '@hjemvej/domain';
import type { HousingSupplySettings } from '@hjemvej/contract';
import { ConflictNotice, isConflict } from '../../components/conflict-notice';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useSupplySettings, useUpdateSupplySettings } from './use-housing-supply';

interface SettingsForm extends Omit<
  HousingSupplySettings,
  'escalationDays' | 'defaultMaxRent' | 'defaultMaxRentSource' | 'canEdit' | 'version'
> {
  /** As typed in the tags input. */
  escalationDays: string[];
  /** Mantine's NumberInput gives a string while the field is being edited. */
  defaultMaxRent: number | string;
}

/**
 * The municipality's written rules for the housing register, as the housing unit and leaders
 * keep them: when a vacancy escalates, how matches are ordered, what a refusal means (and the
 * appeal guidance when it is a decision), and the default affordability limit. What is saved
 * here is what the vacancy page shows before an offer or a refusal.
 */
export function SupplySettingsPanel({ settings }: { settings: HousingSupplySettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateSupplySettings();
  const current = useSupplySettings();
  const form = useApiForm<SettingsForm>({
    initialValues: {
      escalationDays: settings.escalationDays.map(String),
      priorityPolicy: settings.priorityPolicy,
      priorityPolicyText: settings.priorityPolicyText,
      refusalConsequence: settings.refusalConsequence,
      refusalPolicyText: settings.refusalPolicyText,
      refusalAppealGuidance: settings.refusalAppealGuidance,
      defaultMaxRent: settings.defaultMaxRent,
    },
    error: update.error,
  });
  const submit = form.onSubmit((values) => {
    update.mutate(
      {
        version: settings.version,
        // Days as typed; the server names a value that is not a whole number of days.
        escalationDays: values.escalationDays.map((day) => Number(day.trim())),
        priorityPolicy: values.priorityPolicy,
        priorityPolicyText: values.priorityPolicyText,
        refusalConsequence: values.refusalConsequence,
        refusalPolicyText: values.refusalPolicyText,
        refusalAppealGuidance: values.refusalAppealGuidance,
        defaultMaxRent: typeof values.defaultMaxRent === 'number' ? values.defaultMaxRent : Number(values.defaultMaxRent),
      },
      { onSuccess: () => notify(t('housingSupply.settings.saved')) },
    );
  });
  const isDecision = form.values.refusalConsequence === 'removed_from_list';
  return (
    <form onSubmit={submit} noValidate data-testid="supply-settings">
      <Stack maw={760}>
        <Text size="sm" c="dimmed">
          {t('housingSupply.settings.lead')}
        </Text>
        {isConflict(update.error) ? (
          <ConflictNotice
            error={update.error}
            onReload={() => {
              // The page remounts this form with the newer version (keyed by version).
              update.reset();
              void current.refetch();
            }}
          />
        ) : (
          <ErrorAlert error={update.error} />
        )}
        <TagsInput
          label={t('housingSupply.settings.escalationDays')}
          description={t('housingSupply.settings.escalationDaysHelp')}
          {...form.getInputProps('escalationDays')}
        />
        <Select
          label={t('housingSupply.settings.priorityPolicy')}
          data={priorityPolicies.map((p) => ({ value: p, label: t(`housingSupply.priorityPolicy.${p}`) }))}
          allowDeselect={false}
          {...form.getInputProps('priorityPolicy')}
        />
        <Textarea
          label={t('housingSupply.settings.priorityPolicyText')}
          description={t('housingSupply.settings.priorityPolicyTextHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('priorityPolicyText')}
        />
        <Select
          label={t('housingSupply.settings.refusalConsequence')}
          data={refusalConsequences.map((r) => ({ value: r, label: t(`housingSupply.refusal.${r}`) }))}
          allowDeselect={false}
          {...form.getInputProps('refusalConsequence')}
        />
        <Textarea
          label={t('housingSupply.settings.refusalPolicyText')}
          autosize
          minRows={2}
          {...form.getInputProps('refusalPolicyText')}
        />
        <Textarea
          label={t('housingSupply.settings.appealGuidance')}
          description={
            isDecision ? t('housingSupply.settings.appealGuidanceRequired') : t('housingSupply.settings.appealGuidanceHelp')
          }
          required={isDecision}
          autosize
          minRows={3}
          {...form.getInputProps('refusalAppealGuidance')}
        />
        <NumberInput
          label={t('housingSupply.settings.defaultMaxRent')}
          description={t('housingSupply.settings.defaultMaxRentHelp', { source: settings.defaultMaxRentSource })}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          suffix=" kr."
          {...form.getInputProps('defaultMaxRent')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
