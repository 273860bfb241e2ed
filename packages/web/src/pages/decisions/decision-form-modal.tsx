import { Group, NativeSelect, Radio, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreateDecisionBody, Decision } from '@hjemvej/contract';
import { todayInDenmark } from '../../format/date';
import {
  decisionKinds,
  decisionOutcomes,
  pick,
  supportMethods,
  type DecisionKind,
  type DecisionOutcome,
  type SupportMethod,
} from '../../course-records/course-options';
import { useDecisionVocabulary } from './decision-vocabulary';
import { decisionHooks } from './use-decisions';
import { courseRecordFormHook, type CourseRecordFormProps } from '../../course-records/use-course-record-form';
import { VersionedRecordModal } from '../../course-records/versioned-record-modal';
import { DateField } from '../../components/date-field';

type WishAnswer = 'yes' | 'no' | '';

interface Draft {
  kind: DecisionKind;
  method: SupportMethod | null;
  outcome: DecisionOutcome;
  decidedOn: string;
  periodFrom: string;
  periodTo: string;
  reasons: string;
  wishedProvider: string;
  wishFollowed: WishAnswer;
  reasonIfNotFollowed: string;
  appealGuidance: string;
}

function draftOf(decision: Decision | null): Draft {
  return {
    kind: decision?.kind ?? '85a',
    method: decision ? decision.method : null,
    outcome: decision?.outcome ?? 'granted',
    decidedOn: decision?.decidedOn ?? todayInDenmark(),
    periodFrom: decision?.periodFrom ?? '',
    periodTo: decision?.periodTo ?? '',
    reasons: decision?.reasons ?? '',
    wishedProvider: decision?.wishedProvider ?? '',
    wishFollowed: decision?.wishFollowed === true ? 'yes' : decision?.wishFollowed === false ? 'no' : '',
    reasonIfNotFollowed: decision?.reasonIfNotFollowed ?? '',
    appealGuidance: decision?.appealGuidance ?? '',
  };
}

function bodyOf(draft: Draft): CreateDecisionBody {
  const hasWish = draft.wishedProvider.trim() !== '';
  return {
    kind: draft.kind,
    method: draft.kind === '85a' ? draft.method : null,
    outcome: draft.outcome,
    decidedOn: draft.decidedOn,
    periodFrom: draft.periodFrom === '' ? null : draft.periodFrom,
    periodTo: draft.periodTo === '' ? null : draft.periodTo,
    reasons: draft.reasons,
    wishedProvider: draft.wishedProvider,
    wishFollowed: hasWish && draft.wishFollowed !== '' ? draft.wishFollowed === 'yes' : null,
    reasonIfNotFollowed: hasWish && draft.wishFollowed === 'no' ? draft.reasonIfNotFollowed : null,
    // Empty: the server fills in the municipality's klagevejledning.
    appealGuidance: draft.appealGuidance,
  };
}

const useDecisionForm = courseRecordFormHook(decisionHooks, draftOf, bodyOf);

/**
 * A decision (afgørelse): what was decided under which paragraph, the period and the reasons,
 * the citizen's wish of provider and — when it is not followed — why (Serviceloven § 85 a
 * stk. 2; the server refuses otherwise and its message is shown next to the field), and the
 * appeal guidance (the municipality's standard text when left empty).
 */
export function DecisionFormModal(props: CourseRecordFormProps<Decision>) {
  const { t } = useTranslation();
  const { form, modal } = useDecisionForm(props, useDecisionVocabulary(), (key, values) => t(`decisions.${key}`, values));
  const draft = form.values;
  const hasWish = draft.wishedProvider.trim() !== '';

  return (
    <VersionedRecordModal {...modal}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('decisions.field.kind')}
          required
          data-autofocus
          data={decisionKinds.map((value) => ({ value, label: t(`decisions.kind.${value}`) }))}
          {...form.getInputProps('kind')}
          onChange={(event) => form.setFieldValue('kind', pick(decisionKinds, event.currentTarget.value) ?? draft.kind)}
        />
        {draft.kind === '85a' ? (
          <NativeSelect
            label={t('decisions.field.method')}
            required
            data={[
              { value: '', label: t('decisions.chooseMethod') },
              ...supportMethods.map((value) => ({ value, label: t(`decisions.method.${value}`) })),
            ]}
            {...form.getInputProps('method')}
            value={draft.method ?? ''}
            onChange={(event) => form.setFieldValue('method', pick(supportMethods, event.currentTarget.value))}
          />
        ) : null}
      </SimpleGrid>
      <Radio.Group
        label={t('decisions.field.outcome')}
        required
        {...form.getInputProps('outcome')}
        onChange={(value: string) => form.setFieldValue('outcome', pick(decisionOutcomes, value) ?? draft.outcome)}
      >
        <Group gap="lg" mt="xs">
          {decisionOutcomes.map((value) => (
            <Radio key={value} value={value} label={t(`decisions.outcome.${value}`)} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label={t('decisions.field.decidedOn')} required max={todayInDenmark()} {...form.getInputProps('decidedOn')} />
        <DateField label={t('decisions.field.periodFrom')} {...form.getInputProps('periodFrom')} />
        <DateField
          label={t('decisions.field.periodTo')}
          description={t('decisions.periodToHint')}
          {...form.getInputProps('periodTo')}
        />
      </SimpleGrid>
      <Textarea
        label={t('decisions.field.reasons')}
        description={t('decisions.reasonsHint')}
        autosize
        minRows={3}
        {...form.getInputProps('reasons')}
      />
      <TextInput
        label={t('decisions.field.wishedProvider')}
        description={t('decisions.wishedProviderHint')}
        {...form.getInputProps('wishedProvider')}
      />
      {hasWish ? (
        <Radio.Group
          label={t('decisions.field.wishFollowed')}
          required
          {...form.getInputProps('wishFollowed')}
          onChange={(value: string) => form.setFieldValue('wishFollowed', value === 'yes' || value === 'no' ? value : '')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" label={t('common.yes')} />
            <Radio value="no" label={t('common.no')} />
          </Group>
        </Radio.Group>
      ) : null}
      {hasWish && draft.wishFollowed === 'no' ? (
        <Textarea
          label={t('decisions.field.reasonIfNotFollowed')}
          description={t('decisions.reasonIfNotFollowedHint')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('reasonIfNotFollowed')}
        />
      ) : null}
      <Textarea
        label={t('decisions.field.appealGuidance')}
        description={t('decisions.appealGuidanceHint')}
        autosize
        minRows={3}
        {...form.getInputProps('appealGuidance')}
      />
    </VersionedRecordModal>
  );
}
