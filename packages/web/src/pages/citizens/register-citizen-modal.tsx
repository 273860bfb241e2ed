import { useState } from 'react';
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
import { fieldErrorsOf } from '../../api/api-error';
import { useSession } from '../../auth/session';
import { AppModal } from '../../components/app-modal';
import { FormModal } from '../../components/form-modal';
import { useFormModal } from '../../forms/use-form-modal';
import { useLanguage } from '../../i18n/use-language';
import { AdmissionFields, admissionBody, emptyAdmission } from '../shelter-stays/admission-fields';
import { citizenName } from './citizen-name';
import { formatIsoDate } from '../../format/date';
import { DuplicatesList } from './duplicates-list';
import { useCreateCitizen, useMunicipalities } from './use-citizens';

type IdentityMode = 'cpr' | 'noCpr';

/**
 * Registers a citizen, with a CPR number (the server checks it) or without (alias or name and an
 * approximate birth year). A shelter registers the admission and intake in the same request.
 * Afterwards possible duplicates are shown, to link or keep separate.
 */
export function RegisterCitizenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const navigate = useNavigate();
  const { user } = useSession();
  const isShelter = user?.organisation.kind === 'shelter';
  const create = useCreateCitizen();
  const [mode, setMode] = useState<IdentityMode>('cpr');
  const [result, setResult] = useState<CreateCitizenResponse | null>(null);
  const municipalities = useMunicipalities(isShelter);
  const { form, modal } = useFormModal({
    initialValues: {
      cpr: '',
      firstName: '',
      lastName: '',
      alias: '',
      birthYear: '',
      phone: '',
      email: '',
      contactNote: '',
      handlekommuneId: null as string | null,
      admission: emptyAdmission(),
    },
    mutation: create,
    send: (draft) => {
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
        body.admission = admissionBody(draft.admission);
        body.handlekommuneId = draft.handlekommuneId;
      }
      return create.mutateAsync(body);
    },
    saved: (created) => t('citizens.registered', { name: citizenName(created.citizen, t) }),
    onClose,
    // Possible duplicates are shown before the new citizen's page, to link or keep separate.
    afterSave: (created) => {
      if (created.possibleDuplicates.length > 0) {
        setResult(created);
        return;
      }
      onClose();
      void navigate(`/citizens/${created.citizen.id}`);
    },
    submitLabel: t('citizens.register'),
    size: 'lg',
    actionsMt: 'sm',
  });
  /** A text field of the citizen, labelled as on the citizen's page. */
  const input = (field: 'cpr' | 'firstName' | 'lastName' | 'alias' | 'birthYear' | 'phone' | 'email' | 'contactNote') => ({
    label: t(`citizens.field.${field}`),
    autoComplete: 'off',
    ...form.getInputProps(field),
  });
  const errors = fieldErrorsOf(create.error);
  // A refusal of the admission as a whole (not of one of its fields) is said below its fields.
  const admissionError = Object.keys(errors).some((key) => key.startsWith('admission.')) ? undefined : errors.admission;

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
    <FormModal title={t('citizens.registerTitle')} {...modal}>
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
          {...input('cpr')}
          description={t('citizens.cprHint')}
          placeholder="ddmmåå-xxxx"
          inputMode="numeric"
          data-autofocus
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('citizens.withoutCprHint')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput {...input('firstName')} />
        <TextInput {...input('lastName')} />
        <TextInput {...input('alias')} description={t('citizens.aliasHint')} />
        {mode === 'noCpr' ? (
          <TextInput {...input('birthYear')} description={t('citizens.birthYearHint')} inputMode="numeric" />
        ) : null}
      </SimpleGrid>

      <Divider />
      <Title order={3} size="h5">
        {t('citizens.contactTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput {...input('phone')} type="tel" />
        <TextInput {...input('email')} type="email" />
      </SimpleGrid>
      <Textarea {...input('contactNote')} description={t('citizens.contactNoteHint')} autosize minRows={2} />

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
            {...form.getInputProps('handlekommuneId')}
            searchable
            clearable
          />
          <AdmissionFields form={form} />
          {admissionError ? (
            <Text c="red.9" size="sm" role="alert">
              {admissionError}
            </Text>
          ) : null}
        </>
      ) : (
        <Text size="sm">
          {t('citizens.handlekommuneOwn', { name: user?.organisation.name ?? '' })}
          {user?.mayBeResponsibleCaseworker ? ` ${t('citizens.responsibleYou')}` : ''}
        </Text>
      )}
    </FormModal>
  );
}
