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
import { atlasStore } from '../../state/store';
import { useTerritoryNames } from '../../state/use-territory-names';
import { downloadBlob } from './download';
import { buildExportFile } from './export-client';
import { exportFileName } from './export-file-name';
import type { ExportFormat } from './export-protocol';

export interface ListExport {
  /** The format being prepared, or null. */
  preparing: ExportFormat | null;
  /** What came of the last export (a status line). */
  message: string;
  /** `limited`: the rows are those of the map's visible area (the file's name says so). */
  run: (format: ExportFormat, data: DatasetIndex, rows: readonly number[], limited: boolean) => void;
}

export function useListExport(lang: Lang): ListExport {
  const client = useQueryClient();
  const names = useTerritoryNames();
  const [preparing, setPreparing] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState('');
  const run = (format: ExportFormat, data: DatasetIndex, rows: readonly number[], limited: boolean) => {
    if (preparing) return;
    const kept = rows.filter((row) => data.features[row] !== undefined);
    const features = kept.map((row) => data.features[row] as ActorFeature);
    const shardSize = client.getQueryData(metaQuery().queryKey)?.details.shardSize ?? DETAILS_SHARD_SIZE;
    // The file says what the list holds: its filters (read as they are now) and the day.
    const name = exportFileName(format, {
      filters: atlasStore.getState().filters,
      inView: limited,
      regionName: (code) => names.regions.get(code),
      departementName: (code) => names.departements.get(code),
      date: new Date(),
      lang,
    });
    const csv = { lang, names: { regions: Object.fromEntries(names.regions), departements: Object.fromEntries(names.departements) } };
    setPreparing(format);
    setMessage(t('export.preparing', lang));
    buildExportFile(client, format, features, Int32Array.from(kept), shardSize, csv)
      .then((blob) => {
        downloadBlob(name, blob);
        setMessage(tn('export.done', features.length, lang, { file: name }));
      })
      .catch((error: unknown) => setMessage(t('export.failed', lang, { message: error instanceof Error ? error.message : String(error) })))
      .finally(() => setPreparing(null));
  };
  return { preparing, message, run };
}
