import { Worker } from "node:worker_threads";
import type { RowProblem } from "../../../core/pay/payroll.ts";
import type { EmployeeChunk } from "../employees.ts";
import type { CheckOptions, CheckSummary } from "./check.ts";
import type { FromWorker, ToWorker } from "./check-worker.ts";
import { FileReadError } from "./read.ts";

/**
 * The check pass (check.ts) in a worker thread, seen from the import: the accepted employees
 * as an async iterable of stored chunks, and the summary once the whole file is read. One idle worker is
 * kept, so the next import does not wait for a thread to start and load its modules.
 */
export interface RunningCheck {
  /**
   * The accepted employees in chunks. It ends when the file is read, and throws RowsRefused
   * as soon as a row has a problem (the saving is then rolled back while the check reads on,
   * to report every problem) or the FileReadError that stopped the reading.
   */
  chunks: AsyncIterable<EmployeeChunk>;
  /** All rows read: the summary, or the FileReadError that stopped the reading. */
  summary: Promise<CheckSummary>;
  /** Settles when the worker has something to say: the first chunk, a problem or the end. */
  ready: Promise<void>;
  /** Stops the reading (the load failed for another reason). */
  stop(): void;
}

export class RowsRefused extends Error {
  constructor() {
    super("A row of the file has a problem");
  }
}

export function startCheck(
  options: CheckOptions,
  listener: {
    problems(problems: RowProblem[]): void;
    progress(rowsRead: number, bytesRead: number): void;
  },
): RunningCheck {
  const worker = takeWorker();
  const queue: EmployeeChunk[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let settle!: { resolve(summary: CheckSummary): void; reject(error: Error): void };
  const summary = new Promise<CheckSummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Nobody may be waiting for the summary yet when the check fails.
  summary.catch(() => {});
  let ready!: () => void;
  const firstNews = new Promise<void>((resolve) => {
    ready = resolve;
  });

  const finish = (error: Error | null) => {
    worker.off("message", onMessage);
    worker.off("error", onError);
    ended = true;
    if (error && !failure) failure = error;
    wake?.();
  };
  const onMessage = (message: FromWorker) => {
    if (message.type === "loaded") return;
    if (message.type !== "progress") ready();
    switch (message.type) {
      case "chunk":
        queue.push({ employees: message.employees, data: message.data });
        break;
      case "problems":
        if (!failure) failure = new RowsRefused();
        listener.problems(message.problems);
        break;
      case "progress":
        listener.progress(message.rowsRead, message.bytesRead);
        break;
      case "done":
        finish(null);
        giveBack(worker, message.summary.rowsRead);
        settle.resolve(message.summary);
        break;
      case "failed": {
        const error = new FileReadError(message.problem, message.params);
        finish(error);
        giveBack(worker, 0);
        settle.reject(error);
        break;
      }
      case "crashed": {
        const error = new Error(`The import's check failed: ${message.message}`);
        finish(error);
        void worker.terminate();
        settle.reject(error);
        break;
      }
    }
    wake?.();
  };
  const onError = (error: Error) => {
    ready();
    finish(error);
    settle.reject(error);
  };
  worker.on("message", onMessage);
  worker.on("error", onError);
  worker.postMessage({ type: "check", options } satisfies ToWorker);

  async function* chunks(): AsyncGenerator<EmployeeChunk> {
    for (;;) {
      if (failure) throw failure;
      const chunk = queue.shift();
      if (chunk) {
        worker.postMessage({ type: "ack" } satisfies ToWorker);
        yield chunk;
        continue;
      }
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  }

  return {
    chunks: chunks(),
    summary,
    ready: firstNews,
    stop() {
      if (ended) return;
      const error = new Error("The import was stopped");
      ready();
      finish(error);
      void worker.terminate();
      settle.reject(error);
    },
  };
}

let idle: Worker | null = null;
let idleLoaded: Promise<void> = Promise.resolve();

/**
 * Starts a worker ahead of an import (an upload comes a minute or so before it); settles
 * when the worker has loaded its modules.
 */
export function prepareCheckWorker(): Promise<void> {
  if (!idle) {
    const worker = spawn();
    idle = worker;
    idleLoaded = new Promise<void>((resolve) => {
      const loaded = (message: FromWorker) => {
        if (message.type !== "loaded") return;
        worker.off("message", loaded);
        resolve();
      };
      worker.on("message", loaded);
      worker.once("exit", () => resolve());
    });
  }
  return idleLoaded;
}

function takeWorker(): Worker {
  const worker = idle ?? spawn();
  idle = null;
  worker.ref();
  return worker;
}

/** A worker that has read more rows than this is let go: its heap would stay that size. */
const KEEP_AFTER_ROWS = 200_000;

function giveBack(worker: Worker, rowsRead: number) {
  if (idle || rowsRead > KEEP_AFTER_ROWS) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process alive.
  worker.unref();
  idle = worker;
  idleLoaded = Promise.resolve();
}

function spawn(): Worker {
  const worker = new Worker(new URL("./check-worker.mjs", import.meta.url), {
    // Reading a file makes a string per cell: a larger young generation collects them in
    // fewer, cheaper passes (a tenth of the check's time).
    resourceLimits: { maxYoungGenerationSizeMb: 128 },
  });
  worker.unref();
  // A worker that dies while idle is simply replaced by the next import.
  worker.on("exit", () => {
    if (idle === worker) idle = null;
  });
  worker.on("error", () => {});
  return worker;
}
