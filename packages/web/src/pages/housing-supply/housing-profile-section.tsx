import { useState } from 'react';
import { Alert, Anchor, Checkbox, List, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HousingProfile } from '@hjemvej/contract';
import { Fact } from '../../components/fact';
import { RecordSection } from '../../components/record-section';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { formatIsoDate } from '../../format/date';
import { formatKroner } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { useHousingProfile, useUpdateHousingProfile } from './use-housing-supply';
import { DateField } from '../../components/date-field';
import { RefusalDecisionLines } from './refusal-decision-lines';
import { FormModal } from '../../components/form-modal';

/** The citizen's housing profile (what matching reads), offers and eviction warnings. */
export function HousingProfileSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const profile = useHousingProfile(citizenId);
  const [editing, setEditing] = useState(false);
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  return (
    <RecordSection
      name="housing-profile"
      title={t('housingSupply.profile.title')}
      lead={t('housingSupply.profile.lead')}
      add={profile.data?.canEdit ? { label: t('housingSupply.profile.edit'), onClick: () => setEditing(true) } : null}
      query={profile}
      dialogs={editing && profile.data ? <ProfileModal profile={profile.data} onClose={() => setEditing(false)} /> : null}
    >
      {(p) => (
        <Stack gap="sm">
          {p.evictionWarnings.length > 0 ? (
            <Alert color="red" title={t('housingSupply.profile.warnings')} data-testid="citizen-eviction-warnings">
              <List size="sm">
                {p.evictionWarnings.map((w) => (
                  <List.Item key={w.id}>
                    {t('housingSupply.profile.warningLine', { date: date(w.receivedOn), landlord: w.landlordName })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {p.exists ? (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
              <Fact label={t('housingSupply.profile.wishedAreas')}>{p.wishedAreas.join(', ') || '–'}</Fact>
              <Fact label={t('housingSupply.profile.excludedAreas')}>{p.excludedAreas.join(', ') || '–'}</Fact>
              <Fact label={t('housingSupply.profile.householdSize')}>{String(p.householdSize)}</Fact>
              <Fact label={t('housingSupply.profile.affordableRent')}>
                {p.affordableRent === null ? '–' : formatKroner(p.affordableRent)}
              </Fact>
              <Fact label={t('housingSupply.profile.readyToMoveOn')}>{date(p.readyToMoveOn)}</Fact>
              <Fact label={t('housingSupply.profile.supportInPlace')}>
                {p.supportInPlace
                  ? t('common.yes')
                  : p.supportPlanned
                    ? t('housingSupply.profile.supportPlanned')
                    : t('common.no')}
              </Fact>
              <Fact label={t('housingSupply.profile.needs')}>
                {[p.needsAccessible ? t('housingSupply.profile.needsAccessible') : null, p.needs || null]
                  .filter(Boolean)
                  .join('. ') || '–'}
              </Fact>
            </SimpleGrid>
          ) : (
            <Text size="sm">{t('housingSupply.profile.empty')}</Text>
          )}
          {p.offers.length > 0 ? (
            <>
              <Text fw={500}>{t('housingSupply.profile.offers')}</Text>
              <List size="sm" data-testid="citizen-offers">
                {p.offers.map((o) => (
                  <List.Item key={o.id}>
                    <Anchor component={Link} to={`/housing-supply/vacancies/${o.vacancyId}`}>
                      {o.address}
                    </Anchor>
                    {`: ${date(o.offeredOn)} – ${t(`housingSupply.answer.${o.answer}`)}`}
                    <RefusalDecisionLines offer={o} />
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Stack>
      )}
    </RecordSection>
  );
}

const areas = (value: string) =>
  value
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');

function ProfileModal({ profile, onClose }: { profile: HousingProfile; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateHousingProfile(profile.citizenId);
  const form = useApiForm({
    initialValues: {
      wishedAreas: profile.wishedAreas.join(', '),
      excludedAreas: profile.excludedAreas.join(', '),
      householdSize: profile.householdSize,
      affordableRent: profile.affordableRent ?? '',
      needsAccessible: profile.needsAccessible,
      needs: profile.needs,
      readyToMoveOn: profile.readyToMoveOn ?? '',
      supportPlanned: profile.supportPlanned,
    },
    error: update.error,
  });
  const submit = async (v: typeof form.values) => {
    try {
      await update.mutateAsync({
        version: profile.version,
        wishedAreas: areas(v.wishedAreas),
        excludedAreas: areas(v.excludedAreas),
        householdSize: typeof v.householdSize === 'number' ? v.householdSize : 1,
        affordableRent: typeof v.affordableRent === 'number' ? v.affordableRent : null,
        needsAccessible: v.needsAccessible,
        needs: v.needs,
        readyToMoveOn: v.readyToMoveOn === '' ? null : v.readyToMoveOn,
        supportPlanned: v.supportPlanned,
      });
      notify(t('housingSupply.profile.saved'));
      onClose();
    } catch {
      // Shown from update.error.
    }
  };
  return (
    <FormModal
      title={t('housingSupply.profile.edit')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSubmit((values) => void submit(values))}
      error={update.error}
      submit={{ label: t('common.save'), loading: update.isPending }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          data-autofocus
          label={t('housingSupply.profile.wishedAreas')}
          description={t('housingSupply.profile.areasHelp')}
          {...form.getInputProps('wishedAreas')}
        />
        <TextInput
          label={t('housingSupply.profile.excludedAreas')}
          description={t('housingSupply.profile.areasHelp')}
          {...form.getInputProps('excludedAreas')}
        />
        <NumberInput label={t('housingSupply.profile.householdSize')} min={1} {...form.getInputProps('householdSize')} />
        <NumberInput label={t('housingSupply.profile.affordableRent')} min={0} {...form.getInputProps('affordableRent')} />
        <DateField label={t('housingSupply.profile.readyToMoveOn')} {...form.getInputProps('readyToMoveOn')} />
      </SimpleGrid>
      <Checkbox
        label={t('housingSupply.profile.needsAccessible')}
        {...form.getInputProps('needsAccessible', { type: 'checkbox' })}
      />
      <Checkbox
        label={t('housingSupply.profile.supportPlanned')}
        {...form.getInputProps('supportPlanned', { type: 'checkbox' })}
      />
      <Textarea label={t('housingSupply.profile.needs')} autosize minRows={2} {...form.getInputProps('needs')} />
    </FormModal>
  );
}
