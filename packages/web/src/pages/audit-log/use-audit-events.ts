import { keepPreviousData } from '@tanstack/react-query';
import { auditLogRoutes, type AuditAction } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';

export interface AuditFilters {
  userId: string | null;
  citizenId: string;
  /** A citizen of the own organisation by name or CPR number. */
  citizen: string;
  subjectId: string;
  action: AuditAction | null;
  from: string;
  to: string;
}

export const emptyAuditFilters: AuditFilters = {
  userId: null,
  citizenId: '',
  citizen: '',
  subjectId: '',
  action: null,
  from: '',
  to: '',
};

export const auditPageSize = 25;

export function useAuditEvents(filters: AuditFilters, page: number) {
  return useRouteQuery(
    ['audit-events', filters, page],
    auditLogRoutes.search,
    {
      query: {
        userId: filters.userId ?? undefined,
        citizenId: filters.citizenId.trim(),
        citizen: filters.citizen.trim(),
        subjectId: filters.subjectId.trim(),
        action: filters.action ?? undefined,
        from: filters.from,
        to: filters.to,
        page,
        pageSize: auditPageSize,
      },
    },
    { placeholderData: keepPreviousData },
  );
}
