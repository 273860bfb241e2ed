import { useState } from 'react';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatIsoDate } from '../../format/date';
import { ProgrammeFormModal } from './programme-form-modal';
import { useProgrammes } from './use-programmes';

/** The national agency's programmes. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('programmes.title')}
        description={t('programmes.lead')}
        create={{ label: t('programmes.add'), onClick: () => setCreating(true) }}
      />
      <ErrorAlert error={programmes.error} />
      {programmes.isPending ? <Loading /> : null}
      {programmes.data ? (
        <DataTable<ProgrammeSummary>
          caption={t('programmes.tableCaption')}
          items={programmes.data.items}
          rowKey={(p) => p.id}
          empty={t('programmes.empty')}
          minWidth={560}
          testId="programmes-table"
          columns={[
            {
              header: t('programmes.column.name'),
              rowHeader: true,
              cell: (p) => (
                <Anchor component={Link} to={`/programmes/${p.id}`} fw={600}>
                  {p.name}
                </Anchor>
              ),
            },
            {
              header: t('programmes.column.period'),
              cell: (p) => t('programmes.period', { from: formatIsoDate(p.startsOn), to: formatIsoDate(p.endsOn) }),
            },
            { header: t('programmes.column.owner'), cell: (p) => p.ownerName },
            { header: t('programmes.column.members'), cell: (p) => p.memberCount },
            { header: t('programmes.column.activities'), cell: (p) => p.activityCount },
          ]}
        />
      ) : null}
      {creating ? <ProgrammeFormModal programme={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
