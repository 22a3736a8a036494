/**
 * Reads a range of the details shards' descriptions for the search worker, which starts it and
 * ends it once they are in (`descriptions-reader.ts`): the shards' texts, which a thread that
 * read them keeps, go with it.
 */
import { loadDescriptions } from './search-descriptions';
import type { DescriptionsReaderReply, DescriptionsReaderRequest } from './descriptions-reader';

const scope = self as unknown as Worker;

scope.onmessage = (event: MessageEvent<DescriptionsReaderRequest>) => {
  const { dataUrl, rows, range } = event.data;
  const add = (first: number, descriptions: string[]) => {
    const reply: DescriptionsReaderReply = { type: 'shard', first, descriptions };
    scope.postMessage(reply);
  };
  void loadDescriptions(dataUrl, rows, add, undefined, undefined, range).then((missing) => {
    const reply: DescriptionsReaderReply = { type: 'done', missing };
    scope.postMessage(reply);
  });
};
