import i18n from "../i18n/index.ts";
import type { FailureKind } from "./noteStore.ts";
import type { Problem } from "./types.ts";

/** An error answer from the API, parsed from application/problem+json when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: { path: string; message: string }[];

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.type = problem.type ?? "about:blank";
    this.title = problem.title ?? "";
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  get isCsrf(): boolean {
    return this.status === 403 && /csrf/i.test(this.type);
  }
}

/** Thrown when the request never got an answer (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("network", { cause });
    this.name = "NetworkError";
  }
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let csrfToken: string | null = null;
let csrfRequest: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  if (!csrfRequest) {
    csrfRequest = (async () => {
      const res = await fetch("/api/csrf-token", {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      if (!res.ok) throw new ApiError(res.status, await readProblem(res));
      const body = (await res.json()) as { token: string };
      csrfToken = body.token;
      return body.token;
    })().finally(() => {
      csrfRequest = null;
    });
  }
  return csrfRequest;
}

/** Forget the CSRF token; call after sign-in and sign-out, when the server issues a new one. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      return (await res.json()) as Problem;
    } catch {
      // fall through to a problem without detail
    }
  }
  return { status: res.status, title: res.statusText };
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions, retried: boolean): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": i18n.language === "en" ? "en" : "sv",
  };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (UNSAFE.has(method)) headers["x-csrf-token"] = await fetchCsrfToken();

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new NetworkError(error);
  }
  if (res.ok) return res;

  const error = new ApiError(res.status, await readProblem(res));
  if (error.isCsrf && !retried) {
    resetCsrfToken();
    return send(path, options, true);
  }
  throw error;
}

/** Calls the API and returns the parsed JSON body (undefined for 204 No Content). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options, false);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Builds `/api/organisations/:id/...` paths with encoded segments. */
export function orgPath(organisationId: string, ...segments: string[]): string {
  return ["/api/organisations", organisationId, ...segments].map(encodeSegment).join("/");
}

function encodeSegment(segment: string, index: number): string {
  return index === 0 ? segment : encodeURIComponent(segment);
}

/** A query string from the defined, non-empty values, e.g. `?page=2&from=2026-01-01`. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** What kind of failure a request was, for the note store's saves. */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof NetworkError) return "network";
  if (error instanceof ApiError) {
    if (error.status === 409) return "conflict";
    if (error.status >= 500 || error.status === 429 || error.status === 408) return "network";
  }
  return "fatal";
}

/**
 * Sends a file as the request body (XMLHttpRequest, because fetch cannot report upload
 * progress) and returns the parsed JSON answer. `onProgress` gets 0–1 as the file goes up.
 */
export async function uploadFile<T>(
  path: string,
  file: File,
  onProgress: (share: number) => void,
  retried = false,
): Promise<T> {
  const token = await fetchCsrfToken();
  const { status, text } = await new Promise<{ status: number; text: string }>(
    (resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open("POST", path);
      request.setRequestHeader("Content-Type", "application/octet-stream");
      request.setRequestHeader("Accept", "application/json, application/problem+json");
      request.setRequestHeader("Accept-Language", i18n.language === "en" ? "en" : "sv");
      request.setRequestHeader("x-csrf-token", token);
      request.setRequestHeader("x-file-name", encodeURIComponent(file.name));
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      request.onload = () => resolve({ status: request.status, text: request.responseText });
      request.onerror = () => reject(new NetworkError(new Error("upload failed")));
      request.send(file);
    },
  );
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (status >= 200 && status < 300) return body as T;
  const error = new ApiError(status, (body as Problem | undefined) ?? { status });
  if (error.isCsrf && !retried) {
    resetCsrfToken();
    return uploadFile(path, file, onProgress, true);
  }
  throw error;
}
