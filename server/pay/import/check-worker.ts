import { type MessagePort, parentPort } from "node:worker_threads";
import { type CheckOptions, checkFile } from "./check.ts";
import { FileReadError } from "./read.ts";

/**
 * The worker thread of checker.ts: one check at a time. At most two chunks of employees are
 * on their way to the main thread, so a database that stores slower than the file is read
 * holds the reading back instead of filling the memory.
 */
export type FromWorker =
  | { type: "chunk"; employees: number; data: Uint8Array }
  | { type: "problems"; problems: import("../../../core/pay/payroll.ts").RowProblem[] }
  | { type: "progress"; rowsRead: number; bytesRead: number }
  | {
      type: "laterProblems";
      problems: import("../../../core/pay/payroll.ts").RowProblem[];
      unlisted: number;
    }
  | { type: "done"; summary: import("./check.ts").CheckSummary }
  | { type: "failed"; problem: FileReadError["problem"]; params: FileReadError["params"] }
  | { type: "crashed"; message: string }
  | { type: "loaded" };
export type ToWorker =
  | {
      type: "check";
      options: CheckOptions;
      /**
       * A file checked in two: the channel between the two workers, over which the later
       * part sends its employee ids to the first part, which has seen the ids before them.
       */
      peer?: MessagePort;
    }
  | { type: "ack" };

/** What the later part sends the first over `peer`: ids, then the end. */
type PeerMessage = { ids: string[]; rows: Int32Array } | { end: true };

const MAX_IN_FLIGHT = 2;
const port = parentPort!;
let inFlight = 0;
let wake: (() => void) | null = null;
const post = (message: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);

post({ type: "loaded" });
port.on("message", (message: ToWorker) => {
  if (message.type === "ack") {
    inFlight--;
    wake?.();
  } else void check(message.options, message.peer);
});

async function check(options: CheckOptions, peer: MessagePort | undefined) {
  inFlight = 0;
  const first = options.part?.start === 0;
  try {
    const summary = await checkFile(options, {
      async chunk({ employees, data }) {
        while (inFlight >= MAX_IN_FLIGHT)
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        inFlight++;
        // A buffer of its own, moved (not copied) to the main thread.
        const moved = new Uint8Array(data.length);
        moved.set(data);
        post({ type: "chunk", employees, data: moved }, [moved.buffer]);
      },
      problems: (problems) => post({ type: "problems", problems }),
      progress: (rowsRead, bytesRead) => post({ type: "progress", rowsRead, bytesRead }),
      ...(peer && !first
        ? {
            ids: (ids: string[], rows: Int32Array) =>
              peer.postMessage({ ids, rows } satisfies PeerMessage, [rows.buffer as ArrayBuffer]),
          }
        : {}),
      ...(peer && first
        ? {
            laterIds: () => receive(peer),
            laterProblems: (problems, unlisted) =>
              post({ type: "laterProblems", problems, unlisted }),
          }
        : {}),
    });
    if (peer && !first) peer.postMessage({ end: true } satisfies PeerMessage);
    post({ type: "done", summary });
  } catch (error) {
    if (error instanceof FileReadError)
      post({ type: "failed", problem: error.problem, params: error.params });
    else
      post({
        type: "crashed",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
  } finally {
    // The first part closes the channel once it has read the later part's ids (or failed);
    // the later part leaves it open, so its last ids and end marker are not lost on the way.
    if (first) peer?.close();
  }
}

/** The later part's ids as they come, until it says it has read all. */
async function* receive(peer: MessagePort): AsyncGenerator<{ ids: string[]; rows: Int32Array }> {
  const queue: PeerMessage[] = [];
  let wakeUp: (() => void) | null = null;
  peer.on("message", (message: PeerMessage) => {
    queue.push(message);
    wakeUp?.();
  });
  for (;;) {
    const message = queue.shift();
    if (!message) {
      await new Promise<void>((resolve) => {
        wakeUp = resolve;
      });
      wakeUp = null;
      continue;
    }
    if ("end" in message) return;
    yield message;
  }
}
