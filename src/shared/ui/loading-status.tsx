/** A visible, announced loading message. */
export function LoadingStatus({ text }: { text: string }) {
  return (
    <p className="loading-status" role="status">
      <span className="loading-spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
