import { type ReactNode, useEffect, useRef } from "react";

let focusPending = false;

/**
 * Called by the shell after a route change: focus the page's h1 now if it is rendered,
 * otherwise as soon as it mounts (pages that load data render their h1 later).
 */
export function requestHeadingFocus(): void {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (heading) {
    heading.focus();
    focusPending = false;
  } else {
    focusPending = true;
  }
}

export interface PageHeadingProps {
  children: ReactNode;
  /** A line above the heading, e.g. the organisation name. */
  eyebrow?: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The one h1 of a page. It takes focus after navigation so screen readers announce the page. */
export function PageHeading({ children, eyebrow, intro, actions }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusPending && ref.current) {
      focusPending = false;
      ref.current.focus();
    }
  }, []);
  return (
    <div className="page-heading">
      {eyebrow ? <p className="page-heading__eyebrow">{eyebrow}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {intro ? <p className="page-heading__intro">{intro}</p> : null}
      {actions ? <div className="cluster">{actions}</div> : null}
    </div>
  );
}
