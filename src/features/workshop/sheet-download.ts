/** A sheet the workshop hands back (a corrected sheet, the journal): XLSX with text cells, or CSV for French Excel. */
import { sheetToExcelCsv, sheetToXlsx } from '../../pipeline/sheet-write';
import { downloadBlob } from '../list/download';

export type SheetFormat = 'xlsx' | 'csv';

const TYPES: Record<SheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

export async function downloadSheet(
  fileName: string,
  cells: { header: string[]; rows: string[][] },
  format: SheetFormat,
  sheetName: string,
): Promise<void> {
  const { header, rows } = cells;
  const body = format === 'csv' ? sheetToExcelCsv(header, rows) : ((await sheetToXlsx(header, rows, sheetName)) as Uint8Array<ArrayBuffer>);
  downloadBlob(fileName, new Blob([body], { type: TYPES[format] }));
}
