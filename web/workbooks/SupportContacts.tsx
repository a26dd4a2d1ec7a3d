import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { ConfirmDialog, ModalDialog } from "../ui/Dialog.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import { TextField } from "../ui/TextField.tsx";
import "./support.css";

/**
 * Stöd vid våld: where someone exposed to violence in a close relationship, or someone who
 * uses violence, can get help – the organisation's own contacts first, then national lines
 * with their cited sources. Every member reads it, often on a phone and perhaps in distress,
 * so it is calm, short and every number is a tel: link. Admins keep the own contacts.
 */

const AUDIENCES = ["victims", "perpetrators", "managers", "everyone"] as const;
type Audience = (typeof AUDIENCES)[number];

interface Contact {
  id: string;
  name: string;
  audience: Audience;
  description: string;
  phone: string;
  email: string;
  url: string;
  position: number;
  version: number;
}

interface NationalLine {
  id: string;
  name: string;
  organiser: string;
  audience: Audience;
  description: string;
  phone: string | null;
  hours: string;
  url: string;
  source: { url: string; title: string; checked: string };
}

interface SupportPage {
  contacts: Contact[];
  national: NationalLine[];
}

/** The emergency number is shown on its own at the top, not among the lines. */
const EMERGENCY = "sos-112";

type Dialog =
  | { kind: "add" }
  | { kind: "edit"; contact: Contact }
  | { kind: "delete"; contact: Contact };

