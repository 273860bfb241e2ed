import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreateDecisionBody, Decision } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { ConflictNotice, isConflict } from '../../components/conflict-notice';
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
import { useCreateDecision, useUpdateDecision } from './use-decisions';
import { ChangedSince } from '../../course-records/record-versions';

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

interface DecisionFormModalProps {
  citizenId: string;
  /** The decision as it is now when editing; null to make one. */
  decision: Decision | null;
  onClose: () => void;
}

/**
 * A decision (afgørelse): what was decided under which paragraph, the period and the reasons,
 * the citizen's wish of provider and — when it is not followed — why (Serviceloven § 85 a
 * stk. 2; the server refuses otherwise and its message is shown next to the field), and the
 * appeal guidance (the municipality's standard text when left empty).
 */
export function DecisionFormModal({ citizenId, decision, onClose }: DecisionFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocabulary = useDecisionVocabulary();
  const create = useCreateDecision(citizenId);
  const update = useUpdateDecision(decision?.id ?? '');
  const mutation = decision ? update : create;
  const [base, setBase] = useState<Decision | null>(decision);
  const [draft, setDraft] = useState<Draft>(() => draftOf(decision));
  const fields = fieldErrorsOf(mutation.error);
  const conflict = isConflict(mutation.error);
  const hasWish = draft.wishedProvider.trim() !== '';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (base && JSON.stringify(bodyOf(draft)) === JSON.stringify(bodyOf(draftOf(base)))) {
      onClose(); // nothing changed: no new version
      return;
    }
    try {
      if (base) await update.mutateAsync({ version: base.version, ...bodyOf(draft) });
      else await create.mutateAsync(bodyOf(draft));
      notify(base ? t('decisions.savedVersion', { version: base.version + 1 }) : t('decisions.saved'));
      onClose();
    } catch {
      // Shown from the mutation's error, next to the field it names.
    }
  };

  const reload = () => {
    if (decision) {
      setBase(decision);
      setDraft(draftOf(decision));
    }
    update.reset();
  };

  return (
    <AppModal opened onClose={onClose} title={decision ? t('decisions.editTitle') : t('decisions.createTitle')} size="xl">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          {conflict && decision && base ? (
            <ConflictNotice error={mutation.error} onReload={reload}>
              {decision.version !== base.version ? (
                <ChangedSince
                  path="decisions"
                  id={decision.id}
                  from={base.version}
                  to={decision.version}
                  vocabulary={vocabulary}
                  testId="decision-conflict-changes"
                />
              ) : null}
            </ConflictNotice>
          ) : (
            <ErrorAlert error={mutation.error} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('decisions.field.kind')}
              required
              data-autofocus
              data={decisionKinds.map((value) => ({ value, label: t(`decisions.kind.${value}`) }))}
              value={draft.kind}
              onChange={(event) => set('kind', pick(decisionKinds, event.currentTarget.value) ?? draft.kind)}
              error={fieldError(fields, 'kind')}
            />
            {draft.kind === '85a' ? (
              <NativeSelect
                label={t('decisions.field.method')}
                required
                data={[
                  { value: '', label: t('decisions.chooseMethod') },
                  ...supportMethods.map((value) => ({ value, label: t(`decisions.method.${value}`) })),
                ]}
                value={draft.method ?? ''}
                onChange={(event) => set('method', pick(supportMethods, event.currentTarget.value))}
                error={fieldError(fields, 'method')}
              />
            ) : null}
          </SimpleGrid>
          <Radio.Group
            label={t('decisions.field.outcome')}
            required
            value={draft.outcome}
            onChange={(value) => set('outcome', pick(decisionOutcomes, value) ?? draft.outcome)}
            error={fieldError(fields, 'outcome')}
          >
            <Group gap="lg" mt="xs">
              {decisionOutcomes.map((value) => (
                <Radio key={value} value={value} label={t(`decisions.outcome.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="date"
              label={t('decisions.field.decidedOn')}
              required
              max={todayInDenmark()}
              value={draft.decidedOn}
              onChange={(event) => set('decidedOn', event.currentTarget.value)}
              error={fieldError(fields, 'decidedOn')}
            />
            <TextInput
              type="date"
              label={t('decisions.field.periodFrom')}
              value={draft.periodFrom}
              onChange={(event) => set('periodFrom', event.currentTarget.value)}
              error={fieldError(fields, 'periodFrom')}
            />
            <TextInput
              type="date"
              label={t('decisions.field.periodTo')}
              description={t('decisions.periodToHint')}
              value={draft.periodTo}
              onChange={(event) => set('periodTo', event.currentTarget.value)}
              error={fieldError(fields, 'periodTo')}
            />
          </SimpleGrid>
          <Textarea
            label={t('decisions.field.reasons')}
            description={t('decisions.reasonsHint')}
            autosize
            minRows={3}
            value={draft.reasons}
            onChange={(event) => set('reasons', event.currentTarget.value)}
            error={fieldError(fields, 'reasons')}
          />
          <TextInput
            label={t('decisions.field.wishedProvider')}
            description={t('decisions.wishedProviderHint')}
            value={draft.wishedProvider}
            onChange={(event) => set('wishedProvider', event.currentTarget.value)}
            error={fieldError(fields, 'wishedProvider')}
          />
          {hasWish ? (
            <Radio.Group
              label={t('decisions.field.wishFollowed')}
              required
              value={draft.wishFollowed}
              onChange={(value) => set('wishFollowed', value === 'yes' || value === 'no' ? value : '')}
              error={fieldError(fields, 'wishFollowed')}
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
              value={draft.reasonIfNotFollowed}
              onChange={(event) => set('reasonIfNotFollowed', event.currentTarget.value)}
              error={fieldError(fields, 'reasonIfNotFollowed')}
            />
          ) : null}
          <Textarea
            label={t('decisions.field.appealGuidance')}
            description={t('decisions.appealGuidanceHint')}
            autosize
            minRows={3}
            value={draft.appealGuidance}
            onChange={(event) => set('appealGuidance', event.currentTarget.value)}
            error={fieldError(fields, 'appealGuidance')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={conflict}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
