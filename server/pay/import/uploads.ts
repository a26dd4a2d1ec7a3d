import { randomUUID } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../../platform/http/problem.ts";
import { type FileFacts, inspectFile } from "./read.ts";

/**
 * Uploaded payroll files wait on disk between the upload and the import (the mapping step in
 * between may take the user a while). They are kept for an hour at most and deleted after a
 * successful import: pay data should not lie about.
 */
export interface StoredUpload {
  id: string;
  organisationId: string;
  userId: string;
  fileName: string;
  path: string;
  size: number;
  facts: FileFacts;
  expiresAt: number;
}

const KEEP_MS = 60 * 60 * 1000;
const uploads = new Map<string, StoredUpload>();

export class UploadTooLarge extends Error {}

/** Streams the request body to disk, refusing (and deleting) it once it passes `maxBytes`. */
export async function storeUpload(
  body: Readable,
  options: {
    uploadDir: string;
    maxBytes: number;
    organisationId: string;
    userId: string;
    fileName: string;
  },
): Promise<StoredUpload> {
  forgetExpired();
  mkdirSync(options.uploadDir, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const path = join(options.uploadDir, id);
  let size = 0;
  try {
    await pipeline(
      body,
      async function* limit(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > options.maxBytes) throw new UploadTooLarge();
          yield chunk;
        }
      },
      createWriteStream(path, { mode: 0o600 }),
    );
    const facts = await inspectFile(path);
    const upload: StoredUpload = {
      id,
      organisationId: options.organisationId,
      userId: options.userId,
      fileName: options.fileName,
      path,
      size,
      facts,
      expiresAt: Date.now() + KEEP_MS,
    };
    uploads.set(id, upload);
    return upload;
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof UploadTooLarge)
      throw new AppError(413, "pay.import.tooLarge", {
        limit: `${Math.round(options.maxBytes / 1024 / 1024)} MB`,
      });
    throw error;
  }
}

/** The organisation's upload, or null when it is unknown, expired or someone else's. */
export function findUpload(id: string, organisationId: string): StoredUpload | null {
  forgetExpired();
  const upload = uploads.get(id);
  return upload && upload.organisationId === organisationId ? upload : null;
}

export async function discardUpload(upload: StoredUpload): Promise<void> {
  uploads.delete(upload.id);
  await rm(upload.path, { force: true });
}

function forgetExpired() {
  const now = Date.now();
  for (const upload of uploads.values())
    if (upload.expiresAt < now) void discardUpload(upload).catch(() => {});
}