/** Digits only, so every phone dials it (spaces and the hyphen are for reading). */
const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, "")}`;

export function SupportContacts() {
  const { t } = useTranslation("support");
  const { organisation } = useOrganisation();
  const mayKeep = can(organisation, "organisation.update");
  const page = useResource<SupportPage>(orgPath(organisation.id, "support-contacts"));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  useDocumentTitle(t("title"), organisation.name);

  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
    page.reload();
  };

  const move = async (contact: Contact, direction: "up" | "down") => {
    setMessage(null);
    setMoveError(null);
    try {
      const contacts = await api<Contact[]>(
        orgPath(organisation.id, "support-contacts", contact.id, "move"),
        { method: "POST", body: { direction } },
      );
      if (page.data) page.setData({ ...page.data, contacts });
      setMessage(t(direction === "up" ? "movedUp" : "movedDown", { name: contact.name }));
    } catch {
      setMoveError(t("moveFailed"));
      page.reload();
    }
  };

  const emergency = page.data?.national.find((line) => line.id === EMERGENCY);
  const national = page.data?.national.filter((line) => line.id !== EMERGENCY) ?? [];
  const contacts = page.data?.contacts ?? [];

  return (
    <div className="support-page">
      <PageHeading
        intro={t("intro")}
        actions={
          <>
            <Button className="no-print" onPress={() => window.print()}>
              {t("print")}
            </Button>
            {mayKeep ? (
              <Button
                className="no-print"
                variant="primary"
                onPress={() => {
                  setMessage(null);
                  setDialog({ kind: "add" });
                }}
              >
                {t("add")}
              </Button>
            ) : null}
          </>
        }
      >
        {t("title")}
      </PageHeading>

      <div className="support-emergency" role="note" aria-labelledby="support-emergency-title">
        <h2 id="support-emergency-title" className="support-emergency__title">
          {t("emergency.title")}
        </h2>
        <p>
          {t("emergency.text")}{" "}
          <a className="support-emergency__call" href={tel("112")}>
            {t("emergency.call")}
          </a>
        </p>
        {emergency ? <SourceNote source={emergency.source} /> : null}
      </div>

      <div role="status" className="no-print">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>
      {moveError ? (
        <Alert tone="error" live="alert" className="no-print">
          {moveError}
        </Alert>
      ) : null}
      {page.error ? <LoadError error={page.error} onRetry={page.reload} /> : null}

      {page.data ? (
        <>
          <section className="support-section" aria-labelledby="support-own">
            <h2 id="support-own">{t("own.title", { organisation: organisation.name })}</h2>
            {contacts.length === 0 ? (
              <p className="muted">{mayKeep ? t("own.noneAdmin") : t("own.none")}</p>
            ) : (
              AUDIENCES.map((audience) => {
                const group = contacts.filter((c) => c.audience === audience);
                if (group.length === 0) return null;
                return (
                  <div key={audience} className="support-group">
                    <h3>{t(`audience.${audience}`)}</h3>
                    <ul className="support-list">
                      {group.map((contact, index) => {
                        return (
                          <li key={contact.id} className="support-card">
                            <OwnContact contact={contact} />
                            {mayKeep ? (
                              <div className="cluster support-card__actions no-print">
                                <Button
                                  size="small"
                                  aria-label={t("editNamed", { name: contact.name })}
                                  onPress={() => {
                                    setMessage(null);
                                    setDialog({ kind: "edit", contact });
                                  }}
                                >
                                  {t("edit")}
                                </Button>
                                <Button
                                  size="small"
                                  aria-label={t("moveUpNamed", { name: contact.name })}
                                  isDisabled={index === 0}
                                  onPress={() => void move(contact, "up")}
                                >
                                  {t("moveUp")}
                                </Button>
                                <Button
                                  size="small"
                                  aria-label={t("moveDownNamed", { name: contact.name })}
                                  isDisabled={index === group.length - 1}
                                  onPress={() => void move(contact, "down")}
                                >
                                  {t("moveDown")}
                                </Button>
                                <Button
                                  size="small"
                                  aria-label={t("removeNamed", { name: contact.name })}
                                  onPress={() => {
                                    setMessage(null);
                                    setDialog({ kind: "delete", contact });
                                  }}
                                >
                                  {t("remove")}
                                </Button>
                              </div>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                );
              })
            )}
          </section>

          <section className="support-section" aria-labelledby="support-national">
            <h2 id="support-national">{t("national.title")}</h2>
            <p>{t("national.intro")}</p>
            {AUDIENCES.map((audience) => {
              const group = national.filter((line) => line.audience === audience);
              if (group.length === 0) return null;
              return (
                <div key={audience} className="support-group">
                  <h3>{t(`audience.${audience}`)}</h3>
                  <ul className="support-list">
                    {group.map((line) => (
                      <li key={line.id} className="support-card">
                        <NationalEntry line={line} />
                      </li>
                    ))}
                  </ul>
                  {audience === "victims" ? <p>{t("national.socialServices")}</p> : null}
                </div>
              );
            })}
          </section>
        </>
      ) : page.error ? null : (
        <Loading />
      )}

      {dialog?.kind === "add" || dialog?.kind === "edit" ? (
        <ContactDialog
          contact={dialog.kind === "edit" ? dialog.contact : undefined}
          onClose={() => setDialog(null)}
          onDone={done}
          onConflict={page.reload}
        />
      ) : null}
      {dialog?.kind === "delete" ? (
        <ConfirmDialog
          title={t("deleteTitle", { name: dialog.contact.name })}
          confirmLabel={t("remove")}
          action={async () => {
            try {
              await api(
                `${orgPath(organisation.id, "support-contacts", dialog.contact.id)}?version=${dialog.contact.version}`,
                { method: "DELETE" },
              );
            } catch (error) {
              if (error instanceof ApiError && error.status === 409) {
                page.reload();
                throw new ApiError(409, { title: error.title, detail: t("conflict") });
              }
              throw error;
            }
          }}
          onDone={() => done(t("deleted", { name: dialog.contact.name }))}
          onCancel={() => setDialog(null)}
        >
          <p>{t("deleteText")}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function OwnContact({ contact }: { contact: Contact }) {
  const { t } = useTranslation("support");
  return (
    <>
      <h4 className="support-card__name">{contact.name}</h4>
      {contact.description ? <p>{contact.description}</p> : null}
      <ul className="support-card__ways">
        {contact.phone ? (
          <li>
            <a className="support-phone" href={tel(contact.phone)}>
              <span className="visually-hidden">{t("call")} </span>
              {contact.phone}
            </a>
          </li>
        ) : null}
        {contact.email ? (
          <li>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        ) : null}
        {contact.url ? (
          <li>
            <a href={contact.url}>{t("website", { name: contact.name })}</a>
            <span className="support-print-url"> ({contact.url})</span>
          </li>
        ) : null}
      </ul>
    </>
  );
}

function NationalEntry({ line }: { line: NationalLine }) {
  const { t } = useTranslation("support");
  return (
    <>
      <h4 className="support-card__name">{line.name}</h4>
      <p className="support-card__organiser muted">
        {t("organiser", { organiser: line.organiser })}
      </p>
      <p>{line.description}</p>
      <ul className="support-card__ways">
        {line.phone ? (
          <li>
            <a className="support-phone" href={tel(line.phone)}>
              <span className="visually-hidden">{t("call")} </span>
              {line.phone}
            </a>
          </li>
        ) : null}
        <li>
          <span className="support-card__label">{t("hours")}</span> {line.hours}
        </li>
        <li>
          <a href={line.url}>{t("website", { name: line.name })}</a>
          <span className="support-print-url"> ({line.url})</span>
        </li>
      </ul>
      <SourceNote source={line.source} />
    </>
  );
}

function SourceNote({ source }: { source: NationalLine["source"] }) {
  const { t } = useTranslation("support");
  const format = useFormat();
  return (
    <p className="support-source">
      {t("source")} <a href={source.url}>{source.title}</a>{" "}
      {t("checked", { date: format.date(`${source.checked}T12:00:00`) })}
    </p>
  );
}

function ContactDialog({
  contact,
  onClose,
  onDone,
  onConflict,
}: {
  contact?: Contact;
  onClose: () => void;
  onDone: (message: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation("support");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [name, setName] = useState(contact?.name ?? "");
  const [audience, setAudience] = useState<Audience>(contact?.audience ?? "victims");
  const [description, setDescription] = useState(contact?.description ?? "");
  const [phone, setPhone] = useState(contact?.phone ?? "");
  const [email, setEmail] = useState(contact?.email ?? "");
  const [url, setUrl] = useState(contact?.url ?? "");
  const labels = {
    name: t("field.name"),
    audience: t("field.audience"),
    description: t("field.description"),
    phone: t("field.phone"),
    email: t("field.email"),
    url: t("field.url"),
  };
  return (
    <ModalDialog
      title={contact ? t("editTitle", { name: contact.name }) : t("addTitle")}
      onClose={onClose}
      wide
    >
      {(close) => (
        <AppForm
          form={form}
          labels={labels}
          onSubmit={async () => {
            if (!name.trim()) return { name: t("validation.nameRequired") };
            const body = {
              name: name.trim(),
              audience,
              description: description.trim(),
              phone: phone.trim(),
              email: email.trim(),
              url: url.trim(),
            };
            try {
              if (contact) {
                await api(orgPath(organisation.id, "support-contacts", contact.id), {
                  method: "PATCH",
                  body: { ...body, version: contact.version },
                });
                onDone(t("saved", { name: body.name }));
              } else {
                await api(orgPath(organisation.id, "support-contacts"), { method: "POST", body });
                onDone(t("added", { name: body.name }));
              }
            } catch (error) {
              if (error instanceof ApiError && error.status === 409) {
                onConflict();
                throw new ApiError(409, { title: error.title, detail: t("conflict") });
              }
              throw error;
            }
          }}
        >
          <TextField
            name="name"
            label={labels.name}
            description={t("field.nameHint")}
            value={name}
            onChange={setName}
            isRequired
            autoFocus
          />
          <RadioGroup
            name="audience"
            label={labels.audience}
            options={AUDIENCES.map((id) => ({ id, label: t(`audience.${id}`) }))}
            value={audience}
            onChange={setAudience}
          />
          <TextField
            name="description"
            label={labels.description}
            description={t("field.descriptionHint")}
            value={description}
            onChange={setDescription}
            multiline
            optional
          />
          <TextField
            name="phone"
            label={labels.phone}
            value={phone}
            onChange={setPhone}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            optional
            narrow
          />
          <TextField
            name="email"
            label={labels.email}
            value={email}
            onChange={setEmail}
            type="email"
            inputMode="email"
            autoComplete="off"
            optional
          />
          <TextField
            name="url"
            label={labels.url}
            description={t("field.urlHint")}
            value={url}
            onChange={setUrl}
            inputMode="url"
            optional
          />
          <div className="dialog__actions">
            <Button onPress={close}>{t("cancel")}</Button>
            <Button type="submit" variant="primary" isPending={form.pending}>
              {contact ? t("save") : t("addSubmit")}
            </Button>
          </div>
        </AppForm>
      )}
    </ModalDialog>
  );
}
