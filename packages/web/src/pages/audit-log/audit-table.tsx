import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { OutcomeBadge } from './outcome-badge';
import { fieldLabel, subjectTypeLabel } from './audit-labels';

/** An id an auditor may need, kept small beside the words. */
function SecondaryId({ label }: { label: string }) {
  return (
    <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
      {label}
    </Text>
  );
}

function Subject({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.subjectType && !event.subjectId) return <>–</>;
  return (
    <>
      <Text size="sm">{event.subjectType ? subjectTypeLabel(t, event.subjectType) : t('auditLog.subject')}</Text>
      {event.subjectId && event.subjectId !== event.citizen?.id ? (
        <SecondaryId label={t('auditLog.subjectIdLabel', { id: event.subjectId })} />
      ) : null}
    </>
  );
}

/** The citizen by name (a link only when the reader may open the page); the id small beneath. */
function Citizen({ citizen }: { citizen: AuditEvent['citizen'] }) {
  const { t } = useTranslation();
  if (!citizen) return <>–</>;
  const name = citizen.name ?? t(citizen.mayOpen ? 'auditLog.citizenNoName' : 'auditLog.citizenUnnamed');
  return (
    <>
      {citizen.mayOpen ? (
        <Anchor component={Link} to={`/citizens/${citizen.id}`} size="sm">
          {name}
        </Anchor>
      ) : (
        <Text size="sm">{name}</Text>
      )}
      <SecondaryId label={t('auditLog.citizenIdLabel', { id: citizen.id })} />
    </>
  );
}

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
            const changed = event.changes ? Object.keys(event.changes).map((key) => fieldLabel(t, key)) : [];
            return (
              <>
                <Text size="sm">{t(`auditLog.action.${event.action}`)}</Text>
                {changed.length > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('auditLog.changedFields', { fields: changed.join(', ') })}
                  </Text>
                ) : null}
              </>
            );
          },
        },
        { header: t('auditLog.subject'), cell: (event) => <Subject event={event} /> },
        { header: t('auditLog.citizen'), cell: (event) => <Citizen citizen={event.citizen} /> },
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
