import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { api } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { LoadError, useResource } from "../app/resource.tsx";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { InvitationPreview } from "../app/types.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button, LinkButton, TextLink } from "../ui/Button.tsx";
import { AppForm, anyError, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useRoleLabel } from "./labels.ts";
import { NewPasswordFields, useNewPassword } from "./NewPasswordFields.tsx";

export function AcceptInvitation() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const invitation = useResource<InvitationPreview>(
    `/api/invitations/${encodeURIComponent(token)}`,
  );
  const data = invitation.data;
  useDocumentTitle(t("invitation.title"), data?.organisationName);

  return (
    <div className="narrow-page">
      <PageHeading>
        {data
          ? t("invitation.heading", { organisation: data.organisationName })
          : t("invitation.title")}
      </PageHeading>
      {data ? (
        <InvitationDetails token={token} invitation={data} />
      ) : invitation.error ? (
        <>
          <LoadError error={invitation.error} />
          <p>{t("invitation.askAgain")}</p>
        </>
      ) : (
        <Loading />
      )}
    </div>
  );
}

function InvitationDetails({
  token,
  invitation,
}: {
  token: string;
  invitation: InvitationPreview;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const { session, refresh, signOut } = useSession();
  const navigate = useNavigate();
  const form = useFormSubmit();
  const [name, setName] = useState("");
  const newPassword = useNewPassword();

  const accept = async (body: { name?: string; password?: string }) => {
    const result = await api<{ organisationId: string }>(
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      { method: "POST", body },
    );
    await refresh();
    navigate(`/o/${result.organisationId}`);
  };

  const signedInAs = session.user?.email;
  const isInvitee = signedInAs?.toLowerCase() === invitation.email.toLowerCase();

  return (
    <>
      <p className="lead">
        {t("invitation.intro", {
          organisation: invitation.organisationName,
          role: roleLabel(invitation.role, invitation.unionName),
        })}
      </p>
      <dl className="summary-list">
        <dt>{t("field.email")}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t("field.role")}</dt>
        <dd>{roleLabel(invitation.role, invitation.unionName)}</dd>
        <dt>{t("invitation.validUntil")}</dt>
        <dd>{format.date(invitation.expiresAt)}</dd>
      </dl>

      {signedInAs && !isInvitee ? (
        <Alert tone="warning" title={t("invitation.wrongAccountTitle")}>
          <p>
            {t("invitation.wrongAccountText", { email: invitation.email, current: signedInAs })}
          </p>
          <Button onPress={() => void signOut()}>{t("shell.signOut")}</Button>
        </Alert>
      ) : invitation.hasAccount && !isInvitee ? (
        <>
          <p>{t("invitation.signInFirst", { email: invitation.email })}</p>
          <LinkButton
            variant="primary"
            href={`/logga-in?next=${encodeURIComponent(`/inbjudan/${token}`)}`}
          >
            {t("signIn.submit")}
          </LinkButton>
        </>
      ) : invitation.hasAccount ? (
        <AppForm form={form} onSubmit={() => accept({})}>
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("invitation.join", { organisation: invitation.organisationName })}
            </Button>
          </div>
        </AppForm>
      ) : (
        <>
          <h2>{t("invitation.createAccount")}</h2>
          <p>{t("invitation.createAccountIntro")}</p>
          <AppForm
            form={form}
            labels={{ name: t("field.name"), ...newPassword.labels }}
            onSubmit={async () => {
              const errors = {
                name: !name.trim() && t("validation.nameRequired"),
                ...newPassword.validate(),
              };
              if (anyError(errors)) return errors;
              await accept({ name: name.trim(), password: newPassword.password });
            }}
          >
            <TextField
              name="name"
              label={t("field.name")}
              autoComplete="name"
              value={name}
              onChange={setName}
              isRequired
            />
            <NewPasswordFields state={newPassword} />
            <div className="form__actions">
              <Button type="submit" variant="primary" isPending={form.pending}>
                {t("invitation.createAndJoin")}
              </Button>
            </div>
          </AppForm>
          <p>
            <TextLink href={`/logga-in?next=${encodeURIComponent(`/inbjudan/${token}`)}`}>
              {t("invitation.haveAccount")}
            </TextLink>
          </p>
        </>
      )}
    </>
  );
}
