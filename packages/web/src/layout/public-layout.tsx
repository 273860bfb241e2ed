import type { ReactNode } from 'react';
import { Box, Container, Group } from '@mantine/core';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

/** Header and main landmark for pages shown before sign-in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Brand />
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id="main-content" tabIndex={-1}>
        <Container size={440} py="xl">
          {children}
        </Container>
      </Box>
    </>
  );
}
