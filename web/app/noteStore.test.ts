import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Note } from "../learning/types.ts";
import { NoteStore, type NoteStoreOptions } from "./noteStore.ts";

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

class Offline extends Error {}
class Conflict extends Error {}

const note = (itemId: string, text: string, version: number): Note => ({
  id: `note-${itemId}`,
  stepId: "s1",
  itemId,
  prompt: "Fråga",
  text,
  version,
  updatedAt: "2026-03-02T13:02:00.000Z",
  updatedByName: "Hanna HR",
  planItems: [],
});

function setup(overrides: Partial<NoteStoreOptions> = {}) {
  const server = new Map<string, Note>();
  const calls: string[] = [];
  let offline = false;
  const storage = (overrides.storage as MemoryStorage | undefined) ?? new MemoryStorage();
  const options: NoteStoreOptions = {
    sessionId: "session-1",
    notes: [],
    storage,
    classify: (error) =>
      error instanceof Offline ? "network" : error instanceof Conflict ? "conflict" : "fatal",
    message: (error) => String(error),
    put: async (stepId, itemId, { text, version }) => {
      calls.push(`PUT ${itemId} ${text} v${version}`);
      if (offline) throw new Offline();
      const current = server.get(itemId);
      if ((current?.version ?? null) !== version) throw new Conflict();
      const saved = note(itemId, text.trim(), (current?.version ?? 0) + 1);
      server.set(itemId, { ...saved, stepId });
      return saved;
    },
    remove: async (_stepId, itemId, version) => {
      calls.push(`DELETE ${itemId} v${version}`);
      if (offline) throw new Offline();
      if (server.get(itemId)?.version !== version) throw new Conflict();
      server.delete(itemId);
    },
    latest: async () => ({ notes: [...server.values()], open: true }),
    ...overrides,
  };
  const store = new NoteStore(options);
  return {
    store,
    server,
    calls,
    storage,
    setOffline: (value: boolean) => {
      offline = value;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("NoteStore", () => {
  it("saves 800 ms after the last key, once", async () => {
    const { store, calls } = setup();
    store.edit("s1", "q1", "Omk");
    await vi.advanceTimersByTimeAsync(500);
    store.edit("s1", "q1", "Omklädningsrum");
    await vi.advanceTimersByTimeAsync(799);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(["PUT q1 Omklädningsrum vnull"]);
    expect(store.get("s1", "q1").state.kind).toBe("saved");
    expect(store.get("s1", "q1").note?.version).toBe(1);
    expect(store.unsavedCount()).toBe(0);
  });

  it("saves at once when the field loses focus, and builds on the saved version", async () => {
    const { store, calls } = setup();
    store.edit("s1", "q1", "Ett");
    await store.flush("s1", "q1");
    store.edit("s1", "q1", "Ett två");
    await store.flush("s1", "q1");
    expect(calls).toEqual(["PUT q1 Ett vnull", "PUT q1 Ett två v1"]);
  });

  it("deletes a note that is emptied", async () => {
    const { store, calls, server } = setup();
    store.edit("s1", "q1", "Text");
    await store.flush("s1", "q1");
    store.edit("s1", "q1", "  ");
    await store.flush("s1", "q1");
    expect(calls).toEqual(["PUT q1 Text vnull", "DELETE q1 v1"]);
    expect(server.size).toBe(0);
    expect(store.get("s1", "q1").note).toBeNull();
  });

  it("keeps the text in storage while offline, retries, and forgets it once saved", async () => {
    const { store, calls, storage, setOffline } = setup();
    setOffline(true);
    store.edit("s1", "q1", "Viktigt");
    await vi.advanceTimersByTimeAsync(800);
    expect(store.get("s1", "q1").state.kind).toBe("retrying");
    expect(store.get("s1", "q1").text).toBe("Viktigt");
    expect(storage.length).toBe(1);
    setOffline(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toEqual(["PUT q1 Viktigt vnull", "PUT q1 Viktigt vnull"]);
    expect(store.get("s1", "q1").state.kind).toBe("saved");
    expect(storage.length).toBe(0);
  });

  it("brings back unsaved text after a reload and sends it", async () => {
    const first = setup();
    first.setOffline(true);
    first.store.edit("s1", "q1", "Från förra gången");
    await vi.advanceTimersByTimeAsync(800);
    first.store.dispose();

    const second = setup({ storage: first.storage });
    expect(second.store.get("s1", "q1").text).toBe("Från förra gången");
    await vi.advanceTimersByTimeAsync(0);
    expect(second.calls).toEqual(["PUT q1 Från förra gången vnull"]);
    expect(first.storage.length).toBe(0);
  });

  it("on a conflict keeps what this scribe typed and offers the other version", async () => {
    const { store, server } = setup({ notes: [note("q1", "Gammal", 1)] });
    server.set("q1", note("q1", "Den andras text", 2));
    store.edit("s1", "q1", "Min text");
    await store.flush("s1", "q1");
    const state = store.get("s1", "q1");
    expect(state.text).toBe("Min text");
    expect(state.state).toMatchObject({ kind: "conflict", theirs: { text: "Den andras text" } });
    expect(store.unsavedCount()).toBe(1);

    store.keepMine("s1", "q1");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.get("q1")?.text).toBe("Min text");
    expect(store.get("s1", "q1").state.kind).toBe("saved");
  });

  it("can take the other version instead", async () => {
    const { store, server, storage } = setup({ notes: [note("q1", "Gammal", 1)] });
    server.set("q1", note("q1", "Den andras text", 2));
    store.edit("s1", "q1", "Min text");
    await store.flush("s1", "q1");
    store.takeTheirs("s1", "q1");
    expect(store.get("s1", "q1").text).toBe("Den andras text");
    expect(store.get("s1", "q1").base).toBe(2);
    expect(storage.length).toBe(0);
  });

  it("sends what was typed while a save was on its way", async () => {
    const { store, calls } = setup();
    store.edit("s1", "q1", "A");
    const saving = store.flush("s1", "q1");
    store.edit("s1", "q1", "AB");
    await saving;
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toEqual(["PUT q1 A vnull", "PUT q1 AB v1"]);
    expect(store.unsavedCount()).toBe(0);
  });

  it("sends the changed text when a refused save was overtaken by typing", async () => {
    const { store, calls } = setup({
      put: async (_stepId, itemId, { text, version }) => {
        calls.push(`PUT ${itemId} ${text} v${version}`);
        if (text === "fel") throw new Error("refused");
        return note(itemId, text, (version ?? 0) + 1);
      },
    });
    store.edit("s1", "q1", "fel");
    const saving = store.flush("s1", "q1");
    store.edit("s1", "q1", "rätt");
    await saving;
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["PUT q1 fel vnull", "PUT q1 rätt vnull"]);
    expect(store.get("s1", "q1").state.kind).toBe("saved");
  });

  it("shows a refusal and keeps the text when nothing was typed since", async () => {
    const { store } = setup({
      put: async () => {
        throw new Error("refused");
      },
    });
    store.edit("s1", "q1", "fel");
    await store.flush("s1", "q1");
    expect(store.get("s1", "q1").state).toEqual({ kind: "failed", message: "Error: refused" });
    expect(store.get("s1", "q1").text).toBe("fel");
  });
});
