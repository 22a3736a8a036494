/** The messages between the list and its export worker (`export.worker.ts`). */
import type { ActorFeature, DetailsShard } from '../../core/model';
import type { CsvExportOptions } from './export';

/** The CSV for French spreadsheets (`;`), the CSV for other tools (`,`), the GeoJSON. */
export type ExportFormat = 'csv' | 'csv-comma' | 'geojson';

export interface ExportRequest {
  type: 'export';
  format: ExportFormat;
  /** The actors to export, in the list's order, as the map's file has them. */
  features: ActorFeature[];
  /** The row of each (in `actors.columns.json`): where its details are. */
  rows: Int32Array;
  /** The details shards these rows need (fetched and checked by the page, kept for the fiches). */
  shards: DetailsShard[];
  /** Rows per details shard (`meta.json`). */
  shardSize: number;
  /** The CSV's language and territory names (its separator follows the format). */
  csv: Omit<CsvExportOptions, 'delimiter'>;
}

export interface ExportReplies {
  /** The file, ready to download. */
  export: Blob;
}
