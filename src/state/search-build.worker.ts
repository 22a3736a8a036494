/// <reference lib="webworker" />
/** Builds a dataset's search index for the search worker, then ends (`search-build.ts`). */
import { serveIndexBuild } from './search-build';

serveIndexBuild();
