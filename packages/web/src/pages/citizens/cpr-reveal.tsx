import { useEffect, useState } from 'react';
import { Group, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useRevealCpr } from './use-citizens';
import { CompactButton } from '../../components/compact-button';

/** How long the full CPR number stays on screen. */
export const cprVisibleSeconds = 30;

/**
 * The masked CPR number; users whose role may see the full number get "Vis CPR". Every reveal
 * is audited by the server; the number is hidden again after a while and never cached.
 */
export function CprReveal({
  citizenId,
  maskedCpr,
  canReveal,
}: {
  citizenId: string;
  maskedCpr: string | null;
  /** The server's `abilities.canRevealCpr`. */
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const reveal = useRevealCpr(citizenId);
  const [fullCpr, setFullCpr] = useState<string | null>(null);

  useEffect(() => {
    if (fullCpr === null) return;
    const timer = window.setTimeout(() => setFullCpr(null), cprVisibleSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [fullCpr]);

  if (maskedCpr === null) return <Text>{t('citizens.noCpr')}</Text>;
  const show = async () => {
    try {
      const result = await reveal.mutateAsync();
      setFullCpr(result.cpr);
    } catch {
      // Shown from reveal.error.
    }
  };
  return (
    <div>
      <Group gap="xs" wrap="nowrap">
        <Text ff="monospace" aria-live="polite" data-testid="citizen-cpr">
          {fullCpr ?? maskedCpr}
        </Text>
        {canReveal ? (
          fullCpr === null ? (
            <CompactButton
              icon={<IconEye size={14} aria-hidden="true" />}
              label={t('citizens.showCpr')}
              loading={reveal.isPending}
              onClick={() => void show()}
            />
          ) : (
            <CompactButton
              icon={<IconEyeOff size={14} aria-hidden="true" />}
              label={t('citizens.hideCpr')}
              onClick={() => setFullCpr(null)}
            />
          )
        ) : null}
      </Group>
      {fullCpr !== null ? (
        <Text size="xs" c="dimmed" mt={2}>
          {t('citizens.cprHidesAgain', { count: cprVisibleSeconds })}
        </Text>
      ) : null}
      <ErrorAlert error={reveal.error} />
    </div>
  );
}
