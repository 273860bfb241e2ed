import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The page's one h1, which also sets the document title. Focus moves here after navigation. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${children} · ${t('app.name')}`}</title>
      <Title order={1} tabIndex={-1} data-page-title className="page-title">
        {children}
      </Title>
    </>
  );
}
