/**
 * What the store needs of a saved text: a learning-room note, or a workbook answer (kept here
 * as its JSON, see web/workbooks/answerStore.ts).
 */
export interface Note {
  stepId: string;
  itemId: string;
  text: string;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

/**
 * The saved texts of one session (a learning session, a workbook run) as people type them. Each field is saved on its own: about
 * 800 ms after the last key and when it loses focus. What is typed is kept in localStorage
 * until the server has it, so nothing is lost when the network fails or the page reloads; a
 * failed save is retried. When another scribe changed the same note first (409), the text
 * typed here stays and the other version is offered, so the scribe chooses.
 *
 * No React in here: fields subscribe with useSyncExternalStore (see useNoteStore.ts).
 */

export type SaveState<N extends Note = Note> =
  /** Nothing to save: the field is as the server has it (or empty). */
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** The network or server failed; saved here in the browser and tried again soon. */
  | { kind: "retrying" }
  /** Someone else saved or removed the note first; theirs is the newest version (or null). */
  | { kind: "conflict"; theirs: N | null }
  /** The server refused for good (session finished, question removed …). */
  | { kind: "failed"; message: string };

export interface NoteItemState<N extends Note = Note> {
  /** What is in the field. */
  text: string;
  /** The note as the server last told us, or null when there is none. */
  note: N | null;
  /** The version the text was typed on (null: on no note), sent with the next save. */
  base: number | null;
  state: SaveState<N>;
}

export type FailureKind = "network" | "conflict" | "fatal";

export interface NoteStoreOptions<N extends Note = Note> {
  sessionId: string;
  notes: N[];
  put: (
    stepId: string,
    itemId: string,
    body: { text: string; version: number | null },
  ) => Promise<N>;
  remove: (stepId: string, itemId: string, version: number) => Promise<void>;
  /** The session's notes as they are now (after a 409), and whether it can still be written in. */
  latest: () => Promise<{ notes: N[]; open: boolean }>;
  /** What kind of failure a rejected request was. */
  classify: (error: unknown) => FailureKind;
  /** The user's-language message of a failure that will not go away by retrying. */
  message: (error: unknown) => string;
  storage?: Storage | null;
  debounceMs?: number;
  now?: () => Date;
  /** Where unsaved text waits in localStorage; one prefix per kind of session. */
  storagePrefix?: string;
}

const PREFIX = "aktiva.learning.note";
const RETRY_MS = [2_000, 5_000, 10_000, 20_000, 30_000];

export const noteKey = (stepId: string, itemId: string) => `${stepId}/${itemId}`;
const storageKey = (prefix: string, sessionId: string, stepId: string, itemId: string) =>
  `${prefix}:${sessionId}:${stepId}:${itemId}`;

interface Pending {
  stepId: string;
  itemId: string;
  text: string;
  base: number | null;
}

interface Entry<N extends Note> extends NoteItemState<N> {
  stepId: string;
  itemId: string;
  timer: ReturnType<typeof setTimeout> | null;
  inFlight: Promise<void> | null;
  /** Typed again while a save was on its way. */
  dirty: boolean;
  attempts: number;
}

const same = (a: string, b: string) => a.trim() === b.trim();

export class NoteStore<N extends Note = Note> {
  private readonly entries = new Map<string, Entry<N>>();
  private readonly listeners = new Set<() => void>();
  private readonly snapshots = new Map<string, NoteItemState<N>>();
  private readonly options: Required<Omit<NoteStoreOptions<N>, "storage">> & {
    storage: Storage | null;
  };
  private disposed = false;

