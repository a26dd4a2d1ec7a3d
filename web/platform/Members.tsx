import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useSession } from "../app/session.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { Invitation, Member, Unit } from "../app/types.ts";
import { Button } from "../ui/Button.tsx";
import { Checkbox } from "../ui/Checkbox.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, SubmitRow, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Cell, Table } from "../ui/Table.tsx";
import { TextField } from "../ui/TextField.tsx";
import { EMAIL_PATTERN, useRoleLabel } from "./labels.ts";
import { RoleFields, type RoleValue, roleBody } from "./RoleFields.tsx";
import { unitPaths } from "./unitTree.ts";

export function Members() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const mayManage = can(organisation, "members.manage");
  const members = useResource<Member[]>(orgPath(organisation.id, "members"));
  const units = useResource<Unit[]>(orgPath(organisation.id, "units"));
  const invitations = useResource<Invitation[]>(
    mayManage ? orgPath(organisation.id, "invitations") : null,
  );
  useDocumentTitle(t("nav.members"), organisation.name);

  return (
    <>
      <PageHeading intro={mayManage ? t("members.introManage") : t("members.intro")}>
        {t("nav.members")}
      </PageHeading>
      {members.error ? <LoadError error={members.error} onRetry={members.reload} /> : null}
      {members.data ? (
        <MemberTable
          members={members.data}
          units={units.data ?? []}
          mayManage={mayManage}
          onChanged={members.reload}
        />
      ) : members.error ? null : (
        <Loading />
      )}
      {mayManage ? (
        <>
          <InviteForm units={units.data ?? []} onInvited={invitations.reload} />
          <section className="section" aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{t("invitations.heading")}</h2>
            {invitations.error ? (
              <LoadError error={invitations.error} onRetry={invitations.reload} />
            ) : invitations.data ? (
              <InvitationTable invitations={invitations.data} onChanged={invitations.reload} />
            ) : (
              <Loading />
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function MemberTable({
  members,
  units,
  mayManage,
  onChanged,
}: {
  members: Member[];
  units: Unit[];
  mayManage: boolean;
  onChanged: () => void;
}) {
  const { organisation } = useOrganisation();
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const paths = unitPaths(units, format.locale);
  const collator = new Intl.Collator(format.locale);
  const sorted = [...members].sort((a, b) => collator.compare(a.name, b.name));

  const columns = [
    { key: "name", label: t("field.name") },
    { key: "email", label: t("field.email") },
    { key: "role", label: t("field.role") },
    { key: "units", label: t("field.units") },
  ];
  if (mayManage) columns.push({ key: "actions", label: t("common.actions") });

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t("members.count", { count: members.length })}</h2>
      <Table caption={t("members.caption")} hideCaption columns={columns}>
        {sorted.map((member) => (
          <tr key={member.id}>
            <Cell label={t("field.name")}>
              {member.name}
              {member.id === organisation.myMembershipId ? ` ${t("members.you")}` : null}
            </Cell>
            <Cell label={t("field.email")}>
              <span className="break-anywhere">{member.email}</span>
            </Cell>
            <Cell label={t("field.role")}>
              {roleLabel(member.role, member.unionName)}
              {member.role === "union_rep" && member.paySurveyAccess ? (
                <>
                  <br />
                  <span className="muted">{t("members.paySurveyAccessShort")}</span>
                </>
              ) : null}
            </Cell>
            <Cell label={t("field.units")}>
              {member.unitIds.length > 0
                ? format.list(member.unitIds.map((id) => paths.get(id) ?? t("members.unknownUnit")))
                : t("members.noUnits")}
            </Cell>
            {mayManage ? (
              <Cell actions>
                <Button
                  size="small"
                  aria-label={t("members.editNamed", { name: member.name })}
                  onPress={() => setEditing(member)}
                >
                  {t("action.edit")}
                </Button>
                {/* Leaving is not done from one's own row: it would lock the person out mid-task. */}
                {member.id === organisation.myMembershipId ? null : (
                  <Button
                    size="small"
                    aria-label={t("members.removeNamed", { name: member.name })}
                    onPress={() => setRemoving(member)}
                  >
                    {t("action.remove")}
                  </Button>
                )}
              </Cell>
            ) : null}
          </tr>
        ))}
      </Table>
      {editing ? (
        <EditMemberDialog
          member={editing}
          units={units}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      ) : null}
      {removing ? (
        <RemoveMemberDialog
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

function EditMemberDialog({
  member,
  units,
  onClose,
  onSaved,
}: {
  member: Member;
  units: Unit[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const { refresh } = useSession();
  const form = useFormSubmit();
  const [value, setValue] = useState<RoleValue>({
    role: member.role,
    unionName: member.unionName ?? "",
    unitIds: member.unitIds,
  });
  const [paySurveyAccess, setPaySurveyAccess] = useState(member.paySurveyAccess);
  return (
    <ModalDialog title={t("members.editTitle", { name: member.name })} onClose={onClose}>
      {(close) => (
        <AppForm
          form={form}
          labels={{
            role: t("field.role"),
            unionName: t("field.unionName"),
            unitIds: t("field.units"),
          }}
          onSubmit={async () => {
            if (value.role === "union_rep" && !value.unionName.trim()) {
              return { unionName: t("validation.unionNameRequired") };
            }
            await api(orgPath(organisation.id, "members", member.id), {
              method: "PATCH",
              body: {
                ...roleBody(value),
                ...(value.role === "union_rep" ? { paySurveyAccess } : {}),
              },
            });
            void refresh();
            onSaved();
          }}
        >
          <p>{member.email}</p>
          <RoleFields value={value} onChange={setValue} units={units} />
          {value.role === "union_rep" ? (
            <div className="field">
              <Checkbox
                isSelected={paySurveyAccess}
                onChange={setPaySurveyAccess}
                aria-describedby="pay-survey-access-hint"
              >
                {t("members.paySurveyAccess")}
              </Checkbox>
              <p className="field__description" id="pay-survey-access-hint">
                {t("members.paySurveyAccessHint")}
              </p>
            </div>
          ) : null}
          <div className="dialog__actions">
            <Button onPress={close}>{t("action.cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("action.save")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}

function RemoveMemberDialog({
  member,
  onClose,
  onRemoved,
}: {
  member: Member;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  return (
    <ConfirmDialog
      title={t("members.removeTitle", { name: member.name })}
      confirmLabel={t("members.removeConfirm")}
      action={() => api(orgPath(organisation.id, "members", member.id), { method: "DELETE" })}
      onDone={onRemoved}
      onCancel={onClose}
    >
      <p>{t("members.removeText", { name: member.name, organisation: organisation.name })}</p>
    </ConfirmDialog>
  );
}

const EMPTY_ROLE: RoleValue = { role: null, unionName: "", unitIds: [] };

function InviteForm({ units, onInvited }: { units: Unit[]; onInvited: () => void }) {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [email, setEmail] = useState("");
  const [value, setValue] = useState<RoleValue>(EMPTY_ROLE);
  const [invited, setInvited] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("invitations.formHeading")}</h2>
      <p>{t("invitations.formIntro")}</p>
      <AppForm
        form={form}
        aria-labelledby="invite-heading"
        labels={{
          email: t("field.email"),
          role: t("field.role"),
          unionName: t("field.unionName"),
          unitIds: t("field.units"),
        }}
        onSubmit={async () => {
          setInvited(null);
          const address = email.trim();
          const errors = {
            email: !address
              ? t("validation.emailRequired")
              : !EMAIL_PATTERN.test(address) && t("validation.emailInvalid"),
            role: !value.role && t("validation.roleRequired"),
            unionName:
              value.role === "union_rep" &&
              !value.unionName.trim() &&
              t("validation.unionNameRequired"),
          };
          if (errors.email || errors.role || errors.unionName) return errors;
          await api(orgPath(organisation.id, "invitations"), {
            method: "POST",
            body: { email: address, ...roleBody(value) },
          });
          setInvited(address);
          setEmail("");
          setValue(EMPTY_ROLE);
          onInvited();
        }}
      >
        <TextField
          name="email"
          type="email"
          label={t("field.email")}
          autoComplete="off"
          value={email}
          onChange={(next) => {
            setEmail(next);
            setInvited(null);
          }}
          isRequired
        />
        <RoleFields value={value} onChange={setValue} units={units} />
        <SubmitRow
          label={t("invitations.send")}
          pending={form.pending}
          saved={invited ? t("invitations.sent", { email: invited }) : null}
        />
      </AppForm>
    </section>
  );
}

function InvitationTable({
  invitations,
  onChanged,
}: {
  invitations: Invitation[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const { organisation } = useOrganisation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  if (invitations.length === 0) return <p>{t("invitations.none")}</p>;
  return (
    <>
      <p>{t("invitations.count", { count: invitations.length })}</p>
      <Table
        caption={t("invitations.heading")}
        hideCaption
        columns={[
          { key: "email", label: t("field.email") },
          { key: "role", label: t("field.role") },
          { key: "invitedBy", label: t("invitations.invitedBy") },
          { key: "expires", label: t("invitations.expires") },
          { key: "actions", label: t("common.actions") },
        ]}
      >
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <Cell label={t("field.email")}>
              <span className="break-anywhere">{invitation.email}</span>
            </Cell>
            <Cell label={t("field.role")}>{roleLabel(invitation.role, invitation.unionName)}</Cell>
            <Cell label={t("invitations.invitedBy")}>
              {invitation.invitedBy?.name ?? t("common.unknown")}
              <br />
              <span className="muted">{format.date(invitation.createdAt)}</span>
            </Cell>
            <Cell label={t("invitations.expires")}>{format.date(invitation.expiresAt)}</Cell>
            <Cell actions>
              <Button
                size="small"
                aria-label={t("invitations.revokeNamed", { email: invitation.email })}
                onPress={() => setRevoking(invitation)}
              >
                {t("invitations.revoke")}
              </Button>
            </Cell>
          </tr>
        ))}
      </Table>
      {revoking ? (
        <ConfirmDialog
          title={t("invitations.revokeTitle")}
          confirmLabel={t("invitations.revoke")}
          action={() =>
            api(orgPath(organisation.id, "invitations", revoking.id), { method: "DELETE" })
          }
          onDone={() => {
            setRevoking(null);
            onChanged();
          }}
          onCancel={() => setRevoking(null)}
        >
          <p>{t("invitations.revokeText", { email: revoking.email })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
