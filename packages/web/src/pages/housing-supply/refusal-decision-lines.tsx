import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingOffer } from '@hjemvej/contract';

/** A refusal that was a decision (the citizen taken off the list): its reasons and the appeal guidance given. */
export function RefusalDecisionLines({ offer }: { offer: Pick<HousingOffer, 'decisionReasons' | 'appealGuidance'> }) {
  const { t } = useTranslation();
  return (
    <>
      {offer.decisionReasons ? (
        <Text size="xs" c="dimmed" data-testid="offer-decision">
          {t('housingSupply.decisionLine', { reasons: offer.decisionReasons })}
        </Text>
      ) : null}
      {offer.appealGuidance ? (
        <Text size="xs" c="dimmed">
          {t('housingSupply.appealGuidanceLine', { guidance: offer.appealGuidance })}
        </Text>
      ) : null}
    </>
  );
}
