import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { TableFrame } from '../../components/table-frame';
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
    <TableFrame caption={t('auditLog.tableCaption')} minWidth={980} testId="audit-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('auditLog.time')}</Table.Th>
          <Table.Th scope="col">{t('auditLog.actor')}</Table.Th>
          <Table.Th scope="col">{t('auditLog.actionLabel')}</Table.Th>
          <Table.Th scope="col">{t('auditLog.subject')}</Table.Th>
          <Table.Th scope="col">{t('auditLog.citizen')}</Table.Th>
          <Table.Th scope="col">{t('auditLog.outcomeLabel')}</Table.Th>
          <Table.Th scope="col">{t('auditLog.ip')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.length === 0 ? <EmptyRow colSpan={7}>{t('auditLog.empty')}</EmptyRow> : null}
        {events.map((event) => {
          const changed = event.changes ? Object.keys(event.changes) : [];
          return (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
              </Table.Td>
              <Table.Td>
                <Actor actor={event.actor} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`auditLog.action.${event.action}`, { defaultValue: event.action })}</Text>
                {changed.length > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('auditLog.changedFields', { fields: changed.join(', ') })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {event.subjectType ? (
                  <Text size="sm">{t(`auditLog.subjectType.${event.subjectType}`, { defaultValue: event.subjectType })}</Text>
                ) : null}
                {event.subjectId ? (
                  <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {event.subjectId}
                  </Text>
                ) : null}
                {!event.subjectType && !event.subjectId ? '–' : null}
              </Table.Td>
              <Table.Td>
                {event.citizenId ? (
                  <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {event.citizenId}
                  </Text>
                ) : (
                  '–'
                )}
              </Table.Td>
              <Table.Td>
                <OutcomeBadge outcome={event.outcome} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {event.ip ?? '–'}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableFrame>
  );
}
