import { type ReactNode, useState } from "react";
import { Dialog, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useErrorMessage } from "../app/resource.tsx";
import { Alert } from "./Alert.tsx";
import { Button } from "./Button.tsx";
import { cx } from "./cx.ts";

export interface ModalDialogProps {
  title: ReactNode;
  /** Escape, a click outside or a close button; the caller stops rendering the dialog. */
  onClose: () => void;
  children: ReactNode | ((close: () => void) => ReactNode);
  wide?: boolean;
  /** "alertdialog" for confirmations of destructive actions. */
  role?: "dialog" | "alertdialog";
}

/**
 * A modal dialog, open while it is rendered: focus moves into it, is trapped there, Escape
 * closes it and focus returns to the control that opened it.
 */
export function ModalDialog({ title, onClose, children, wide, role }: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
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
  confirmLabel: string;
  /**
   * The destructive action, e.g. a DELETE request. While it runs the confirm button shows
   * that it is busy; if it fails, the error is shown in the dialog, which stays open.
   */
  action: () => Promise<unknown>;
  /** After the action succeeded; the caller closes the dialog (by no longer rendering it). */
  onDone: () => void;
  /** Cancel, Escape or a click outside. */
  onCancel: () => void;
  children: ReactNode;
}

/** Asks before a destructive action, runs it and shows why it failed, if it did. */
export function ConfirmDialog({
  title,
  confirmLabel,
  action,
  onDone,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    if (pending) return;
    setPending(true);
    setError(null);
    action().then(
      () => {
        setPending(false);
        onDone();
        // The button that opened the dialog usually went with what was deleted, so focus
        // would fall back to the page body; put keyboard and screen-reader users on the heading.
        // The dialog hands focus back to its trigger when it has closed, and the trigger goes
        // when the list is reloaded without the deleted row — on a slow machine a while later.
        // Watch for three seconds and put focus on the heading whenever it falls to the body.
        let waited = 0;
        const keepOnPage = () => {
          const lost = document.activeElement === document.body || !document.activeElement;
          if (lost) document.querySelector<HTMLElement>("main h1")?.focus();
          waited += 50;
          if (waited < 3000) setTimeout(keepOnPage, 50);
        };
        setTimeout(keepOnPage, 50);
      },
      (failure: unknown) => {
        setPending(false);
        setError(errorMessage(failure));
      },
    );
  };
  return (
    <ModalDialog title={title} onClose={onCancel} role="alertdialog">
      {(close) => (
        <>
          {children}
          {error ? (
            <Alert tone="error" live="alert">
              {error}
            </Alert>
          ) : null}
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button variant="danger" onPress={confirm} isPending={pending}>
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
