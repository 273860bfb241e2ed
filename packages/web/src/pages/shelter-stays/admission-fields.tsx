import { Autocomplete, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdmissionBody } from '@hjemvej/contract';
import type { ApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { problemKeys, referralOptions, type ProblemKey, type Referral } from './shelter-stay-options';
import { DateField } from '../../components/date-field';
import { useMunicipalities } from '../citizens/use-citizens';

/**
 * Shaped as the request body, so a field's path is the path the server names in its answer;
 * the problems are the list of those ticked.
 */
export interface AdmissionDraft {
  admittedOn: string;
  referral: Referral;
  referredBy: string;
  intake: {
    cameFrom: string;
    homeMunicipality: string;
    livedWhere: string;
    whyHomeless: string;
    problems: ProblemKey[];
    notes: string;
  };
}

export function emptyAdmission(): AdmissionDraft {
  return {
    admittedOn: todayInDenmark(),
    referral: 'self',
    referredBy: '',
    intake: {
      cameFrom: '',
      homeMunicipality: '',
      livedWhere: '',
      whyHomeless: '',
      problems: [],
      notes: '',
    },
  };
}

/** The request body; empty texts are sent as '' and stored as "no answer". */
export function admissionBody(draft: AdmissionDraft): AdmissionBody {
  return {
    admittedOn: draft.admittedOn,
    referral: draft.referral,
    referredBy: draft.referral === 'referred' ? draft.referredBy : null,
    intake: {
      ...draft.intake,
      problems: Object.fromEntries(problemKeys.map((key) => [key, draft.intake.problems.includes(key)])),
    },
  };
}

/** The admission (§ 110 stk. 4) and the intake conversation of seed 004, as the form's `admission`. */
export function AdmissionFields<Values extends { admission: AdmissionDraft }>({ form }: { form: ApiForm<Values> }) {
  const { t } = useTranslation();
  const admission = form.values.admission;
  const input = (path: string) => form.getInputProps(`admission.${path}`);
  // The same list of municipalities as the handlekommune's; typing is still allowed ("Ukendt", abroad).
  const municipalities = useMunicipalities(true);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField label={t('shelterStays.admittedOn')} required max={todayInDenmark()} {...input('admittedOn')} />
      </SimpleGrid>
      <Radio.Group label={t('shelterStays.referral')} {...input('referral')}>
        <Group gap="lg" mt={4}>
          {referralOptions.map((option) => (
            <Radio key={option} value={option} label={t(`shelterStays.referralOption.${option}`)} />
          ))}
        </Group>
      </Radio.Group>
      {admission.referral === 'referred' ? (
        <TextInput
          label={t('shelterStays.referredBy')}
          description={t('shelterStays.referredByHint')}
          required
          {...input('referredBy')}
        />
      ) : null}
      <Text fw={600} mt="xs">
        {t('shelterStays.intakeTitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label={t('shelterStays.intake.cameFrom')} {...input('intake.cameFrom')} />
        <Autocomplete
          label={t('shelterStays.intake.homeMunicipality')}
          description={t('shelterStays.intake.homeMunicipalityHint')}
          data={(municipalities.data?.items ?? []).map((m) => m.name)}
          limit={8}
          {...input('intake.homeMunicipality')}
        />
      </SimpleGrid>
      <Textarea label={t('shelterStays.intake.livedWhere')} autosize minRows={2} {...input('intake.livedWhere')} />
      <Textarea label={t('shelterStays.intake.whyHomeless')} autosize minRows={2} {...input('intake.whyHomeless')} />
      <Checkbox.Group
        label={t('shelterStays.intake.problems')}
        description={t('shelterStays.intake.problemsHint')}
        {...input('intake.problems')}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
          {problemKeys.map((key) => (
            <Checkbox key={key} value={key} label={t(`shelterStays.problem.${key}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea label={t('shelterStays.intake.notes')} autosize minRows={2} {...input('intake.notes')} />
    </Stack>
  );
}
