import { type ReactNode, useEffect, useRef } from "react";
import { cx } from "./cx.ts";

export interface AlertProps {
  tone?: "info" | "success" | "warning" | "error";
  title?: ReactNode;
  children?: ReactNode;
  /** "status" is announced politely, "alert" at once; omit for static text. */
  live?: "status" | "alert";
  /** Take focus when shown, e.g. when the alert replaces the form that had focus. */
  focusOnMount?: boolean;
  className?: string;
}

export function Alert({
  tone = "info",
  title,
  children,
  live,
  focusOnMount,
  className,
}: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div
      ref={ref}
      className={cx("alert", `alert--${tone}`, className)}
      role={live}
      tabIndex={focusOnMount ? -1 : undefined}
    >
      {title ? <h2 className="alert__title">{title}</h2> : null}
      {typeof children === "string" ? <p>{children}</p> : children}
    </div>
  );
}
