/** The proposals' settings as this build has them (see `proposal-settings.ts`). */
import { emailSetting, endpointSetting } from './proposal-settings';

export const PROPOSALS_EMAIL = emailSetting(import.meta.env['VITE_PROPOSALS_EMAIL']);
export const PROPOSALS_ENDPOINT = endpointSetting(import.meta.env['VITE_PROPOSALS_ENDPOINT']);
