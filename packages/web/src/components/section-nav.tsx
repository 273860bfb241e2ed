import { useEffect, useState, type RefObject } from 'react';
import { Anchor, Group, Paper, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface PageSection {
  readonly headingId: string;
  readonly title: string;
}

/**
 * The page's sections as the reader may see them: each `section[aria-labelledby]` directly in
 * `container`, named by its heading. Read from the page itself, so a section the reader's
 * need-to-know leaves out is never offered, and a section's own component needs no registration.
 */
export function sectionsIn(container: ParentNode): PageSection[] {
  return [...container.querySelectorAll(':scope > section[aria-labelledby]')].flatMap((section) => {
    const headingId = section.getAttribute('aria-labelledby') ?? '';
    const heading = headingId ? document.getElementById(headingId) : null;
    const title = heading?.textContent?.trim() ?? '';
    return heading && title ? [{ headingId, title }] : [];
  });
}

function useSections(container: RefObject<HTMLElement | null>): PageSection[] {
  const [sections, setSections] = useState<PageSection[]>([]);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const read = () =>
      setSections((current) => {
        const next = sectionsIn(element);
        const same =
          next.length === current.length &&
          next.every((s, i) => s.headingId === current[i]?.headingId && s.title === current[i]?.title);
        return same ? current : next;
      });
    read();
    // Sections appear as their data arrives, and their titles follow the language.
    const observer = new MutationObserver(read);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [container]);
  return sections;
}

function goTo(headingId: string) {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  // The heading takes the focus, so a keyboard or screen-reader user continues from there.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * Links to a long page's sections: a row of links that stays in view on a desktop, a list to
 * choose from on a phone. The page puts its sections directly in `container`.
 */
export function SectionNav({ container }: { container: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const sections = useSections(container);
  if (sections.length < 3) return null;
  return (
    <Paper component="nav" aria-label={t('sectionNav.label')} className="section-nav" withBorder p="xs" radius="md" mb="md">
      <Group gap="xs" wrap="wrap" visibleFrom="md">
        {sections.map((section) => (
          <Anchor
            key={section.headingId}
            href={`#${section.headingId}`}
            size="sm"
            onClick={(event) => {
              event.preventDefault();
              goTo(section.headingId);
            }}
          >
            {section.title}
          </Anchor>
        ))}
      </Group>
      <Select
        hiddenFrom="md"
        label={t('sectionNav.goTo')}
        placeholder={t('sectionNav.choose')}
        data={sections.map((section) => ({ value: section.headingId, label: section.title }))}
        value={null}
        onChange={(value) => {
          if (value) goTo(value);
        }}
        comboboxProps={{ withinPortal: true }}
      />
    </Paper>
  );
}
