import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../api/api-error';
import { auditActionList } from './audit-action-list';
import { useUsers } from '../users/use-users';
import { emptyAuditFilters, type AuditFilters } from './use-audit-events';
import { DateField } from '../../components/date-field';

interface AuditFiltersFormProps {
  initial: AuditFilters;
  fieldErrors: Record<string, string>;
  onSearch: (filters: AuditFilters) => void;
}

/** Who, which citizen, which record, what, and when: applied on "Search". */
export function AuditFiltersForm({ initial, fieldErrors, onSearch }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(initial);
  const users = useUsers({ search: '', role: null, active: 'all' });
  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));
  // A typed filter's value, its change and the server's message about it (the selects pass more).
  const textProps = (key: 'citizen' | 'citizenId' | 'subjectId') => ({
    value: draft[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value),
    error: fieldError(fieldErrors, key),
  });
  const dateProps = (key: 'from' | 'to') => ({
    value: draft[key],
    onChange: (value: string) => set(key, value),
    error: fieldError(fieldErrors, key),
  });

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };

  const handleReset = () => {
    setDraft(emptyAuditFilters);
    onSearch(emptyAuditFilters);
  };

  return (
    <form role="search" aria-label={t('auditLog.filtersLabel')} onSubmit={handleSubmit} noValidate>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mb="sm">
        <Select
          label={t('auditLog.user')}
          placeholder={t('auditLog.anyUser')}
          data={(users.data ?? []).map((user) => ({ value: user.id, label: `${user.displayName} (${user.email})` }))}
          value={draft.userId}
          onChange={(value) => set('userId', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('auditLog.clearUser') }}
          nothingFoundMessage={t('auditLog.noUsers')}
          error={fieldError(fieldErrors, 'userId')}
        />
        <Select
          label={t('auditLog.actionLabel')}
          placeholder={t('auditLog.anyAction')}
          data={auditActionList.map((value) => ({ value, label: t(`auditLog.action.${value}`) }))}
          value={draft.action}
          onChange={(value) => set('action', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('auditLog.clearAction') }}
          error={fieldError(fieldErrors, 'action')}
        />
        <TextInput
          label={t('auditLog.citizenSearch')}
          description={t('auditLog.citizenSearchHint')}
          {...textProps('citizen')}
          autoComplete="off"
        />
        <TextInput label={t('auditLog.citizenId')} {...textProps('citizenId')} autoComplete="off" />
        <TextInput label={t('auditLog.subjectId')} {...textProps('subjectId')} autoComplete="off" />
        <DateField label={t('auditLog.from')} {...dateProps('from')} />
        <DateField label={t('auditLog.to')} {...dateProps('to')} />
      </SimpleGrid>
      <Group gap="sm" mb="lg">
        <Button type="submit" leftSection={<IconSearch size={16} aria-hidden="true" />}>
          {t('auditLog.search')}
        </Button>
        <Button variant="default" onClick={handleReset}>
          {t('auditLog.reset')}
        </Button>
      </Group>
    </form>
  );
}
