import { type ReactNode, type Ref, useId } from "react";
import { useFieldError } from "./formContext.ts";

/**
 * A file chooser with a visible label, a hint and the form's error for it (a native input,
 * which every browser and screen reader knows). The caller reads the chosen file through `ref`.
 */
export function FileField({
  ref,
  name,
  label,
  description,
  accept,
}: {
  ref: Ref<HTMLInputElement>;
  name: string;
  label: ReactNode;
  description: ReactNode;
  accept: string;
}) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const error = useFieldError(name);
  return (
    <div className="field" data-field={name} data-invalid={error ? true : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__description" id={hintId}>
        {description}
      </p>
      <input
        ref={ref}
        id={id}
        name={name}
        type="file"
        className="file-field__input"
        accept={accept}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
      />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** How far an upload has come, 0–1, as a labelled progress bar. */
export function UploadProgress({ label, share }: { label: ReactNode; share: number }) {
  const id = useId();
  const percent = Math.round(share * 100);
  return (
    <div className="progress-field">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={100} value={percent}>
        {percent} %
      </progress>
    </div>
  );
}
