import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Divider,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CreateCitizenBody, CreateCitizenResponse } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { useSession } from '../../auth/session';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useLanguage } from '../../i18n/use-language';
import { AdmissionFields, admissionBody, emptyAdmission, type AdmissionDraft } from '../shelter-stays/admission-fields';
import { citizenName } from './citizen-name';
import { formatIsoDate } from '../../format/date';
import { DuplicatesList } from './duplicates-list';
import { useCreateCitizen, useMunicipalities } from './use-citizens';

type IdentityMode = 'cpr' | 'noCpr';

interface Draft {
  cpr: string;
  firstName: string;
  lastName: string;
  alias: string;
  birthYear: string;
  phone: string;
  email: string;
  contactNote: string;
}

const emptyDraft: Draft = {
  cpr: '',
  firstName: '',
  lastName: '',
  alias: '',
  birthYear: '',
  phone: '',
  email: '',
  contactNote: '',
};

/**
 * Registers a citizen, with a CPR number (the server checks it) or without (alias or name and an
 * approximate birth year). A shelter registers the admission and intake in the same request.
 * Afterwards possible duplicates are shown, to link or keep separate.
 */
export function RegisterCitizenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const navigate = useNavigate();
  const { user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const create = useCreateCitizen();
  const [mode, setMode] = useState<IdentityMode>('cpr');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [admission, setAdmission] = useState<AdmissionDraft>(emptyAdmission);
  const [result, setResult] = useState<CreateCitizenResponse | null>(null);
  const [handlekommuneId, setHandlekommuneId] = useState<string | null>(null);
  const municipalities = useMunicipalities(isShelter);
  const fields = fieldErrorsOf(create.error);
  const set = (key: keyof Draft) => (event: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: event.currentTarget.value });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: CreateCitizenBody = {
      firstName: draft.firstName,
      lastName: draft.lastName,
      alias: draft.alias,
      phone: draft.phone,
      email: draft.email,
      contactNote: draft.contactNote,
    };
    if (mode === 'cpr' && draft.cpr.trim() !== '') body.cpr = draft.cpr.trim();
    if (mode === 'noCpr' && draft.birthYear.trim() !== '') body.birthYear = Number(draft.birthYear.trim());
    if (isShelter) {
      body.admission = admissionBody(admission);
      body.handlekommuneId = handlekommuneId;
    }
    try {
      const created = await create.mutateAsync(body);
      notify(t('citizens.registered', { name: citizenName(created.citizen, t) }));
      if (created.possibleDuplicates.length === 0) {
        onClose();
        void navigate(`/citizens/${created.citizen.id}`);
      } else {
        setResult(created);
      }
    } catch {
      // Shown from create.error and next to the fields.
    }
  };

  if (result) {
    const goTo = (id: string) => {
      onClose();
      void navigate(`/citizens/${id}`);
    };
    return (
      <AppModal opened onClose={() => goTo(result.citizen.id)} title={t('citizens.registeredTitle')} size="lg">
        <Stack>
          <Alert color="orange" title={t('citizens.duplicates.foundTitle', { count: result.possibleDuplicates.length })}>
            {t('citizens.duplicates.foundLead', { name: citizenName(result.citizen, t) })}
          </Alert>
          {result.stay ? (
            <Text size="sm">
              {t('shelterStays.deadlineAfterRegistering', { date: formatIsoDate(result.stay.notification.deadline, locale) })}
            </Text>
          ) : null}
          <DuplicatesList
            citizenId={result.citizen.id}
            duplicates={result.possibleDuplicates}
            survivor="existing"
            onLinked={goTo}
          />
          <Group justify="flex-end">
            <Button onClick={() => goTo(result.citizen.id)}>{t('citizens.openNew')}</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <AppModal opened onClose={onClose} title={t('citizens.registerTitle')} size="lg">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={create.error} />
          <div>
            <Text id="identity-mode-label" fw={500} size="sm" mb={4}>
              {t('citizens.identityMode')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="identity-mode-label"
              value={mode}
              onChange={(value) => setMode(value === 'noCpr' ? 'noCpr' : 'cpr')}
              data={[
                { value: 'cpr', label: t('citizens.withCpr') },
                { value: 'noCpr', label: t('citizens.withoutCpr') },
              ]}
            />
          </div>
          {mode === 'cpr' ? (
            <TextInput
              label={t('citizens.field.cpr')}
              description={t('citizens.cprHint')}
              placeholder="ddmmåå-xxxx"
              inputMode="numeric"
              autoComplete="off"
              data-autofocus
              value={draft.cpr}
              onChange={set('cpr')}
              error={fieldError(fields, 'cpr')}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('citizens.withoutCprHint')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('citizens.field.firstName')}
              autoComplete="off"
              value={draft.firstName}
              onChange={set('firstName')}
              error={fieldError(fields, 'firstName')}
            />
            <TextInput
              label={t('citizens.field.lastName')}
              autoComplete="off"
              value={draft.lastName}
              onChange={set('lastName')}
              error={fieldError(fields, 'lastName')}
            />
            <TextInput
              label={t('citizens.field.alias')}
              description={t('citizens.aliasHint')}
              autoComplete="off"
              value={draft.alias}
              onChange={set('alias')}
              error={fieldError(fields, 'alias')}
            />
            {mode === 'noCpr' ? (
              <TextInput
                label={t('citizens.field.birthYear')}
                description={t('citizens.birthYearHint')}
                inputMode="numeric"
                autoComplete="off"
                value={draft.birthYear}
                onChange={set('birthYear')}
                error={fieldError(fields, 'birthYear')}
              />
            ) : null}
          </SimpleGrid>

          <Divider />
          <Title order={3} size="h5">
            {t('citizens.contactTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('citizens.field.phone')}
              type="tel"
              autoComplete="off"
              value={draft.phone}
              onChange={set('phone')}
              error={fieldError(fields, 'phone')}
            />
            <TextInput
              label={t('citizens.field.email')}
              type="email"
              autoComplete="off"
              value={draft.email}
              onChange={set('email')}
              error={fieldError(fields, 'email')}
            />
          </SimpleGrid>
          <Textarea
            label={t('citizens.field.contactNote')}
            description={t('citizens.contactNoteHint')}
            autosize
            minRows={2}
            value={draft.contactNote}
            onChange={set('contactNote')}
            error={fieldError(fields, 'contactNote')}
          />

          <Divider />
          {isShelter ? (
            <>
              <Title order={3} size="h5">
                {t('shelterStays.admissionTitle', { shelter: user.organisation.name })}
              </Title>
              <Select
                label={t('citizens.handlekommune')}
                description={t('citizens.shelterHandlekommuneNote')}
                placeholder={t('citizens.handlekommuneUnknown')}
                data={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
                value={handlekommuneId}
                onChange={setHandlekommuneId}
                searchable
                clearable
                error={fieldError(fields, 'handlekommuneId')}
              />
              <AdmissionFields value={admission} onChange={setAdmission} errors={fields} prefix="admission." />
              {fieldError(fields, 'admission') && !Object.keys(fields).some((key) => key.startsWith('admission.')) ? (
                <Text c="red.9" size="sm" role="alert">
                  {fieldError(fields, 'admission')}
                </Text>
              ) : null}
            </>
          ) : (
            <Text size="sm">{t('citizens.handlekommuneOwn', { name: user?.organisation.name ?? '' })}</Text>
          )}

          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('citizens.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
