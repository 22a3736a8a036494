/** The column guess and the memory of mappings of the `columns/` room, as the store asks for them. */
import { guessColumns } from './columns/column-guess';
import { recallMapping, rememberMapping } from './columns/mapping-memory';
import type { ColumnAdvisor } from './workshop-store';

export const columnAdvisor: ColumnAdvisor = {
  guess: (columns, role) => guessColumns(columns, role),
  recall: (header, role) => recallMapping(role, header),
  remember: (header, role, choices) => void rememberMapping(role, header, choices),
};
