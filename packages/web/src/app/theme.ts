import { createTheme, DEFAULT_THEME, InputWrapper, Select, type MantineColorsTuple } from '@mantine/core';

/** Replace the darkest shade so that light badges/alerts (shade 9 on shade 1) pass 4.5:1. */
function withDarkestShade(palette: MantineColorsTuple, darkest: string): MantineColorsTuple {
  const [c0, c1, c2, c3, c4, c5, c6, c7, c8] = palette;
  return [c0, c1, c2, c3, c4, c5, c6, c7, c8, darkest];
}

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const theme = createTheme({
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts },
  primaryColor: 'blue',
  // blue.8 with white text: 5.0:1 (Mantine's default shade 6 is only 3.6:1).
  primaryShade: { light: 8, dark: 8 },
  colors: {
    green: withDarkestShade(DEFAULT_THEME.colors.green, '#1e6e2e'),
    orange: withDarkestShade(DEFAULT_THEME.colors.orange, '#9a3c00'),
  },
  focusRing: 'auto',
  // WCAG 2.3.3: no animations for people who ask their system for reduced motion.
  respectReducedMotion: true,
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // The required asterisk is drawn by CSS (styles.css) instead of a span inside the <label>,
    // so a field's label text and accessible name are exactly its label ("Adgangskode").
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // A searchable list opens when clicked or typed in, not when focus merely arrives: tabbing
    // through a form, or a refused save moving focus to the field, would otherwise spread an open
    // list over the fields below (and axe finds its scroll area without keyboard access).
    Select: Select.extend({ defaultProps: { openOnFocus: false } }),
  },
});
