import { housingCategories, type HousingCategory } from '@hjemvej/domain';
import type { DischargeReason, ShelterStay } from '@hjemvej/contract';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';
import { ChoiceSelect } from '../../forms/choice-select';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { LegalRefusalAlert } from '../legal-checks/legal-refusal-alert';
import { dischargeReasonOptions } from './shelter-stay-options';
import { useDischargeStay } from './use-shelter-stays';
import { requiredChoice } from '../../forms/required-choice';

/** Discharge: the date, how the stay ended and where the citizen went. */
export function DischargeModal({ stay, onClose }: { stay: ShelterStay; onClose: () => void }) {
  const { t } = useTranslation();
  const discharge = useDischargeStay();
  const chosen = requiredChoice(t);
  const { form, modal } = useFormModal({
    initialValues: {
      dischargedOn: todayInDenmark(),
      reason: null as DischargeReason | null,
      destination: null as HousingCategory | null,
    },
    validate: { reason: chosen, destination: chosen },
    mutation: discharge,
    send: ({ dischargedOn, reason, destination }) =>
      reason && destination
        ? discharge.mutateAsync({ id: stay.id, body: { dischargedOn, reason, destination, version: stay.version } })
        : null,
    saved: t('shelterStays.discharged'),
    onClose,
    submitLabel: t('shelterStays.discharge'),
    actionsMt: 'sm',
  });
  // § 110 stk. 5: the server's list of what is missing replaces the generic message.
  const legalRefusal = isApiError(discharge.error) && discharge.error.legal ? discharge.error : null;

  return (
    <FormModal
      title={t('shelterStays.dischargeTitle')}
      {...modal}
      error={legalRefusal ? null : modal.error}
      lead={legalRefusal ? <LegalRefusalAlert error={legalRefusal} /> : null}
    >
      <DateField
        label={t('shelterStays.dischargedOn')}
        required
        data-autofocus
        min={stay.admittedOn}
        max={todayInDenmark()}
        {...form.getInputProps('dischargedOn')}
      />
      <ChoiceSelect
        form={form}
        path="reason"
        choices={dischargeReasonOptions}
        choiceLabel={(value) => t(`shelterStays.dischargeReasonOption.${value}`)}
        label={t('shelterStays.dischargeReason')}
        required
      />
      <ChoiceSelect
        form={form}
        path="destination"
        choices={housingCategories}
        choiceLabel={(value) => t(`housingCategory.${value}`)}
        label={t('shelterStays.dischargeDestination')}
        description={t('shelterStays.dischargeDestinationHint')}
        required
      />
    </FormModal>
  );
}
