import type { ReactNode } from "react";
import {
  Button as AriaButton,
  type ButtonProps as AriaButtonProps,
  Link as AriaLink,
  type LinkProps as AriaLinkProps,
} from "react-aria-components";
import { cx } from "./cx.ts";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";

export interface ButtonProps extends Omit<AriaButtonProps, "className" | "children" | "isPending"> {
  variant?: ButtonVariant;
  size?: "normal" | "small";
  className?: string;
  children: ReactNode;
  /**
   * Shows a spinner and ignores presses while a request runs. (react-aria's own isPending
   * announces through a live region that points at the button by id; when the page changes
   * the button is gone and the region is left with a broken label, so we do not use it.)
   */
  isPending?: boolean;
}

/** A button. Use `primary` once per form or page section, `danger` only to confirm removal. */
export function Button({
  variant = "secondary",
  size = "normal",
  className,
  children,
  isPending,
  onPress,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      onPress={isPending ? undefined : onPress}
      data-pending={isPending || undefined}
      className={cx("button", `button--${variant}`, size === "small" && "button--small", className)}
    >
      {isPending ? <span className="loading__spinner button__spinner" aria-hidden="true" /> : null}
      {children}
    </AriaButton>
  );
}

export interface LinkButtonProps extends Omit<AriaLinkProps, "className"> {
  variant?: ButtonVariant;
  size?: "normal" | "small";
  className?: string;
}

/** A link (navigates) that looks like a button. */
export function LinkButton({
  variant = "secondary",
  size = "normal",
  className,
  ...props
}: LinkButtonProps) {
  return (
    <AriaLink
      {...props}
      className={cx("button", `button--${variant}`, size === "small" && "button--small", className)}
    />
  );
}

/** An ordinary text link; in-app `href`s navigate through React Router. */
export function TextLink({
  className,
  ...props
}: Omit<AriaLinkProps, "className"> & { className?: string }) {
  return <AriaLink {...props} className={cx("link", className)} />;
}
