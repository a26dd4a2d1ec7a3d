import { parentPort } from "node:worker_threads";
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
  | { type: "done"; summary: import("./check.ts").CheckSummary }
  | { type: "failed"; problem: FileReadError["problem"]; params: FileReadError["params"] }
  | { type: "crashed"; message: string }
  | { type: "loaded" };
export type ToWorker = { type: "check"; options: CheckOptions } | { type: "ack" };

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
  } else void check(message.options);
});

async function check(options: CheckOptions) {
  inFlight = 0;
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
    });
    post({ type: "done", summary });
  } catch (error) {
    if (error instanceof FileReadError)
      post({ type: "failed", problem: error.problem, params: error.params });
    else
      post({
        type: "crashed",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
  }
}
