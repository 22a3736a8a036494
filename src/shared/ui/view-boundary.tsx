/**
 * A part of the page that cannot take the rest down with it. An error thrown while it renders
 * (React would otherwise unmount the whole page, leaving it blank) replaces the part with a short
 * message and « Réessayer », which mounts it again; the rest of the page keeps working. React
 * still logs the error to the console.
 */
import { Component, Fragment, type ReactNode } from 'react';
import type { Lang } from '../../core/vocabulary';
import { t } from '../i18n/strings';

interface ViewBoundaryProps {
  lang: Lang;
  children: ReactNode;
  /** Classes of the message's box, to place it where the part was (`map-overlay`…); `view-failure` by default. */
  className?: string;
  /** When it changes (another fiche…), a failed part is tried again without waiting for the button. */
  resetKey?: unknown;
}

interface ViewBoundaryState {
  failed: boolean;
  /** Bumped by each retry: a new key mounts the part afresh. */
  attempt: number;
  resetKey: unknown;
}

export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { failed: false, attempt: 0, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ViewBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ViewBoundaryProps, state: ViewBoundaryState): Partial<ViewBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null;
    return state.failed ? { failed: false, attempt: state.attempt + 1, resetKey: props.resetKey } : { resetKey: props.resetKey };
  }

  private readonly retry = () => this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));

  override render() {
    const { lang, children, className = 'view-failure' } = this.props;
    // No element of its own around the part: the page's layout (`.content > .detail-panel`…) stays as it is.
    if (!this.state.failed) return <Fragment key={this.state.attempt}>{children}</Fragment>;
    return (
      <div className={className}>
        <div className="query-error" role="alert" data-testid="view-failure">
          <p className="query-error-title">{t('error.view.title', lang)}</p>
          <p className="query-error-detail">{t('error.view.detail', lang)}</p>
          <button type="button" className="button" onClick={this.retry}>
            {t('error.retry', lang)}
          </button>
        </div>
      </div>
    );
  }
}
