import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page component loaded the first time its route opens, by its exported
 * name (typed: a misspelt name does not compile):
 *
 *   page: lazyPage(() => import('./pages/audit/audit-page.tsx'), 'AuditPage')
 *
 * The bundler puts every page in the one bundle (no code splitting), so this
 * only defers running a page's module; its use is that a route is one line.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