  constructor(options: NoteStoreOptions<N>) {
    this.options = {
      debounceMs: 800,
      now: () => new Date(),
      storagePrefix: PREFIX,
      ...options,
      storage: options.storage === undefined ? safeLocalStorage() : options.storage,
    };
    for (const note of options.notes) {
      this.entries.set(noteKey(note.stepId, note.itemId), {
        ...blank(note.stepId, note.itemId),
        text: note.text,
        note,
        base: note.version,
      });
    }
    // Text typed earlier that the server never got comes back, and is sent again.
    for (const pending of this.readPending()) {
      const entry = this.entry(pending.stepId, pending.itemId);
      if (same(pending.text, entry.note?.text ?? "")) {
        this.forget(entry);
        continue;
      }
      entry.text = pending.text;
      entry.base = pending.base;
      entry.state = { kind: "retrying" };
      this.schedule(entry, 0);
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The field's state; the same object until it changes (for useSyncExternalStore). */
  get(stepId: string, itemId: string): NoteItemState<N> {
    const key = noteKey(stepId, itemId);
    const cached = this.snapshots.get(key);
    if (cached) return cached;
    const entry = this.entries.get(key) ?? blank(stepId, itemId);
    const snapshot = { text: entry.text, note: entry.note, base: entry.base, state: entry.state };
    this.snapshots.set(key, snapshot);
    return snapshot;
  }

  /** Every note the server has, in no particular order. */
  savedNotes(): N[] {
    return [...this.entries.values()].flatMap((e) => (e.note ? [e.note] : []));
  }

  /** Fields whose text the server does not have yet. */
  unsavedCount(): number {
    return [...this.entries.values()].filter((e) => !this.settled(e)).length;
  }

  edit(stepId: string, itemId: string, text: string) {
    const entry = this.entry(stepId, itemId);
    entry.text = text;
    if (entry.inFlight) entry.dirty = true;
    // A refused save is tried again with the changed text (it may be what was wrong).
    if (entry.state.kind === "failed") entry.state = { kind: "idle" };
    if (same(text, entry.note?.text ?? "") && entry.state.kind !== "conflict") {
      // Back to what the server has: nothing to send.
      this.clearTimer(entry);
      this.forget(entry);
      if (!entry.inFlight && entry.state.kind !== "saved") entry.state = { kind: "idle" };
    } else {
      this.remember(entry);
      if (entry.state.kind !== "conflict" && entry.state.kind !== "retrying")
        this.schedule(entry, this.options.debounceMs);
    }
    this.changed(entry);
  }

  /** Save now (the field lost focus). */
  flush(stepId: string, itemId: string): Promise<void> {
    const entry = this.entries.get(noteKey(stepId, itemId));
    if (!entry) return Promise.resolve();
    return this.saveNow(entry);
  }

  /** Save everything not yet saved; resolves when every save has answered once. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => this.saveNow(e)));
  }

  /** Try the fields that failed on the network again at once (the browser is online again). */
  retryNow() {
    for (const entry of this.entries.values()) {
      if (entry.state.kind === "retrying") void this.saveNow(entry);
    }
  }

  /** After a conflict: save this scribe's text over the other version. */
  keepMine(stepId: string, itemId: string) {
    const entry = this.entry(stepId, itemId);
    if (entry.state.kind !== "conflict") return;
    const theirs = entry.state.theirs;
    entry.note = theirs;
    entry.base = theirs?.version ?? null;
    entry.state = { kind: "idle" };
    this.remember(entry);
    this.changed(entry);
    void this.saveNow(entry);
  }

  /** After a conflict: take the other version into the field (this scribe's text goes). */
  takeTheirs(stepId: string, itemId: string) {
    const entry = this.entry(stepId, itemId);
    if (entry.state.kind !== "conflict") return;
    const theirs = entry.state.theirs;
    entry.note = theirs;
    entry.base = theirs?.version ?? null;
    entry.text = theirs?.text ?? "";
    entry.state = theirs ? { kind: "saved", at: theirs.updatedAt } : { kind: "idle" };
    this.clearTimer(entry);
    this.forget(entry);
    this.changed(entry);
  }

  dispose() {
    this.disposed = true;
    for (const entry of this.entries.values()) this.clearTimer(entry);
    this.listeners.clear();
  }

  // ---------------------------------------------------------------------------------------

  private settled(entry: Entry<N>) {
    return same(entry.text, entry.note?.text ?? "") && entry.state.kind !== "conflict";
  }

  private entry(stepId: string, itemId: string): Entry<N> {
    const key = noteKey(stepId, itemId);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = blank(stepId, itemId);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private changed(entry: Entry<N>) {
    this.snapshots.delete(noteKey(entry.stepId, entry.itemId));
    for (const listener of [...this.listeners]) listener();
  }

  private set(entry: Entry<N>, state: SaveState<N>) {
    entry.state = state;
    this.changed(entry);
  }

  private clearTimer(entry: Entry<N>) {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
  }

  private schedule(entry: Entry<N>, ms: number) {
    this.clearTimer(entry);
    if (this.disposed) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      void this.saveNow(entry);
    }, ms);
  }

  private saveNow(entry: Entry<N>): Promise<void> {
    this.clearTimer(entry);
    if (entry.inFlight) {
      entry.dirty = true;
      return entry.inFlight;
    }
    if (entry.state.kind === "conflict" || entry.state.kind === "failed") return Promise.resolve();
    if (this.settled(entry)) return Promise.resolve();
    entry.inFlight = this.send(entry).finally(() => {
      entry.inFlight = null;
    });
    return entry.inFlight;
  }

  private async send(entry: Entry<N>): Promise<void> {
    const { stepId, itemId } = entry;
    const text = entry.text;
    entry.dirty = false;
    this.set(entry, { kind: "saving" });
    try {
      if (text.trim() === "") {
        if (entry.base !== null) await this.options.remove(stepId, itemId, entry.base);
        entry.note = null;
        entry.base = null;
      } else {
        const note = await this.options.put(stepId, itemId, { text, version: entry.base });
        entry.note = note;
        entry.base = note.version;
      }
      entry.attempts = 0;
      if (same(entry.text, text)) this.forget(entry);
      else this.remember(entry);
      this.set(entry, { kind: "saved", at: this.options.now().toISOString() });
      // Typed on while this save was on its way: send the rest.
      entry.dirty = false;
      if (!this.settled(entry)) this.schedule(entry, this.options.debounceMs);
    } catch (error) {
      await this.failed(entry, error, text);
    }
  }

  private async failed(entry: Entry<N>, error: unknown, sent: string) {
    const kind = this.options.classify(error);
    if (kind === "fatal" && !same(entry.text, sent)) {
      // Refused, but the text changed while it was on its way (it may be what was wrong).
      this.set(entry, { kind: "idle" });
      this.schedule(entry, 0);
      return;
    }
    if (kind === "network") {
      const wait = RETRY_MS[Math.min(entry.attempts, RETRY_MS.length - 1)] ?? 30_000;
      entry.attempts += 1;
      this.set(entry, { kind: "retrying" });
      this.schedule(entry, wait);
      return;
    }
    if (kind === "conflict") {
      try {
        const latest = await this.options.latest();
        if (!latest.open) {
          this.set(entry, { kind: "failed", message: this.options.message(error) });
          return;
        }
        const theirs =
          latest.notes.find((n) => n.stepId === entry.stepId && n.itemId === entry.itemId) ?? null;
        if (same(theirs?.text ?? "", entry.text)) {
          // The other scribe wrote the same thing: nothing to choose between.
          entry.note = theirs;
          entry.base = theirs?.version ?? null;
          this.forget(entry);
          this.set(entry, theirs ? { kind: "saved", at: theirs.updatedAt } : { kind: "idle" });
          return;
        }
        this.set(entry, { kind: "conflict", theirs });
      } catch (loadError) {
        // Could not even ask what the other version is: keep trying like a network failure.
        if (this.options.classify(loadError) === "network") {
          this.set(entry, { kind: "retrying" });
          this.schedule(entry, RETRY_MS[0] ?? 2_000);
        } else this.set(entry, { kind: "failed", message: this.options.message(loadError) });
      }
      return;
    }
    this.set(entry, { kind: "failed", message: this.options.message(error) });
  }

  private remember(entry: Entry<N>) {
    const { storage, sessionId } = this.options;
    if (!storage) return;
    const pending: Pending = {
      stepId: entry.stepId,
      itemId: entry.itemId,
      text: entry.text,
      base: entry.base,
    };
    try {
      storage.setItem(
        storageKey(this.options.storagePrefix, sessionId, entry.stepId, entry.itemId),
        JSON.stringify(pending),
      );
    } catch {
      // Storage full or blocked: the text is still in the field and being saved.
    }
  }

  private forget(entry: Entry<N>) {
    const { storage, sessionId } = this.options;
    try {
      storage?.removeItem(
        storageKey(this.options.storagePrefix, sessionId, entry.stepId, entry.itemId),
      );
    } catch {
      // nothing to do
    }
  }

  private readPending(): Pending[] {
    const { storage, sessionId } = this.options;
    if (!storage) return [];
    const prefix = `${this.options.storagePrefix}:${sessionId}:`;
    const found: Pending[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(prefix)) continue;
        const value = JSON.parse(storage.getItem(key) ?? "null") as Pending | null;
        if (
          value &&
          typeof value.stepId === "string" &&
          typeof value.itemId === "string" &&
          typeof value.text === "string"
        )
          found.push({ ...value, base: typeof value.base === "number" ? value.base : null });
      }
    } catch {
      return found;
    }
    return found;
  }
}

function blank<N extends Note>(stepId: string, itemId: string): Entry<N> {
  return {
    stepId,
    itemId,
    text: "",
    note: null,
    base: null,
    state: { kind: "idle" },
    timer: null,
    inFlight: null,
    dirty: false,
    attempts: 0,
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
