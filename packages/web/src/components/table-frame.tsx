import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

interface TableFrameProps {
  /** Accessible name of the table (rendered as a visually hidden caption). */
  caption: string;
  /** Below this width the table scrolls sideways (phones). */
  minWidth?: number;
  children: ReactNode;
  testId?: string;
}

/**
 * A table that scrolls horizontally on narrow screens. The scroll area is focusable so that
 * keyboard users can scroll it as well.
 */
export function TableFrame({ caption, minWidth = 720, children, testId }: TableFrameProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={caption}
      className="table-scroll"
    >
      <Table striped highlightOnHover verticalSpacing="sm" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
