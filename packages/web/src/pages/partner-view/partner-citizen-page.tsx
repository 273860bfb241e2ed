import type { ReactNode } from 'react';
import { Anchor, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useLanguage } from '../../i18n/use-language';
import { NotFoundPage } from '../not-found/not-found-page';
import { citizenName } from '../citizens/citizen-name';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { usePartnerCitizen } from './use-partner-view';
import { FramedPart } from '../../components/framed-part';

/** What the citizen consented to share with the partner, and nothing else. */
export function PartnerCitizenPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const view = usePartnerCitizen(id);
  if (isApiError(view.error) && [400, 404].includes(view.error.status)) return <NotFoundPage />;
  if (view.isPending) return <Loading minHeight={240} />;
  if (!view.data) return <ErrorAlert error={view.error} />;
  const data = view.data;
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  return (
    <>
      <PageHeader
        title={citizenName(data.identity, t)}
        description={t('partnerView.consentedUntil', { date: date(data.expiresOn), municipality: data.municipalityName })}
      />
      <Anchor component={Link} to="/partner/citizens" size="sm" mb="md" display="inline-block">
        {t('partnerView.back')}
      </Anchor>
      <Stack gap="lg">
        <FramedPart id="pv-consent" title={t('partnerView.sharedTitle')}>
          <Text size="sm">{data.categories.map((c) => t(`consents.categoryShort.${c}`)).join(', ')}</Text>
          <Text size="sm" c="dimmed" mt="xs">
            {t('partnerView.purposes', { purposes: data.purposes.join(' · ') })}
          </Text>
        </FramedPart>
        <FramedPart id="pv-identity" title={t('consents.category.identity')}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Fact label={t('citizens.field.firstName')}>{data.identity.firstName ?? '–'}</Fact>
            <Fact label={t('citizens.field.lastName')}>{data.identity.lastName ?? '–'}</Fact>
            <Fact label={t('citizens.field.alias')}>{data.identity.alias ?? '–'}</Fact>
            <Fact label={t('partnerView.birthYear')}>{data.identity.birthYear ?? '–'}</Fact>
          </SimpleGrid>
        </FramedPart>
        {data.contact ? (
          <FramedPart id="pv-contact" title={t('consents.category.contact')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Fact label={t('citizens.field.phone')}>{data.contact.phone ?? '–'}</Fact>
              <Fact label={t('citizens.field.email')}>{data.contact.email ?? '–'}</Fact>
            </SimpleGrid>
          </FramedPart>
        ) : null}
        {data.housing ? (
          <FramedPart id="pv-housing" title={t('consents.category.housing')}>
            <Fact label={t('partnerView.housingNow')}>
              {data.housing.now
                ? t('partnerView.housingNowValue', {
                    category: t(`housingCategory.${data.housing.now.category}`),
                    from: date(data.housing.now.fromDate),
                  })
                : '–'}
            </Fact>
            {data.housing.allocations.length > 0 ? (
              <List size="sm" mt="sm">
                {data.housing.allocations.map((a) => (
                  <List.Item key={`${a.address}-${a.allocatedOn}`}>
                    {t('partnerView.allocation', {
                      address: a.address,
                      allocatedOn: date(a.allocatedOn),
                      moveInOn: date(a.moveInOn ?? a.plannedMoveInOn),
                    })}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </FramedPart>
        ) : null}
        {data.planGoals ? (
          <FramedPart id="pv-goals" title={t('consents.category.plan_goals')}>
            <SharedItems items={data.planGoals.goals} itemKey={(g) => `${g.lifeArea}-${g.goal}`}>
              {(g) => (
                <>
                  {t(`plans.lifeArea.${g.lifeArea}`)}: {g.goal}
                </>
              )}
            </SharedItems>
            {data.planGoals.citizenWishes ? (
              <Text size="sm" mt="sm">
                {t('partnerView.wishes', { wishes: data.planGoals.citizenWishes })}
              </Text>
            ) : null}
          </FramedPart>
        ) : null}
        {data.support ? (
          <FramedPart id="pv-support" title={t('consents.category.support')}>
            <SharedItems items={data.support} itemKey={(s) => `${s.method}-${s.startedOn}`}>
              {(s) =>
                t('partnerView.supportValue', {
                  method: s.method.toUpperCase().replace('_', '-'),
                  team: s.teamName ?? '–',
                  from: date(s.startedOn),
                })
              }
            </SharedItems>
          </FramedPart>
        ) : null}
        {data.networkMeetings ? (
          <FramedPart id="pv-meetings" title={t('consents.category.network_meetings')}>
            <SharedItems items={data.networkMeetings} itemKey={(m) => `${m.heldAt}-${m.title}`}>
              {(m) => (
                <>
                  {m.title} ({date(m.heldAt.slice(0, 10))})
                  {m.decisions.length > 0 ? (
                    <List size="sm" withPadding>
                      {m.decisions.map((d) => (
                        <List.Item key={d.text}>
                          {t('partnerView.decision', { text: d.text, unit: d.ownerUnitName, due: date(d.dueOn) })}
                        </List.Item>
                      ))}
                    </List>
                  ) : null}
                </>
              )}
            </SharedItems>
          </FramedPart>
        ) : null}
      </Stack>
    </>
  );
}

/** The items of one shared part as a list, with a dash above it when the citizen has none. */
export function SharedItems<Item>({
  items,
  itemKey,
  children,
}: {
  items: readonly Item[];
  itemKey: (item: Item) => string;
  children: (item: Item) => ReactNode;
}) {
  return (
    <>
      {items.length === 0 ? <Text size="sm">–</Text> : null}
      <List size="sm">
        {items.map((item) => (
          <List.Item key={itemKey(item)}>{children(item)}</List.Item>
        ))}
      </List>
    </>
  );
}
