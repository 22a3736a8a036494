/** The page–worker request and reply, moved down to `state/worker-rpc.ts` (the search worker is the store's). */
export * from '../../state/worker-rpc';
