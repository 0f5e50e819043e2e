import { useEffect, useId, useRef, type ReactNode } from "react";
import "./modalDialog.css";

/**
 * A modal <dialog>: opened with showModal() (the browser traps focus and
 * Escape closes it), labelled by its title, focus starts on the element
 * marked data-autofocus and goes back to the control that opened it. The content is only rendered while open, so each
 * opening starts fresh.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  children,
}: {
  open: boolean;
  onClose(): void;
  title: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      // showModal() focuses the first control; a dialog may mark a better one (Cancel, for Reset).
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
