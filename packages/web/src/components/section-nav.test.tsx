import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { SectionNav, sectionsIn } from './section-nav';

function Page({ sections }: { sections: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <>
      <SectionNav container={ref} />
      <div ref={ref}>
        {sections.map((name) => (
          <section key={name} aria-labelledby={`${name}-heading`}>
            <h2 id={`${name}-heading`}>{name}</h2>
          </section>
        ))}
        <div>not a section</div>
      </div>
    </>
  );
}

describe('SectionNav', () => {
  it('links to each section the page shows, by its heading, and moves the reader there', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    renderWithProviders(<Page sections={['Opgaver', 'Lovkrav', 'Ophold']} />);
    const nav = await screen.findByRole('navigation', { name: 'sectionNav.label' });
    expect(nav).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Lovkrav' });
    expect(link.getAttribute('href')).toBe('#Lovkrav-heading');
    fireEvent.click(link);
    expect(scrollIntoView).toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement?.id).toBe('Lovkrav-heading'));
  });

  it('stays away from a short page', () => {
    renderWithProviders(<Page sections={['Opgaver', 'Lovkrav']} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('reads only the sections directly in the container', () => {
    const container = document.createElement('div');
    container.innerHTML =
      '<section aria-labelledby="a"><h2 id="a">A</h2><section aria-labelledby="b"><h3 id="b">B</h3></section></section>';
    document.body.append(container);
    expect(sectionsIn(container)).toEqual([{ headingId: 'a', title: 'A' }]);
    container.remove();
  });
});
