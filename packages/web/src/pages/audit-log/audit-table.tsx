import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { OutcomeBadge } from './outcome-badge';

function Actor({ actor }: { actor: AuditEvent['actor'] }) {
  const { t } = useTranslation();
  if (!actor.displayName) return <Text size="sm">{t('auditLog.unknownActor')}</Text>;
  const details = [actor.role ? t(`role.${actor.role}`) : null, actor.organisationName].filter(Boolean).join(' · ');
  return (
    <>
      <Text size="sm">{actor.displayName}</Text>
      {details ? (
        <Text size="xs" c="dimmed">
          {details}
        </Text>
      ) : null}
    </>
  );
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <DataTable<AuditEvent>
      caption={t('auditLog.tableCaption')}
      minWidth={980}
      testId="audit-table"
      items={events}
      rowKey={(event) => event.id}
      empty={t('auditLog.empty')}
      columns={[
        {
          header: t('auditLog.time'),
          style: { whiteSpace: 'nowrap' },
          cell: (event) => <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>,
        },
        { header: t('auditLog.actor'), cell: (event) => <Actor actor={event.actor} /> },
        {
          header: t('auditLog.actionLabel'),
          cell: (event) => {
            const changed = event.changes ? Object.keys(event.changes) : [];
            return (
              <>
                <Text size="sm">{t(`auditLog.action.${event.action}`, { defaultValue: event.action })}</Text>
                {changed.length > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('auditLog.changedFields', { fields: changed.join(', ') })}
                  </Text>
                ) : null}
              </>
            );
          },
        },
        {
          header: t('auditLog.subject'),
          cell: (event) => (
            <>
              {event.subjectType ? (
                <Text size="sm">{t(`auditLog.subjectType.${event.subjectType}`, { defaultValue: event.subjectType })}</Text>
              ) : null}
              {event.subjectId ? (
                <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {event.subjectId}
                </Text>
              ) : null}
              {!event.subjectType && !event.subjectId ? '–' : null}
            </>
          ),
        },
        {
          header: t('auditLog.citizen'),
          cell: (event) =>
            event.citizenId ? (
              <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {event.citizenId}
              </Text>
            ) : (
              '–'
            ),
        },
        { header: t('auditLog.outcomeLabel'), cell: (event) => <OutcomeBadge outcome={event.outcome} /> },
        {
          header: t('auditLog.ip'),
          cell: (event) => (
            <Text size="xs" ff="monospace">
              {event.ip ?? '–'}
            </Text>
          ),
        },
      ]}
    />
  );
}
