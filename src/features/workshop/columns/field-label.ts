import type { Lang } from '../../../core/vocabulary';
import { t, type StringKey } from '../workshop-i18n';
import { workshopFr } from '../strings';
import { FIELD_LABELS_FR } from './column-guess';
import type { SheetRole } from '../workshop-sheet';

/** A field of the model as the column select names it; a field without a label of its own gets the guess's word for it. */
export function fieldLabel(field: string, role: SheetRole, lang: Lang): string {
  const key = `workshop.field.${field}`;
  if (key in workshopFr) return t(key as StringKey, lang);
  return FIELD_LABELS_FR[role][field] ?? field;
}
