/**
 * Whether this browser can give MapLibre a WebGL 2 context (MapLibre 6 has no `supported()`).
 * Creating the map can still fail afterwards; the caller catches that too.
 */
export function hasWebGl(): boolean {
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
