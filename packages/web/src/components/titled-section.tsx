import type { ReactNode } from 'react';
import { SectionTitle } from './section-title';

interface TitledSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  /** Buttons beside the heading. */
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** A part of a page under its own h2 (with its buttons beside it), named by that heading for screen readers. */
export function TitledSection({ id, title, actions, testId, children }: TitledSectionProps) {
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <SectionTitle id={id} actions={actions}>
        {title}
      </SectionTitle>
      {children}
    </section>
  );
}
