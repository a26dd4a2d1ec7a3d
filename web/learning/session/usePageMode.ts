import { useEffect, useRef } from "react";

/**
 * Marks the document while a session page is shown, so session.css can make the shell's
 * header, navigation and footer smaller on a shared screen and leave them out when printing.
 * The shell's landmarks stay; only their size changes.
 */
export function usePageMode(mode: "projector" | "individual" | "summary" | null) {
  useEffect(() => {
    if (!mode) return;
    const root = document.documentElement;
    root.dataset.learningSession = mode;
    return () => {
      if (root.dataset.learningSession === mode) delete root.dataset.learningSession;
    };
  }, [mode]);
}

const TYPING_ROLES = new Set([
  "textbox",
  "searchbox",
  "combobox",
  "listbox",
  "option",
  "menu",
  "menuitem",
  "grid",
  "gridcell",
  "slider",
  "spinbutton",
  "radio",
]);

/** Whether a key pressed here belongs to the control (typing, choosing, moving in a list). */
function ownsKeys(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") {
    const type = (element as HTMLInputElement).type;
    return !["button", "submit", "reset", "checkbox", "radio", "image"].includes(type);
  }
  if (tag === "VIDEO" || tag === "AUDIO") return true;
  const role = element.getAttribute("role");
  return role !== null && TYPING_ROLES.has(role);
}

/**
 * Page Down / Page Up (what a presentation clicker sends) and Alt + → / Alt + ← move between
 * steps, except while typing in a field or when a dialog is open.
 */
export function useStepKeys(onNext: () => void, onPrevious: () => void) {
  const handlers = useRef({ onNext, onPrevious });
  handlers.current = { onNext, onPrevious };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const forward =
        (event.key === "PageDown" && !event.altKey) || (event.altKey && event.key === "ArrowRight");
      const back =
        (event.key === "PageUp" && !event.altKey) || (event.altKey && event.key === "ArrowLeft");
      if (!forward && !back) return;
      if (ownsKeys(event.target as Element | null) || ownsKeys(document.activeElement)) return;
      if (document.querySelector("[role=dialog], [role=alertdialog]")) return;
      event.preventDefault();
      if (forward) handlers.current.onNext();
      else handlers.current.onPrevious();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
