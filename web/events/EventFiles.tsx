import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, orgPath, uploadFile } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { LoadError, useResource } from "../app/resource.tsx";
import { Alert } from "../ui/Alert.tsx";
import { Button } from "../ui/Button.tsx";
import { FileField, UploadProgress } from "../ui/FileField.tsx";
import { AppForm, useFormSubmit } from "../ui/Form.tsx";
import { Loading } from "../ui/Loading.tsx";
import { RadioGroup } from "../ui/RadioGroup.tsx";
import type { EventFile, FileKind, TrainingEvent } from "./types.ts";

const KINDS: FileKind[] = ["preReading", "homework"];

/**
 * Pre-reading and homework as files, offered for download on the event's public page (from
 * the moment it is published). The server takes documents and images of at most 10 MB and
 * checks that the content is what the name says.
 */
export function EventFiles({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation("events");
  const { organisation } = useOrganisation();
  const format = useFormat();
  const files = useResource<{ files: EventFile[] }>(
    orgPath(organisation.id, "events", event.id, "files"),
  );
  const form = useFormSubmit();
  const [kind, setKind] = useState<FileKind>("preReading");
  const [sent, setSent] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const size = (bytes: number) => `${format.number(Math.max(1, Math.round(bytes / 1024)))} kB`;

  const remove = async (file: EventFile) => {
    setDone(null);
    await api(orgPath(organisation.id, "events", event.id, "files", file.id), {
      method: "DELETE",
    });
    files.reload();
    setDone(t("files.removed", { name: file.fileName }));
  };

  return (
    <section className="section" aria-labelledby="event-files-heading">
      <h2 id="event-files-heading">{t("files.heading")}</h2>
      <p className="muted">{t("files.intro")}</p>
      {files.error ? <LoadError error={files.error} onRetry={files.reload} /> : null}
      {files.data ? (
        KINDS.map((k) => {
          const list = files.data!.files.filter((f) => f.kind === k);
          return (
            <div key={k} className="events-files">
              <h3>{t(`files.kind.${k}`)}</h3>
              {list.length === 0 ? (
                <p className="muted">{t("files.none")}</p>
              ) : (
                <ul className="events-files__list">
                  {list.map((file) => (
                    <li key={file.id}>
                      <span>
                        {file.fileName} <span className="muted">({size(file.size)})</span>
                      </span>
                      <Button size="small" variant="quiet" onPress={() => void remove(file)}>
                        {t("files.remove", { name: file.fileName })}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })
      ) : files.error ? null : (
        <Loading />
      )}
      <AppForm
        form={form}
        aria-labelledby="event-files-add-heading"
        labels={{ file: t("files.file") }}
        onSubmit={async () => {
          setDone(null);
          const file = fileRef.current?.files?.[0];
          if (!file) return { file: t("files.missing") };
          setSent(0);
          try {
            await uploadFile(
              orgPath(organisation.id, "events", event.id, `files?kind=${kind}`),
              file,
              setSent,
            );
          } finally {
            setSent(null);
          }
          if (fileRef.current) fileRef.current.value = "";
          files.reload();
          setDone(t("files.added", { name: file.name }));
          return undefined;
        }}
      >
        <h3 id="event-files-add-heading">{t("files.addHeading")}</h3>
        <RadioGroup
          name="kind"
          label={t("files.kindLabel")}
          options={KINDS.map((k) => ({ id: k, label: t(`files.kind.${k}`) }))}
          value={kind}
          onChange={setKind}
        />
        <FileField
          ref={fileRef}
          name="file"
          label={t("files.file")}
          description={t("files.fileHint")}
          accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.txt"
        />
        {sent !== null ? <UploadProgress label={t("files.uploading")} share={sent} /> : null}
        <div className="form__actions">
          <Button type="submit" isPending={form.pending}>
            {t("files.upload")}
          </Button>
        </div>
      </AppForm>
      <div role="status">{done ? <Alert tone="success">{done}</Alert> : null}</div>
    </section>
  );
}
