import type { ReactNode } from 'react';
import { Group, Paper, Title, type MantineRadius, type MantineSpacing, type TitleOrder, type TitleSize } from '@mantine/core';

type HeadedCardProps = {
  /** The heading's id, which names the card. */
  headingId: string;
  title: ReactNode;
  /** The heading level where the card sits in the page, and how large it looks. */
  order?: TitleOrder;
  size: TitleSize;
  component?: 'article' | 'section';
  p?: MantineSpacing;
  /** The corners: a card nested in another frame (a dialog's part) is drawn with smaller ones. */
  radius?: MantineRadius;
  testId?: string;
  id?: string;
  /** Space under the heading (under its row when there is an aside). */
  headingMb?: MantineSpacing | number;
  /**
   * What sits at the heading's top right (an edit button, a state). When the prop is given, even as
   * null, the heading stands in a row with it, so a card keeps its shape whether the button shows or not.
   */
  aside?: ReactNode;
  children: ReactNode;
} & { [data: `data-${string}`]: string | undefined };

/**
 * A bordered card that its own heading names for a screen reader (an agreement, a season, a person on
 * the by-name list): one place for the frame, the aria-labelledby link and the heading row.
 */
export function HeadedCard({
  headingId,
  title,
  order = 2,
  size,
  component = 'article',
  p = 'md',
  radius = 'md',
  testId,
  headingMb,
  aside,
  children,
  ...rest
}: HeadedCardProps) {
  const hasAside = aside !== undefined;
  const heading = (
    <Title order={order} size={size} id={headingId} mb={hasAside ? undefined : headingMb}>
      {title}
    </Title>
  );
  return (
    <Paper withBorder p={p} radius={radius} component={component} aria-labelledby={headingId} data-testid={testId} {...rest}>
      {hasAside ? (
        <Group justify="space-between" align="flex-start" mb={headingMb}>
          {heading}
          {aside}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Paper>
  );
}
