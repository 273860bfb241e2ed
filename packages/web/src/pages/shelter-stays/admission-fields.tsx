import { Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdmissionBody } from '@hjemvej/contract';
import { fieldError } from '../../api/api-error';
import { todayInDenmark } from '../../format/date';
import { problemKeys, referralOptions, type ProblemKey, type Referral } from './shelter-stay-options';
import { DateField } from '../../components/date-field';

export interface AdmissionDraft {
  admittedOn: string;
  referral: Referral;
  referredBy: string;
  cameFrom: string;
  homeMunicipality: string;
  livedWhere: string;
  whyHomeless: string;
  problems: Record<ProblemKey, boolean>;
  notes: string;
}

export function emptyAdmission(): AdmissionDraft {
  return {
    admittedOn: todayInDenmark(),
    referral: 'self',
    referredBy: '',
    cameFrom: '',
    homeMunicipality: '',
    livedWhere: '',
    whyHomeless: '',
    problems: { social: false, psychiatric: false, substanceUse: false, debt: false, income: false },
    notes: '',
  };
}

/** The request body; empty texts are sent as '' and stored as "no answer". */
export function admissionBody(draft: AdmissionDraft): AdmissionBody {
  return {
    admittedOn: draft.admittedOn,
    referral: draft.referral,
    referredBy: draft.referral === 'referred' ? draft.referredBy : null,
    intake: {
      cameFrom: draft.cameFrom,
      homeMunicipality: draft.homeMunicipality,
      livedWhere: draft.livedWhere,
      whyHomeless: draft.whyHomeless,
      problems: draft.problems,
      notes: draft.notes,
    },
  };
}

interface AdmissionFieldsProps {
  value: AdmissionDraft;
  onChange: (value: AdmissionDraft) => void;
  /** Field errors from the server, by path. */
  errors: Record<string, string>;
  /** Path prefix of the fields in the server's errors ('admission.' when part of registering a citizen). */
  prefix?: string;
}

/** The admission (§ 110 stk. 4) and the intake conversation of seed 004. */
export function AdmissionFields({ value, onChange, errors, prefix = '' }: AdmissionFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof AdmissionDraft>(key: K, next: AdmissionDraft[K]) => onChange({ ...value, [key]: next });
  const error = (path: string) => fieldError(errors, `${prefix}${path}`);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          label={t('shelterStays.admittedOn')}
          required
          max={todayInDenmark()}
          value={value.admittedOn}
          onChange={(value) => set('admittedOn', value)}
          error={error('admittedOn')}
        />
      </SimpleGrid>
      <Radio.Group
        label={t('shelterStays.referral')}
        value={value.referral}
        onChange={(next) => set('referral', next === 'referred' ? 'referred' : 'self')}
        error={error('referral')}
      >
        <Group gap="lg" mt={4}>
          {referralOptions.map((option) => (
            <Radio key={option} value={option} label={t(`shelterStays.referralOption.${option}`)} />
          ))}
        </Group>
      </Radio.Group>
      {value.referral === 'referred' ? (
        <TextInput
          label={t('shelterStays.referredBy')}
          description={t('shelterStays.referredByHint')}
          required
          value={value.referredBy}
          onChange={(event) => set('referredBy', event.currentTarget.value)}
          error={error('referredBy')}
        />
      ) : null}
      <Text fw={600} mt="xs">
        {t('shelterStays.intakeTitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label={t('shelterStays.intake.cameFrom')}
          value={value.cameFrom}
          onChange={(event) => set('cameFrom', event.currentTarget.value)}
          error={error('intake.cameFrom')}
        />
        <TextInput
          label={t('shelterStays.intake.homeMunicipality')}
          value={value.homeMunicipality}
          onChange={(event) => set('homeMunicipality', event.currentTarget.value)}
          error={error('intake.homeMunicipality')}
        />
      </SimpleGrid>
      <Textarea
        label={t('shelterStays.intake.livedWhere')}
        autosize
        minRows={2}
        value={value.livedWhere}
        onChange={(event) => set('livedWhere', event.currentTarget.value)}
        error={error('intake.livedWhere')}
      />
      <Textarea
        label={t('shelterStays.intake.whyHomeless')}
        autosize
        minRows={2}
        value={value.whyHomeless}
        onChange={(event) => set('whyHomeless', event.currentTarget.value)}
        error={error('intake.whyHomeless')}
      />
      <Checkbox.Group
        label={t('shelterStays.intake.problems')}
        description={t('shelterStays.intake.problemsHint')}
        value={problemKeys.filter((key) => value.problems[key])}
        onChange={(checked) =>
          set(
            'problems',
            Object.fromEntries(problemKeys.map((key) => [key, checked.includes(key)])) as Record<ProblemKey, boolean>,
          )
        }
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
          {problemKeys.map((key) => (
            <Checkbox key={key} value={key} label={t(`shelterStays.problem.${key}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label={t('shelterStays.intake.notes')}
        autosize
        minRows={2}
        value={value.notes}
        onChange={(event) => set('notes', event.currentTarget.value)}
        error={error('intake.notes')}
      />
    </Stack>
  );
}
