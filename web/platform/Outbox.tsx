import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { useDocumentTitle } from "../app/title.ts";
import type { OutboxMessage, OutboxStatus } from "../app/types.ts";
import { Button } from "../ui/Button.tsx";
import { ModalDialog } from "../ui/Dialog.tsx";
import { Loading } from "../ui/Loading.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";
import { Cell, Table } from "../ui/Table.tsx";

const STATUS_TONE: Record<OutboxStatus, string> = {
  pending: "badge--neutral",
  sending: "badge--neutral",
  sent: "badge--success",
  failed: "badge--danger",
};

export function Outbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const outbox = useResource<OutboxMessage[]>(orgPath(organisation.id, "outbox"));
  const [reading, setReading] = useState<OutboxMessage | null>(null);
  useDocumentTitle(t("nav.outbox"), organisation.name);

  const messages = [...(outbox.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <>
      <PageHeading
        intro={t("outbox.intro")}
        actions={
          <Button onPress={outbox.reload} isPending={outbox.loading && outbox.data !== undefined}>
            {t("outbox.refresh")}
          </Button>
        }
      >
        {t("nav.outbox")}
      </PageHeading>
      {outbox.error ? <LoadError error={outbox.error} onRetry={outbox.reload} /> : null}
      {outbox.data ? (
        messages.length === 0 ? (
          <p>{t("outbox.none")}</p>
        ) : (
          <section aria-labelledby="outbox-heading">
            <h2 id="outbox-heading">{t("outbox.count", { count: messages.length })}</h2>
            <Table
              caption={t("outbox.caption")}
              hideCaption
              columns={[
                { key: "subject", label: t("outbox.subject") },
                { key: "to", label: t("outbox.to") },
                { key: "status", label: t("outbox.status") },
                { key: "created", label: t("outbox.created") },
                { key: "actions", label: t("common.actions") },
              ]}
            >
              {messages.map((message) => (
                <tr key={message.id}>
                  <Cell label={t("outbox.subject")}>{message.subject}</Cell>
                  <Cell label={t("outbox.to")}>
                    <span className="break-anywhere">{message.to}</span>
                  </Cell>
                  <Cell label={t("outbox.status")}>
                    <span className={`badge ${STATUS_TONE[message.status]}`}>
                      {t(`outbox.statusValue.${message.status}`)}
                    </span>
                  </Cell>
                  <Cell label={t("outbox.created")}>{format.dateTime(message.createdAt)}</Cell>
                  <Cell actions>
                    <Button
                      size="small"
                      aria-label={t("outbox.readNamed", { subject: message.subject })}
                      onPress={() => setReading(message)}
                    >
                      {t("outbox.read")}
                    </Button>
                  </Cell>
                </tr>
              ))}
            </Table>
          </section>
        )
      ) : outbox.error ? null : (
        <Loading />
      )}
      {reading ? (
        <ModalDialog title={reading.subject} wide onClose={() => setReading(null)}>
          {(close) => (
            <>
              <dl className="summary-list">
                <dt>{t("outbox.to")}</dt>
                <dd>{reading.to}</dd>
                <dt>{t("outbox.created")}</dt>
                <dd>{format.dateTime(reading.createdAt)}</dd>
                <dt>{t("outbox.status")}</dt>
                <dd>
                  {t(`outbox.statusValue.${reading.status}`)}
                  {reading.sentAt ? ` (${format.dateTime(reading.sentAt)})` : ""}
                </dd>
                {reading.lastError ? (
                  <>
                    <dt>{t("outbox.lastError")}</dt>
                    <dd>
                      {t("outbox.attempts", { count: reading.attempts })} {reading.lastError}
                    </dd>
                  </>
                ) : null}
              </dl>
              <h3 className="visually-hidden">{t("outbox.body")}</h3>
              <div className="mail-text">
                <LinkifiedText text={reading.text} />
              </div>
              <div className="dialog__actions">
                <Button variant="primary" onPress={close}>
                  {t("action.close")}
                </Button>
              </div>
            </>
          )}
        </ModalDialog>
      ) : null}
    </>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links (invitation and password links in the demo). */
function LinkifiedText({ text }: { text: string }) {
  let offset = 0;
  const parts = text.split(URL_PATTERN).map((part, index) => {
    const start = offset;
    offset += part.length;
    return { part, start, isLink: index % 2 === 1 };
  });
  return (
    <>
      {parts.map(({ part, start, isLink }) =>
        isLink ? (
          <a key={start} href={part}>
            {part}
          </a>
        ) : (
          <Fragment key={start}>{part}</Fragment>
        ),
      )}
    </>
  );
}
