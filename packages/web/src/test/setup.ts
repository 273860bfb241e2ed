import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(() => cleanup());

// happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens to it.
if (!('fonts' in document) || document.fonts === undefined) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}
