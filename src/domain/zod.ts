/**
 * zod, configured before any schema is built: no compiled validators. They need `new Function`,
 * which the app's Content-Security-Policy forbids, and zod probes for it as soon as an object
 * schema is created. Every module takes `z` from here, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
