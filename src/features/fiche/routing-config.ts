/**
 * The online routing service of the « Itinéraire » link, read at build time: `VITE_ROUTING_URL`,
 * an http(s) address with `{lat}` and `{lon}` where the destination goes (for example
 * `https://www.google.com/maps/dir/?api=1&destination={lat},{lon}`). Unset or unusable:
 * OpenStreetMap's directions.
 */
import { routingTemplate } from './contact-links';

export const ROUTING_URL = routingTemplate(import.meta.env['VITE_ROUTING_URL']);
