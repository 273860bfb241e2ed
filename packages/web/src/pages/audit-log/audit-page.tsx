import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/api-error';
import { QueryState } from '../../components/query-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { AuditFiltersForm } from './audit-filters-form';
import { AuditTable } from './audit-table';
import { auditPageSize, emptyAuditFilters, useAuditEvents, type AuditFilters } from './use-audit-events';

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>(emptyAuditFilters);
  const [page, setPage] = useState(1);
  const events = useAuditEvents(filters, page);

  return (
    <>
      <PageHeader title={t('auditLog.title')} description={t('auditLog.lead')} />
      <AuditFiltersForm
        initial={filters}
        fieldErrors={fieldErrorsOf(events.error)}
        onSearch={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <QueryState query={events}>
        {(data) => (
          <>
            <AuditTable events={data.items} />
            <Pager page={page} pageSize={auditPageSize} total={data.total} onChange={setPage} label={t('auditLog.pagesLabel')} />
          </>
        )}
      </QueryState>
    </>
  );
}
