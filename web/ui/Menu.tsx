import type { ReactNode } from "react";
import {
  Button as AriaButton,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Separator,
} from "react-aria-components";
import { cx } from "./cx.ts";

export type MenuEntry =
  | { id: string; label: string; href: string; onAction?: never }
  | { id: string; label: string; onAction: () => void; href?: never }
  | { id: string; separator: true };

export interface MenuButtonProps {
  /** Visible button content. */
  children: ReactNode;
  /** Accessible name when the visible content is not enough, e.g. "Actions for Finance". */
  "aria-label"?: string;
  items: MenuEntry[];
  variant?: "secondary" | "quiet";
  size?: "normal" | "small";
  className?: string;
}

/** A button that opens a menu of actions or links (react-aria MenuTrigger). */
export function MenuButton({
  children,
  items,
  variant = "secondary",
  size = "normal",
  className,
  ...props
}: MenuButtonProps) {
  return (
    <MenuTrigger>
      <AriaButton
        aria-label={props["aria-label"]}
        className={cx(
          "button",
          `button--${variant}`,
          size === "small" && "button--small",
          className,
        )}
      >
        {children}
        <span aria-hidden="true" className="button__chevron">
          ▼
        </span>
      </AriaButton>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu">
          {items.map((item) =>
            "separator" in item ? (
              <Separator key={item.id} className="menu__separator" />
            ) : (
              <MenuItem
                key={item.id}
                id={item.id}
                className="menu__item"
                href={item.href}
                onAction={item.onAction}
              >
                {item.label}
              </MenuItem>
            ),
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
