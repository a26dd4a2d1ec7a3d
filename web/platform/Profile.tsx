import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../app/api.ts";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Locale, User } from "../app/types.ts";
import { AppForm, anyError, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import { TextField } from "../ui/TextField.tsx";
import { NewPasswordFields, useNewPassword } from "./NewPasswordFields.tsx";

export function Profile() {
  const { t } = useTranslation();
  const { session } = useSession();
  useDocumentTitle(t("profile.title"));
  const user = session.user;
  if (!user) return null;
  return (
    <>
      <PageHeading intro={t("profile.intro")}>{t("profile.title")}</PageHeading>
      <NameForm user={user} />
      <LanguageForm />
      <PasswordForm />
    </>
  );
}

function NameForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const { updateUser } = useSession();
  const form = useFormSubmit();
  const [name, setName] = useState(user.name);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="profile-name-heading">
      <h2 id="profile-name-heading">{t("profile.nameHeading")}</h2>
      <dl className="summary-list">
        <dt>{t("field.email")}</dt>
        <dd>{user.email}</dd>
      </dl>
      <AppForm
        form={form}
        aria-labelledby="profile-name-heading"
        labels={{ name: t("field.name") }}
        onSubmit={async () => {
          setSaved(false);
          if (!name.trim()) return { name: t("validation.nameRequired") };
          const updated = await api<User>("/api/me", {
            method: "PATCH",
            body: { name: name.trim() },
          });
          updateUser(updated);
          setSaved(true);
        }}
      >
        <TextField
          name="name"
          label={t("field.name")}
          autoComplete="name"
          value={name}
          onChange={(value) => {
            setName(value);
            setSaved(false);
          }}
          isRequired
        />
        <SubmitRow
          label={t("action.save")}
          pending={form.pending}
          saved={saved ? t("profile.nameSaved") : null}
        />
      </AppForm>
    </section>
  );
}

function LanguageForm() {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  const current: Locale = i18n.language === "en" ? "en" : "sv";
  return (
    <section className="section" aria-labelledby="profile-language-heading">
      <h2 id="profile-language-heading">{t("profile.languageHeading")}</h2>
      <RadioGroup
        name="locale"
        label={t("profile.languageLabel")}
        description={t("profile.languageHint")}
        options={[
          { id: "sv", label: t("language.switchTo.sv"), lang: "sv" },
          { id: "en", label: t("language.switchTo.en"), lang: "en" },
        ]}
        value={current}
        onChange={(locale) => void changeLanguage(locale)}
      />
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [currentPassword, setCurrentPassword] = useState("");
  const newPassword = useNewPassword("newPassword");
  const [saved, setSaved] = useState(false);
  return (
    <section className="section" aria-labelledby="profile-password-heading">
      <h2 id="profile-password-heading">{t("profile.passwordHeading")}</h2>
      <AppForm
        form={form}
        aria-labelledby="profile-password-heading"
        labels={{ currentPassword: t("field.currentPassword"), ...newPassword.labels }}
        onSubmit={async () => {
          setSaved(false);
          const errors = {
            currentPassword: !currentPassword && t("validation.currentPasswordRequired"),
            ...newPassword.validate(),
          };
          if (anyError(errors)) return errors;
          await api("/api/me/password", {
            method: "POST",
            body: { currentPassword, newPassword: newPassword.password },
          });
          setCurrentPassword("");
          newPassword.clear();
          setSaved(true);
        }}
      >
        <TextField
          name="currentPassword"
          type="password"
          label={t("field.currentPassword")}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          isRequired
        />
        <NewPasswordFields state={newPassword} />
        <SubmitRow
          label={t("profile.changePassword")}
          pending={form.pending}
          saved={saved ? t("profile.passwordSaved") : null}
        />
      </AppForm>
    </section>
  );
}
