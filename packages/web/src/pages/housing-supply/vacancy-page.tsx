import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HousingOffer, VacancyMatches } from '@hjemvej/contract';
import { isRefusalDecision } from '@hjemvej/domain';
import { AppModal } from '../../components/app-modal';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Fact } from '../../components/fact';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { SectionTitle } from '../../components/section-title';
import { StatusBadge } from '../../components/status-badge';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { formatKroner } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { vacancyStateTone } from './housing-supply-page';
import { useAnswerOffer, useCreateOffer, useSupplySettings, useVacancy, useVacancyMatches } from './use-housing-supply';
import { DateField } from '../../components/date-field';
import { RefusalDecisionLines } from './refusal-decision-lines';
import { FormModal } from '../../components/form-modal';
import { CompactButton } from '../../components/compact-button';

type Match = VacancyMatches['items'][number];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** One vacancy: the clock and its cost, the dwelling, the matches by the written policy, and the offers. */
export function VacancyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const vacancy = useVacancy(id);
  const settings = useSupplySettings();
  const canWork = vacancy.data?.dwelling.abilities.canWorkRegister ?? false;
  const isOpen = vacancy.data ? vacancy.data.vacancy.endedOn === null : false;
  const matches = useVacancyMatches(id, (vacancy.data?.dwelling.abilities.canSeeMatches ?? false) && isOpen);
  const [offering, setOffering] = useState<Match | null>(null);
  const [answering, setAnswering] = useState<HousingOffer | null>(null);
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  const kr = (n: number) => t('housingSupply.kroner', { amount: formatKroner(n) });
  if (vacancy.isPending) return <Loading />;
  if (!vacancy.data) return <ErrorAlert error={vacancy.error} />;
  const { vacancy: v, dwelling: d, offers } = vacancy.data;
  const hasPending = offers.some((o) => o.answer === 'pending');
  return (
    <>
      <PageHeader
        title={d.address}
        description={t('housingSupply.vacancyLead', {
          area: d.area,
          landlord: d.housingOrganisation?.name ?? d.landlordName ?? '',
        })}
      />
      <Anchor component={Link} to="/housing-supply" size="sm">
        {t('housingSupply.backToRegister')}
      </Anchor>
      <Stack gap="xl" mt="md">
        <section aria-labelledby="clock-heading" data-testid="vacancy-clock">
          <SectionTitle id="clock-heading">{t('housingSupply.clockTitle')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Fact label={t('housingSupply.field.state')}>
              <StatusBadge tone={vacancyStateTone[v.state]}>{t(`housingSupply.state.${v.state}`)}</StatusBadge>
            </Fact>
            <Fact label={t('housingSupply.field.availableFrom')}>{date(v.availableFrom)}</Fact>
            <Fact label={t('housingSupply.field.days')}>{String(v.clock.days)}</Fact>
            <Fact label={v.endedOn ? t('housingSupply.field.rentLoss') : t('housingSupply.field.rentCost')}>
              <span data-testid="rent-cost">{kr(v.clock.rentCost)}</span>
            </Fact>
            <Fact label={t('housingSupply.field.dailyRent')}>{kr(v.clock.dailyRent)}</Fact>
            <Fact label={t('housingSupply.field.escalated')}>
              {v.clock.escalatedAt.length > 0 ? t('housingSupply.escalatedAt', { days: v.clock.escalatedAt.join(', ') }) : '–'}
            </Fact>
            <Fact label={t('housingSupply.field.reportedBy')}>{`${v.reportedBy} (${v.reportedByOrganisation})`}</Fact>
            <Fact label={t('housingSupply.field.endedOn')}>{date(v.endedOn)}</Fact>
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t('housingSupply.clockSource')}
          </Text>
        </section>

        <section aria-labelledby="dwelling-heading">
          <SectionTitle id="dwelling-heading">{t('housingSupply.dwellingTitle')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Fact label={t('housingSupply.field.type')}>{t(`housingSupply.dwellingType.${d.dwellingType}`)}</Fact>
            <Fact label={t('housingSupply.field.size')}>{t('housingSupply.sizeValue', { m2: d.sizeM2, rooms: d.rooms })}</Fact>
            <Fact label={t('housingSupply.field.rent')}>{kr(d.monthlyRent)}</Fact>
            <Fact label={t('housingSupply.field.utilities')}>{kr(d.utilitiesEstimate)}</Fact>
            <Fact label={t('housingSupply.field.deposit')}>{kr(d.deposit)}</Fact>
            <Fact label={t('housingSupply.field.floor')}>{d.floor === null ? '–' : String(d.floor)}</Fact>
            <Fact label={t('housingSupply.field.accessible')}>{d.isAccessible ? t('common.yes') : t('common.no')}</Fact>
            <Fact label={t('housingSupply.field.agreement')}>{d.agreementTitle ?? '–'}</Fact>
          </SimpleGrid>
        </section>

        <section aria-labelledby="offers-heading">
          <SectionTitle id="offers-heading">{t('housingSupply.offersTitle')}</SectionTitle>
          <DataTable<HousingOffer>
            caption={t('housingSupply.offersTitle')}
            minWidth={760}
            testId="offers-table"
            items={offers}
            rowKey={(o) => o.id}
            empty={t('housingSupply.offersEmpty')}
            columns={[
              {
                header: t('housingSupply.field.citizen'),
                rowHeader: true,
                cell: (o) =>
                  o.citizen.name === null ? (
                    t('housingSupply.nameNotShared')
                  ) : canWork ? (
                    <Anchor component={Link} to={`/citizens/${o.citizen.id}`}>
                      {o.citizen.name}
                    </Anchor>
                  ) : (
                    o.citizen.name
                  ),
              },
              { header: t('housingSupply.field.offeredOn'), cell: (o) => date(o.offeredOn) },
              { header: t('housingSupply.field.viewingOn'), cell: (o) => date(o.viewingOn) },
              { header: t('housingSupply.field.answerDeadline'), cell: (o) => date(o.answerDeadline) },
              {
                header: t('housingSupply.field.answer'),
                cell: (o) => (
                  <>
                    <StatusBadge tone={o.answer === 'accepted' ? 'success' : o.answer === 'declined' ? 'neutral' : 'info'}>
                      {t(`housingSupply.answer.${o.answer}`)}
                    </StatusBadge>
                    {o.declineReason ? (
                      <Text size="xs" c="dimmed">
                        {o.declineReason}
                      </Text>
                    ) : null}
                    <RefusalDecisionLines offer={o} />
                  </>
                ),
              },
              ...(canWork
                ? [
                    {
                      header: t('common.actions'),
                      cell: (o: HousingOffer) =>
                        o.answer === 'pending' ? (
                          <CompactButton
                            icon={null}
                            label={t('housingSupply.recordAnswer')}
                            onClick={() => setAnswering(o)}
                            ariaLabel={t('housingSupply.answerFor', { name: o.citizen.name ?? '' })}
                          />
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        </section>

        {matches.data || matches.error ? (
          <section aria-labelledby="matches-heading" data-testid="matches">
            <SectionTitle id="matches-heading">{t('housingSupply.matchesTitle')}</SectionTitle>
            <ErrorAlert error={matches.error} />
            {matches.data ? (
              <>
                <Alert color="blue" mb="sm" title={t('housingSupply.policyTitle')}>
                  <Text size="sm">{t(`housingSupply.priorityPolicy.${matches.data.priorityPolicy}`)}</Text>
                  {matches.data.priorityPolicyText ? <Text size="sm">{matches.data.priorityPolicyText}</Text> : null}
                  <Text size="xs" c="dimmed">
                    {t('housingSupply.hardCriteria', { amount: formatKroner(matches.data.defaultMaxRent) })}
                  </Text>
                </Alert>
                {matches.data.fittingTotal > matches.data.items.filter((m) => m.fits).length ? (
                  <Text size="sm" mb="xs">
                    {t('housingSupply.fittingFirst', {
                      shown: matches.data.items.filter((m) => m.fits).length,
                      total: matches.data.fittingTotal,
                    })}
                  </Text>
                ) : null}
                <DataTable<Match>
                  caption={t('housingSupply.matchesTitle')}
                  minWidth={760}
                  testId="matches-table"
                  items={matches.data.items}
                  rowKey={(m) => m.citizenId}
                  empty={t('housingSupply.matchesEmpty')}
                  columns={[
                    {
                      header: t('housingSupply.field.citizen'),
                      rowHeader: true,
                      cell: (m) => (
                        <Anchor component={Link} to={`/citizens/${m.citizenId}`}>
                          {m.name}
                        </Anchor>
                      ),
                    },
                    {
                      header: t('housingSupply.field.fits'),
                      cell: (m) =>
                        m.fits ? (
                          <StatusBadge tone="success">{t('housingSupply.fits')}</StatusBadge>
                        ) : (
                          m.mismatches.map((r) => t(`housingSupply.mismatch.${r}`)).join(', ')
                        ),
                    },
                    { header: t('housingSupply.field.readyToMoveOn'), cell: (m) => date(m.readyToMoveOn) },
                    {
                      header: t('housingSupply.field.priorityDays'),
                      cell: (m) => (m.priorityDays === null ? '–' : String(m.priorityDays)),
                    },
                    ...(canWork && !hasPending
                      ? [
                          {
                            header: t('common.actions'),
                            cell: (m: Match) =>
                              m.fits ? (
                                <CompactButton
                                  icon={null}
                                  label={t('housingSupply.offer')}
                                  onClick={() => setOffering(m)}
                                  ariaLabel={t('housingSupply.offerTo', { name: m.name })}
                                />
                              ) : null,
                          },
                        ]
                      : []),
                  ]}
                />
              </>
            ) : null}
          </section>
        ) : null}
      </Stack>
      {offering ? <OfferModal vacancyId={v.id} match={offering} onClose={() => setOffering(null)} /> : null}
      {answering && settings.data ? (
        <AnswerModal
          offer={answering}
          refusalConsequence={settings.data.refusalConsequence}
          refusalPolicyText={settings.data.refusalPolicyText}
          refusalAppealGuidance={settings.data.refusalAppealGuidance}
          onClose={() => setAnswering(null)}
        />
      ) : null}
    </>
  );
}

function OfferModal({ vacancyId, match, onClose }: { vacancyId: string; match: Match; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateOffer(vacancyId);
  const today = todayInDenmark();
  const form = useApiForm({
    initialValues: { offeredOn: today, answerDeadline: addDays(today, 7), viewingOn: addDays(today, 2), acknowledgeQuota: false },
    error: create.error,
  });
  const quotaWarning = form.fieldError('acknowledgeQuota');
  const submit = async (v: typeof form.values) => {
    try {
      await create.mutateAsync({
        citizenId: match.citizenId,
        offeredOn: v.offeredOn,
        answerDeadline: v.answerDeadline,
        viewingOn: v.viewingOn === '' ? undefined : v.viewingOn,
        acknowledgeQuota: v.acknowledgeQuota,
      });
      notify(t('housingSupply.offered'));
      onClose();
    } catch {
      // Shown from create.error.
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('housingSupply.offerTitle', { name: match.name })}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          {quotaWarning ? null : <ErrorAlert error={create.error} />}
          <DateField required data-autofocus label={t('housingSupply.field.offeredOn')} {...form.getInputProps('offeredOn')} />
          <DateField label={t('housingSupply.field.viewingOn')} {...form.getInputProps('viewingOn')} />
          <DateField required label={t('housingSupply.field.answerDeadline')} {...form.getInputProps('answerDeadline')} />
          {quotaWarning ? (
            <Alert color="orange" title={t('housingSupply.quotaWarningTitle')}>
              <Text size="sm" mb="xs">
                {quotaWarning}
              </Text>
              <Checkbox
                label={t('housingSupply.acknowledgeQuota')}
                {...form.getInputProps('acknowledgeQuota', { type: 'checkbox' })}
                error={undefined}
              />
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('housingSupply.sendOffer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function AnswerModal({
  offer,
  refusalConsequence,
  refusalPolicyText,
  refusalAppealGuidance,
  onClose,
}: {
  offer: HousingOffer;
  refusalConsequence: 'kept_on_list' | 'removed_from_list' | 'counselling';
  refusalPolicyText: string;
  refusalAppealGuidance: string;
  onClose: () => void;
}) {
  const isDecision = isRefusalDecision(refusalConsequence);
  const { t } = useTranslation();
  const notify = useNotify();
  const answer = useAnswerOffer();
  const today = todayInDenmark();
  const form = useApiForm({
    initialValues: {
      answer: '',
      answeredOn: today,
      declineReason: '',
      decisionReasons: '',
      leaseSignedOn: '',
      plannedMoveInOn: '',
    },
    error: answer.error,
  });
  const submit = async (v: typeof form.values) => {
    try {
      const result = await answer.mutateAsync({
        offerId: offer.id,
        body:
          v.answer === 'declined'
            ? {
                answer: 'declined',
                version: offer.version,
                answeredOn: v.answeredOn,
                declineReason: v.declineReason,
                refusalConsequence,
                decisionReasons: isDecision ? v.decisionReasons : undefined,
              }
            : {
                answer: 'accepted',
                version: offer.version,
                answeredOn: v.answeredOn,
                leaseSignedOn: v.leaseSignedOn === '' ? undefined : v.leaseSignedOn,
                plannedMoveInOn: v.plannedMoveInOn === '' ? undefined : v.plannedMoveInOn,
              },
      });
      notify(
        result.answer === 'accepted'
          ? t('housingSupply.acceptedSaved', { count: result.urgentTaskIds.length })
          : t('housingSupply.declinedSaved'),
      );
      onClose();
    } catch {
      // Shown from answer.error.
    }
  };
  return (
    <FormModal
      title={t('housingSupply.answerTitle', { name: offer.citizen.name ?? '' })}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => void submit(values))}
      error={answer.error}
      submit={{ label: t('housingSupply.saveAnswer'), loading: answer.isPending, disabled: form.values.answer === '' }}
    >
      <Radio.Group required label={t('housingSupply.field.answer')} {...form.getInputProps('answer')}>
        <Group mt="xs">
          <Radio value="accepted" label={t('housingSupply.answer.accepted')} />
          <Radio value="declined" label={t('housingSupply.answer.declined')} />
        </Group>
      </Radio.Group>
      <DateField required label={t('housingSupply.field.answeredOn')} {...form.getInputProps('answeredOn')} />
      {form.values.answer === 'declined' ? (
        <>
          <Alert color="orange" title={t('housingSupply.refusalPolicyTitle')} data-testid="refusal-policy">
            <Text size="sm" fw={500}>
              {t(`housingSupply.refusal.${refusalConsequence}`)}
            </Text>
            {refusalPolicyText ? <Text size="sm">{refusalPolicyText}</Text> : null}
          </Alert>
          <Textarea
            required
            label={t('housingSupply.field.declineReason')}
            autosize
            minRows={2}
            {...form.getInputProps('declineReason')}
          />
          {isDecision ? (
            <Stack gap="xs" data-testid="refusal-decision">
              <Text size="sm" fw={500}>
                {t('housingSupply.refusalDecisionLead')}
              </Text>
              <Textarea
                required
                label={t('housingSupply.field.decisionReasons')}
                autosize
                minRows={2}
                {...form.getInputProps('decisionReasons')}
              />
              <Alert color="gray" title={t('housingSupply.appealGuidanceTitle')}>
                <Text size="sm">{refusalAppealGuidance || t('housingSupply.appealGuidanceMissing')}</Text>
              </Alert>
            </Stack>
          ) : null}
        </>
      ) : null}
      {form.values.answer === 'accepted' ? (
        <>
          <Text size="sm">{t('housingSupply.acceptLead')}</Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateField label={t('housingSupply.field.leaseSignedOn')} {...form.getInputProps('leaseSignedOn')} />
            <DateField label={t('housingSupply.field.plannedMoveInOn')} {...form.getInputProps('plannedMoveInOn')} />
          </SimpleGrid>
        </>
      ) : null}
    </FormModal>
  );
}
