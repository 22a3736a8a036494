/**
 * Whether this browser can give MapLibre a WebGL 2 context (MapLibre 6 has no `supported()`).
 * Asked once per page: each probe costs a context. Creating the map can still fail afterwards;
 * the caller catches that too.
 */
let supported: boolean | undefined;

export function hasWebGl(): boolean {
  supported ??= probe();
  return supported;
}

function probe(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
