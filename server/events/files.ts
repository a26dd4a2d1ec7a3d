import type { Message } from "../../core/events/problems.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";

/**
 * Pre-reading and homework as files on the event's public page. Only document and image
 * formats are taken, recognised by their first bytes and not only by the name, so a renamed
 * program or web page is refused; each file is at most MAX_FILE_BYTES and an event has at most
 * MAX_FILES.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 20;

export type FileKind = "preReading" | "homework";

export interface EventFileView {
  id: string;
  kind: FileKind;
  fileName: string;
  contentType: string;
  size: number;
}

const FORMATS: Record<string, { type: string; magic: "pdf" | "zip" | "png" | "jpeg" | "text" }> = {
  pdf: { type: "application/pdf", magic: "pdf" },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    magic: "zip",
  },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: "zip" },
  pptx: {
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    magic: "zip",
  },
  odt: { type: "application/vnd.oasis.opendocument.text", magic: "zip" },
  ods: { type: "application/vnd.oasis.opendocument.spreadsheet", magic: "zip" },
  odp: { type: "application/vnd.oasis.opendocument.presentation", magic: "zip" },
  png: { type: "image/png", magic: "png" },
  jpg: { type: "image/jpeg", magic: "jpeg" },
  jpeg: { type: "image/jpeg", magic: "jpeg" },
  txt: { type: "text/plain; charset=utf-8", magic: "text" },
};

function looksLike(data: Buffer, magic: (typeof FORMATS)[string]["magic"]): boolean {
  switch (magic) {
    case "pdf":
      return data.subarray(0, 5).toString("latin1") === "%PDF-";
    case "zip":
      return data.readUInt32LE(0) === 0x04034b50;
    case "png":
      return data
        .subarray(0, 8)
        .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case "jpeg":
      return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
    case "text":
      return !data.includes(0) && Buffer.from(data.toString("utf8"), "utf8").equals(data);
  }
}

export type FileProblem = { ok: false; status: 404 | 413 | 422; message: Message };

/** Checks an uploaded file; the content type comes from the format it proved to be. */
export function checkFile(
  fileName: string,
  data: Buffer,
): { ok: true; contentType: string } | FileProblem {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const format = FORMATS[extension];
  if (data.length === 0)
    return { ok: false, status: 422, message: { sv: "Filen är tom.", en: "The file is empty." } };
  if (data.length > MAX_FILE_BYTES)
    return {
      ok: false,
      status: 413,
      message: {
        sv: "Filen är större än 10 MB. Gör den mindre, till exempel genom att spara en PDF med lägre bildkvalitet.",
        en: "The file is larger than 10 MB. Make it smaller, for example by saving a PDF with lower image quality.",
      },
    };
  if (!format)
    return {
      ok: false,
      status: 422,
      message: {
        sv: "Den här filtypen går inte att lägga upp. Använd PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG eller vanlig text.",
        en: "This kind of file cannot be uploaded. Use PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG or plain text.",
      },
    };
  if (data.length < 8 || !looksLike(data, format.magic))
    return {
      ok: false,
      status: 422,
      message: {
        sv: `Filen heter .${extension} men innehållet är inte en sådan fil. Spara om den i rätt format och försök igen.`,
        en: `The file is named .${extension} but its content is not such a file. Save it again in the right format and try again.`,
      },
    };
  return { ok: true, contentType: format.type };
}

export async function listFiles(tenant: TenantDb, eventId: string): Promise<EventFileView[]> {
  const rows = await tenant
    .selectFrom("event_files")
    .select([
      "event_files.id",
      "event_files.kind",
      "event_files.file_name",
      "event_files.content_type",
      "event_files.size",
    ])
    .where("event_files.event_id", "=", eventId)
    .orderBy("event_files.created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    contentType: r.content_type,
    size: r.size,
  }));
}

export async function addFile(
  db: Db,
  actor: { organisationId: string; userId: string },
  input: { eventId: string; kind: FileKind; fileName: string; data: Buffer },
): Promise<{ ok: true; file: EventFileView } | FileProblem> {
  const checked = checkFile(input.fileName, input.data);
  if (!checked.ok) return checked;
  return db.transaction().execute(async (trx) => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const event = await tenant
      .selectFrom("events")
      .select("events.id")
      .where("events.id", "=", input.eventId)
      .forUpdate()
      .executeTakeFirst();
    if (!event)
      return {
        ok: false as const,
        status: 404 as const,
        message: { sv: "Utbildningen finns inte.", en: "The event does not exist." },
      };
    if ((await listFiles(tenant, input.eventId)).length >= MAX_FILES)
      return {
        ok: false as const,
        status: 422 as const,
        message: {
          sv: `En utbildning kan ha högst ${MAX_FILES} filer. Ta bort en innan du lägger till en ny.`,
          en: `An event can have at most ${MAX_FILES} files. Remove one before adding another.`,
        },
      };
    const created = await tenant
      .insertInto("event_files")
      .values({
        organisation_id: actor.organisationId,
        event_id: input.eventId,
        kind: input.kind,
        file_name: input.fileName,
        content_type: checked.contentType,
        size: input.data.length,
        data: input.data,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const file: EventFileView = {
      id: created.id,
      kind: input.kind,
      fileName: input.fileName,
      contentType: checked.contentType,
      size: input.data.length,
    };
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "create",
      entityType: "event_file",
      entityId: created.id,
      after: {
        eventId: input.eventId,
        kind: input.kind,
        fileName: input.fileName,
        size: file.size,
      },
    });
    return { ok: true as const, file };
  });
}

export async function removeFile(
  db: Db,
  actor: { organisationId: string; userId: string },
  input: { eventId: string; fileId: string },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const tenant = forOrganisation(trx, actor.organisationId);
    const removed = await tenant
      .deleteFrom("event_files")
      .where("event_files.id", "=", input.fileId)
      .where("event_files.event_id", "=", input.eventId)
      .returning(["event_files.file_name", "event_files.kind"])
      .executeTakeFirst();
    if (!removed) return false;
    await recordAudit(trx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "delete",
      entityType: "event_file",
      entityId: input.fileId,
      before: { eventId: input.eventId, kind: removed.kind, fileName: removed.file_name },
    });
    return true;
  });
}

/** A file of a public (not draft) event, for its page. */
export async function publicFile(tenant: TenantDb, eventId: string, fileId: string) {
  return tenant
    .selectFrom("event_files")
    .innerJoin("events", "events.id", "event_files.event_id")
    .select(["event_files.file_name", "event_files.content_type", "event_files.data"])
    .where("event_files.id", "=", fileId)
    .where("event_files.event_id", "=", eventId)
    .where("events.status", "<>", "draft")
    .executeTakeFirst();
}
