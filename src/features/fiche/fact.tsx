import type { ReactNode } from 'react';

/** One term and its description in the sheet's description list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
