/**
 * `React.lazy` with a `preload()`: a view whose code was fetched ahead (once the first view is
 * drawn, or when the pointer nears its button) renders at once when first shown.
 *
 * A plain `lazy` suspends on its first render even when the code is already in: its promise
 * settles a microtask later, React shows the Suspense fallback, and then holds the content back
 * for its reveal throttle (~300 ms). Once loaded, the factory here hands React a thenable that
 * answers synchronously, which `lazy` reads as resolved on the spot.
 */
import { lazy, type ComponentType } from 'react';

export interface PreloadableLazy<P> {
  Component: ComponentType<P>;
  /** Fetches the code (once; a failed fetch is tried again by the next call). */
  preload: () => Promise<ComponentType<P>>;
}

export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Component = lazy<ComponentType<P>>(() => {
    if (loaded) {
      const module = { default: loaded };
      const settled = { then: (resolve: (value: typeof module) => void) => resolve(module) };
      return settled as unknown as Promise<typeof module>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component: Component as unknown as ComponentType<P>, preload };
}
