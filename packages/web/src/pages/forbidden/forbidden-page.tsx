import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title';

/** Shown when a signed-in user opens a page their role does not allow. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('forbidden.title')}</PageTitle>
      <Text mt="sm" mb="md">
        {t('forbidden.text')}
      </Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
