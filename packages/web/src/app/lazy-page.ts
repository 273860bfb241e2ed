import { lazy, type ComponentType } from 'react';
import { loadNamespaces } from '../i18n';
import type { ModuleNamespace } from '../i18n/catalogues';

/**
 * A page fetched when first shown: its code and its modules' text arrive together (each a chunk
 * of its own), so a page never renders before its text. `namespaces` are the modules whose text
 * the page and what it imports use; `i18n/catalogues.test.ts` checks the list against the code.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
  namespaces: readonly ModuleNamespace[],
) {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { default: page[name] };
  });
}
