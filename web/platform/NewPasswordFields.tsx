import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalErrors } from "../ui/Form.tsx";
import { TextField } from "../ui/TextField.tsx";
import { MIN_PASSWORD_LENGTH } from "./labels.ts";

/** The state of a "new password" + "again" pair of fields; see useNewPassword. */
export interface NewPassword {
  /** Form field name of the new password: the server's name for it, so its errors land there. */
  name: string;
  password: string;
  confirm: string;
  setPassword: (value: string) => void;
  setConfirm: (value: string) => void;
  /** Field labels for the form's error summary. */
  labels: Record<string, string>;
  /** Too short, or the two differ. */
  validate: () => LocalErrors;
  clear: () => void;
}

/** A new password typed twice, with the minimum length checked before it is sent. */
export function useNewPassword(name = "password"): NewPassword {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  return {
    name,
    password,
    confirm,
    setPassword,
    setConfirm,
    labels: { [name]: t("field.newPassword"), confirm: t("field.confirmPassword") },
    validate: () => ({
      [name]:
        password.length < MIN_PASSWORD_LENGTH &&
        t("validation.passwordTooShort", { count: MIN_PASSWORD_LENGTH }),
      confirm: password !== confirm && t("validation.passwordsDiffer"),
    }),
    clear: () => {
      setPassword("");
      setConfirm("");
    },
  };
}

/** "Nytt lösenord" with the length hint, and "Skriv det nya lösenordet igen". */
export function NewPasswordFields({ state }: { state: NewPassword }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name={state.name}
        type="password"
        label={t("field.newPassword")}
        description={t("field.passwordHint", { count: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        value={state.password}
        onChange={state.setPassword}
        isRequired
      />
      <TextField
        name="confirm"
        type="password"
        label={t("field.confirmPassword")}
        autoComplete="new-password"
        value={state.confirm}
        onChange={state.setConfirm}
        isRequired
      />
    </>
  );
}
