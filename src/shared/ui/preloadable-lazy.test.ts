/** A preloaded lazy view renders at once: no Suspense fallback, hence no reveal delay. */
import { createElement, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from './preloadable-lazy';

const View = ({ who }: { who: string }) => createElement('p', null, `Bonjour ${who}`);
const render = (Component: ComponentType<{ who: string }>) =>
  renderToString(
    createElement(Suspense, { fallback: createElement('span', null, 'chargement') }, createElement(Component, { who: 'Orléans' })),
  );

describe('preloadableLazy', () => {
  it('shows the fallback while the code is not in, and the view at once once preloaded', async () => {
    let loads = 0;
    const { Component, preload } = preloadableLazy(() => {
      loads += 1;
      return Promise.resolve(View);
    });
    expect(render(Component)).toContain('chargement');
    await preload();
    const other = preloadableLazy(() => Promise.resolve(View));
    await other.preload();
    expect(render(other.Component)).toContain('Bonjour Orléans');
    expect(render(other.Component)).not.toContain('chargement');
    // One load whatever the number of asks.
    await preload();
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let fail = true;
    const { preload } = preloadableLazy(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(View)));
    await expect(preload()).rejects.toThrow('offline');
    fail = false;
    await expect(preload()).resolves.toBe(View);
  });
});
