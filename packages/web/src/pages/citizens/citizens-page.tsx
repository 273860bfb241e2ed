import { useState } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { QueryState } from '../../components/query-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { CitizensTable } from './citizens-table';
import { RegisterCitizenModal } from './register-citizen-modal';
import { EmergencyAccessModal } from '../emergency-access/emergency-access-modal';
import { citizenPageSize, useCitizenSearch } from './use-citizens';

/**
 * Citizens the user may see: a municipality's own (handlekommune), a shelter's residents past
 * and present. Search by name, alias or CPR number happens on the server.
 */
export function CitizensPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 400);
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const [breakingGlass, setBreakingGlass] = useState(false);
  const citizens = useCitizenSearch(debouncedSearch, page);
  const isShelter = user?.organisation.kind === 'shelter';

  const changeSearch = (value: string) => {
    setSearch(value);
    setPage(1);
    setParams(value.trim() ? { q: value } : {}, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={isShelter ? t('citizens.titleShelter') : t('citizens.title')}
        description={isShelter ? t('citizens.leadShelter') : t('citizens.lead')}
        actions={
          <Group gap="sm">
            {user?.mayUseEmergencyAccess ? (
              <Button
                variant="default"
                leftSection={<IconAlertTriangle size={16} aria-hidden="true" />}
                onClick={() => setBreakingGlass(true)}
              >
                {t('emergencyAccess.button')}
              </Button>
            ) : null}
            {user?.mayRegisterCitizens ? (
              <Button leftSection={<IconUserPlus size={16} aria-hidden="true" />} onClick={() => setRegistering(true)}>
                {t('citizens.register')}
              </Button>
            ) : null}
          </Group>
        }
      />
      {user?.mayUseEmergencyAccess ? (
        <Text size="sm" c="dimmed" mb="sm" data-testid="need-to-know-note">
          {t('emergencyAccess.narrowNote')}
        </Text>
      ) : null}
      <Group role="search" aria-label={t('citizens.searchLabel')} mb="md">
        <TextInput
          label={t('citizens.search')}
          description={t('citizens.searchHint')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => changeSearch(event.currentTarget.value)}
          autoComplete="off"
          style={{ flex: '1 1 260px', maxWidth: 480 }}
        />
      </Group>
      <QueryState query={citizens}>
        {(data) => (
          <>
            <CitizensTable
              citizens={data.items}
              searched={debouncedSearch.trim() !== ''}
              caption={isShelter ? t('citizens.titleShelter') : t('citizens.title')}
            />
            <Pager
              page={page}
              pageSize={citizenPageSize}
              total={data.total}
              onChange={setPage}
              label={t('citizens.pagesLabel')}
            />
          </>
        )}
      </QueryState>
      {registering ? <RegisterCitizenModal onClose={() => setRegistering(false)} /> : null}
      {breakingGlass ? <EmergencyAccessModal onClose={() => setBreakingGlass(false)} /> : null}
    </>
  );
}
