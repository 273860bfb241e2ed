import { useTranslation } from 'react-i18next';
import { DeadEndPage } from '../../components/dead-end-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <DeadEndPage title={t('notFound.title')} text={t('notFound.text')} />;
}
