/**
 * The list's exports: the details shards the rows need are fetched, the file is built in a worker,
 * then downloaded; « préparation… » meanwhile, and what came of it for screen readers.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DatasetIndex } from '../../core/dataset-index';
import type { ActorFeature } from '../../core/model';
import { DETAILS_SHARD_SIZE } from '../../core/schema';
import type { Lang } from '../../core/vocabulary';
import { t, tn } from '../../shared/i18n/strings';
import { metaQuery } from '../../state/queries';
import { downloadBlob } from './download';
import { buildExportFile } from './export-client';
import type { ExportFormat } from './export-protocol';

export const EXPORT_FILE_NAMES: Record<ExportFormat, string> = { csv: 'catalyseurs.csv', geojson: 'catalyseurs.geojson' };

export interface ListExport {
  /** The format being prepared, or null. */
  preparing: ExportFormat | null;
  /** What came of the last export (a status line). */
  message: string;
  run: (format: ExportFormat, data: DatasetIndex, rows: readonly number[]) => void;
}

export function useListExport(lang: Lang): ListExport {
  const client = useQueryClient();
  const [preparing, setPreparing] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState('');
  const run = (format: ExportFormat, data: DatasetIndex, rows: readonly number[]) => {
    if (preparing) return;
    const kept = rows.filter((row) => data.features[row] !== undefined);
    const features = kept.map((row) => data.features[row] as ActorFeature);
    const shardSize = client.getQueryData(metaQuery().queryKey)?.details.shardSize ?? DETAILS_SHARD_SIZE;
    const name = EXPORT_FILE_NAMES[format];
    setPreparing(format);
    setMessage(t('export.preparing', lang));
    buildExportFile(client, format, features, Int32Array.from(kept), shardSize)
      .then((blob) => {
        downloadBlob(name, blob);
        setMessage(tn('export.done', features.length, lang, { file: name }));
      })
      .catch((error: unknown) => setMessage(t('export.failed', lang, { message: error instanceof Error ? error.message : String(error) })))
      .finally(() => setPreparing(null));
  };
  return { preparing, message, run };
}
