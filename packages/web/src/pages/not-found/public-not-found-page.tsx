import { PublicLayout } from '../../layout/public-layout';
import { NotFoundPage } from './not-found-page';

/** The not-found page for visitors who are not signed in. */
export function PublicNotFoundPage() {
  return (
    <PublicLayout>
      <NotFoundPage />
    </PublicLayout>
  );
}
