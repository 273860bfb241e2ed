import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useFlowcardTemplates } from './use-flowcards';

/**
 * Workflows to copy, so a new municipality does not start from an empty page: each opens the
 * editor filled in (/flowcards/new?template=<key>), where the leader gives the steps their units
 * and saves it as the municipality's own card.
 */
export function FlowcardTemplates() {
  const { t } = useTranslation();
  const templates = useFlowcardTemplates();
  return (
    <section
      aria-labelledby="flowcard-templates-title"
      data-testid="flowcard-templates"
      style={{ marginBottom: 'var(--mantine-spacing-xl)' }}
    >
      <Title order={2} size="h3" id="flowcard-templates-title" mt="xl" mb={4}>
        {t('flowcards.templates.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('flowcards.templates.lead')}
      </Text>
      <ErrorAlert error={templates.error} />
      {templates.isPending ? (
        <Loading />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {(templates.data ?? []).map((template) => (
            <Paper
              key={template.key}
              withBorder
              p="md"
              radius="md"
              component="article"
              aria-labelledby={`template-${template.key}`}
            >
              <Stack gap="xs" h="100%">
                <Title order={3} size="h4" id={`template-${template.key}`}>
                  {template.name}
                </Title>
                <Text size="sm">{template.description}</Text>
                <Text size="xs" c="dimmed">
                  {t('flowcards.stepCount', { count: template.steps.length })} ·{' '}
                  {t('flowcards.templates.source', { source: template.source })}
                </Text>
                <Button
                  component={Link}
                  to={`/flowcards/new?template=${encodeURIComponent(template.key)}`}
                  variant="light"
                  leftSection={<IconCopy size={16} aria-hidden="true" />}
                  aria-label={t('flowcards.templates.use', { name: template.name })}
                  mt="auto"
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('flowcards.templates.useShort')}
                </Button>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
