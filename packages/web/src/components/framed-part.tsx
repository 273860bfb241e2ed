import type { ReactNode } from 'react';
import { HeadedCard } from './headed-card';

/** A framed part of a record's page under a small h2 (who took part, what was agreed), named by its heading. */
export function FramedPart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <HeadedCard component="section" headingId={id} title={title} size="h4" headingMb="sm">
      {children}
    </HeadedCard>
  );
}
