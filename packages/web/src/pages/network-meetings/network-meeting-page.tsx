import { useState } from 'react';
import { Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { ValueWithNote } from '../../components/value-with-note';
import { useLanguage } from '../../i18n/use-language';
import { NotFoundPage } from '../not-found/not-found-page';
import { useNetworkMeeting } from './use-network-meetings';
import { NetworkMeetingDecisionFormModal } from './network-meeting-decision-form-modal';
import { NetworkMeetingFormModal } from './network-meeting-form-modal';
import { formatIsoDate, formatMoment, toLocalInput } from '../../format/date';
import { TitledSection } from '../../components/titled-section';
import { FramedPart } from '../../components/framed-part';

/** One network meeting: who took part, the agenda, the notes, and the decisions with owners and deadlines. */
export function NetworkMeetingPage() {
  const { id = '', meetingId = '' } = useParams();
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const meeting = useNetworkMeeting(meetingId);
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState(false);
  if (isApiError(meeting.error) && [400, 404].includes(meeting.error.status)) return <NotFoundPage />;
  if (meeting.isPending) return <Loading minHeight={240} />;
  if (!meeting.data) return <ErrorAlert error={meeting.error} />;
  const m = meeting.data;
  const canWrite = m.abilities.canEdit;
  const participantLabel = (p: (typeof m.participants)[number]) => {
    if (p.kind === 'citizen') return t('networkMeetings.theCitizen');
    if (p.kind === 'other') return [p.name, p.role].filter(Boolean).join(', ');
    return [p.label, p.name].filter(Boolean).join(' – ');
  };
  return (
    <>
      <PageHeader
        title={m.title}
        description={formatMoment(m.heldAt, locale)}
        actions={
          canWrite ? (
            <Button
              variant="default"
              size="sm"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => setEditing(true)}
            >
              {t('networkMeetings.edit')}
            </Button>
          ) : null
        }
      />
      <Anchor component={Link} to={`/citizens/${id}`} size="sm" mb="md" display="inline-block">
        {t('networkMeetings.backToCitizen')}
      </Anchor>
      <Stack gap="lg">
        <FramedPart id="meeting-participants" title={t('networkMeetings.participants')}>
          {m.participants.length === 0 ? <Text size="sm">–</Text> : null}
          <List size="sm">
            {m.participants.map((p, i) => (
              <List.Item key={i}>{participantLabel(p)}</List.Item>
            ))}
          </List>
        </FramedPart>
        <FramedPart id="meeting-agenda" title={t('networkMeetings.field.agenda')}>
          {m.agenda.length === 0 ? <Text size="sm">–</Text> : null}
          <List size="sm" type="ordered">
            {m.agenda.map((item, i) => (
              <List.Item key={i}>{item}</List.Item>
            ))}
          </List>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('networkMeetings.field.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {m.notes || '–'}
          </Text>
        </FramedPart>
        <TitledSection
          id="meeting-decisions"
          title={t('networkMeetings.decisions')}
          actions={
            canWrite ? (
              <Button
                size="sm"
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                onClick={() => setDeciding(true)}
              >
                {t('networkMeetings.addDecision')}
              </Button>
            ) : null
          }
        >
          <DataTable
            caption={t('networkMeetings.decisionsCaption')}
            minWidth={600}
            testId="decisions-table"
            items={m.decisions}
            rowKey={(d) => d.id}
            empty={t('networkMeetings.noDecisions')}
            columns={[
              { header: t('networkMeetings.decision.text'), rowHeader: true, cell: (d) => d.text },
              {
                header: t('networkMeetings.decision.unit'),
                cell: (d) => <ValueWithNote value={d.ownerUnit.name} note={d.ownerUnit.organisationName} />,
              },
              {
                header: t('networkMeetings.decision.owner'),
                cell: (d) => d.ownerUser?.name ?? t('networkMeetings.decision.wholeUnit'),
              },
              { header: t('networkMeetings.decision.dueOn'), cell: (d) => formatIsoDate(d.dueOn, locale) },
            ]}
          />
        </TitledSection>
      </Stack>
      {editing ? <NetworkMeetingFormModal citizenId={id} meeting={m} onClose={() => setEditing(false)} /> : null}
      {deciding ? (
        <NetworkMeetingDecisionFormModal
          meetingId={m.id}
          defaultDueOn={toLocalInput(m.heldAt).slice(0, 10)}
          onClose={() => setDeciding(false)}
        />
      ) : null}
    </>
  );
}
