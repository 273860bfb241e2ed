import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/** Turns any error into a sentence: the server's message, or a generic one when there is none. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        if (error.message) return error.message;
        if (error.status === 0) return t('error.network');
        if (error.status === 403) return t('error.forbidden');
        if (error.status === 404) return t('error.notFound');
      }
      return t('error.unknown');
    },
    [t],
  );
}
