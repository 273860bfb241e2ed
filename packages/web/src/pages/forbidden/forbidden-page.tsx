import { useTranslation } from 'react-i18next';
import { DeadEndPage } from '../../components/dead-end-page';

/** Shown when a signed-in user opens a page their role does not allow. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return <DeadEndPage title={t('forbidden.title')} text={t('forbidden.text')} />;
}
