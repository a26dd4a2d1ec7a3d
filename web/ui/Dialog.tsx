import type { ReactNode } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Button } from "./Button.tsx";
import { cx } from "./cx.ts";

export interface ModalDialogProps {
  title: ReactNode;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode | ((close: () => void) => ReactNode);
  wide?: boolean;
  /** "alertdialog" for confirmations of destructive actions. */
  role?: "dialog" | "alertdialog";
}

/**
 * A modal dialog: focus moves into it, is trapped there, Escape closes it and focus returns
 * to the control that opened it.
 */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  children,
  wide,
  role,
}: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable
    >
      <Modal className={cx("modal", wide && "modal--wide")}>
        <Dialog className="dialog" role={role}>
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__heading">
                {title}
              </Heading>
              {typeof children === "function" ? children(close) : children}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export interface ConfirmDialogProps {
  title: ReactNode;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
  children: ReactNode;
}

/** Asks before a destructive action. The error of a failed attempt is shown inside (children). */
export function ConfirmDialog({
  title,
  isOpen,
  onOpenChange,
  confirmLabel,
  onConfirm,
  isPending,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      {(close) => (
        <>
          {children}
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button variant="danger" onPress={onConfirm} isPending={isPending}>
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
