import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, type RenderHookResult, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { theme } from '../app/theme';

/**
 * Components under test see the app's providers. Text is the catalogue key itself (i18next's
 * 'cimode'), so tests name what a component says without depending on the wording.
 */
function createI18n() {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({ lng: 'cimode', resources: {}, showSupportNotice: false });
  return i18n;
}

function Providers({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <I18nextProvider i18n={createI18n()}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

export function renderWithProviders(ui: ReactElement): RenderResult {
  return render(ui, { wrapper: Providers });
}

export function renderHookWithProviders<Result>(hook: () => Result): RenderHookResult<Result, unknown> {
  return renderHook(hook, { wrapper: Providers });
}
