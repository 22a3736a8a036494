/**
 * Reads a range of the details shards' descriptions for the search index's builder, which starts
 * it and ends it once they are in (`descriptions-reader.ts`): the shards' texts, which a thread
 * that read them keeps, go with it. Work for later: it pauses while a person acts.
 */
import { loadDescriptions } from './search-descriptions';
import type { DescriptionsPart, DescriptionsReaderRequest } from './descriptions-reader';
import { serveJob } from './job-apart';
import { inputPauses } from './input-pauses';

const pauses = inputPauses();

serveJob<DescriptionsReaderRequest, number, DescriptionsPart>(({ dataUrl, rows, range }, post) =>
  loadDescriptions(dataUrl, rows, (first, descriptions) => post({ first, descriptions }), undefined, undefined, range, pauses.next),
);
