import { MessageChannel, Worker } from "node:worker_threads";
import type { RowProblem } from "../../../core/pay/payroll.ts";
import type { EmployeeChunk } from "../employees.ts";
import { type CheckOptions, type CheckSummary, MAX_ROWS } from "./check.ts";
import type { FromWorker, ToWorker } from "./check-worker.ts";
import { FileReadError, splitCsv } from "./read.ts";

/**
 * The check pass (check.ts) in worker threads, seen from the import: the accepted employees
 * as an async iterable of stored chunks, and the summary once the whole file is read. A large
 * CSV file is cut in two at a line end and checked by two workers at once (the machine has a
 * core for each, and the main thread mostly waits). What only the whole file can tell is
 * settled when both are done: the later part sends its employee ids straight to the first
 * part's worker, which finds those it has already seen; the rows are counted here. Idle
 * workers are kept, so the next import does not wait for threads to start and load modules.
 */
export interface RunningCheck {
  /**
   * The accepted employees in chunks, each marked with the part of the file it comes from
   * (parts in file order; chunks of one part in order). It ends when the file is read, and
   * throws RowsRefused as soon as a row has a problem (the check then reads on, to report
   * every problem) or the FileReadError that stopped the reading.
   */
  chunks: AsyncIterable<PartChunk>;
  /** All rows read: the summary, or the FileReadError that stopped the reading. */
  summary: Promise<CheckSummary>;
  /** Stops the reading (the load failed for another reason). */
  stop(): void;
}

export interface PartChunk extends EmployeeChunk {
  part: number;
}

export interface CheckListener {
  /** Problems in row order; `unlisted` more were found but not kept (a file with many). */
  problems(problems: RowProblem[], unlisted?: number): void;
  progress(rowsRead: number, bytesRead: number): void;
}

export class RowsRefused extends Error {
  constructor() {
    super("A row of the file has a problem");
  }
}

/** Problems of a later part kept until its row numbers are known (and to sort them). */
const MAX_HELD_PROBLEMS = 1000;

interface Part {
  worker: Worker;
  /** The worker has finished its check (read its part, or stopped at a problem with the file). */
  free: boolean;
  summary: CheckSummary | null;
  rowsRead: number;
  bytesRead: number;
  /** A later part's problems, numbered within the part, and how many more were not kept. */
  held: RowProblem[];
  unlisted: number;
}

export async function startCheck(
  options: CheckOptions,
  listener: CheckListener,
): Promise<RunningCheck> {
  const split = await splitCsv(options.path, options.facts, options.size);
  const plans: CheckOptions[] = split ? split.map((part) => ({ ...options, part })) : [options];
  const parts: Part[] = plans.map(() => ({
    worker: takeWorker(),
    free: false,
    summary: null,
    rowsRead: 0,
    bytesRead: 0,
    held: [],
    unlisted: 0,
  }));
  // The later part's employees whose id the first part has too (numbered as rows of the file).
  const duplicates: RowProblem[] = [];
  let unlistedDuplicates = 0;
  const queue: PartChunk[] = [];
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let settle!: { resolve(summary: CheckSummary): void; reject(error: Error): void };
  const summary = new Promise<CheckSummary>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Nobody may be waiting for the summary yet when the check fails.
  summary.catch(() => {});

  const listeners = new Map<Worker, [(message: FromWorker) => void, (error: Error) => void]>();
  const detach = () => {
    for (const [worker, [onMessage, onError]] of listeners) {
      worker.off("message", onMessage);
      worker.off("error", onError);
    }
  };
  const fail = (error: Error) => {
    if (ended) return;
    ended = true;
    failure = error;
    detach();
    for (const part of parts)
      if (part.free) giveBack(part.worker, part.rowsRead);
      else void part.worker.terminate();
    settle.reject(error);
    wake?.();
  };
  const refuse = () => {
    if (!failure) failure = new RowsRefused();
  };

  parts.forEach((part, index) => {
    const onMessage = (message: FromWorker) => {
      if (ended) return;
      switch (message.type) {
        case "chunk":
          queue.push({ part: index, employees: message.employees, data: message.data });
          break;
        case "problems":
          refuse();
          if (index === 0) listener.problems(message.problems);
          else
            for (const problem of message.problems)
              if (part.held.length < MAX_HELD_PROBLEMS) part.held.push(problem);
              else part.unlisted++;
          break;
        case "laterProblems":
          refuse();
          duplicates.push(...message.problems);
          unlistedDuplicates += message.unlisted;
          break;
        case "progress":
          part.rowsRead = message.rowsRead;
          part.bytesRead = message.bytesRead;
          listener.progress(
            parts.reduce((sum, p) => sum + p.rowsRead, 0),
            parts.reduce((sum, p) => sum + p.bytesRead, 0),
          );
          break;
        case "done":
          part.free = true;
          part.summary = message.summary;
          part.rowsRead = message.summary.rowsRead;
          if (parts.every((p) => p.summary !== null)) finish();
          break;
        case "failed":
          part.free = true;
          fail(new FileReadError(message.problem, message.params));
          break;
        case "crashed":
          fail(new Error(`The import's check failed: ${message.message}`));
          break;
        case "loaded":
          return;
      }
      wake?.();
    };
    const onError = (error: Error) => fail(error);
    listeners.set(part.worker, [onMessage, onError]);
    part.worker.on("message", onMessage);
    part.worker.on("error", onError);
  });

  /** Every part is read: the whole file's findings. */
  function finish() {
    const summaries = parts.map((part) => part.summary!);
    const rowsRead = summaries.reduce((sum, s) => sum + s.rowsRead, 0);
    if (rowsRead > MAX_ROWS) {
      fail(new FileReadError("file.tooManyRows", { max: MAX_ROWS }));
      return;
    }
    let offset = 0;
    for (const [index, part] of parts.entries()) {
      if (index > 0) reportLater(part, offset);
      offset += part.rowsRead;
    }
    ended = true;
    detach();
    for (const part of parts) giveBack(part.worker, part.rowsRead);
    const unmatched = new Set(summaries.flatMap((s) => s.unmatchedUnits));
    settle.resolve({
      rowsRead,
      rows: summaries.reduce((sum, s) => sum + s.rows, 0),
      women: summaries.reduce((sum, s) => sum + s.women, 0),
      jobs: [...new Set(summaries.flatMap((s) => s.jobs))],
      unmatchedUnits: [...unmatched].sort((a, b) => a.localeCompare(b, "sv")).slice(0, 100),
    });
  }

  /**
   * The later part's problems with the file's row numbers, in row order together with its
   * employees whose id the first part has already had.
   */
  function reportLater(part: Part, offset: number) {
    const found = part.held.map((problem) => ({
      ...problem,
      row: problem.row + offset,
      ...(problem.firstRow !== undefined ? { firstRow: problem.firstRow + offset } : {}),
    }));
    found.push(...duplicates);
    if (found.length === 0) return;
    found.sort((a, b) => a.row - b.row);
    listener.problems(found, part.unlisted + unlistedDuplicates);
  }

  if (parts.length === 1)
    parts[0]!.worker.postMessage({ type: "check", options } satisfies ToWorker);
  else {
    const channel = new MessageChannel();
    parts[0]!.worker.postMessage(
      { type: "check", options: plans[0]!, peer: channel.port1 } satisfies ToWorker,
      [channel.port1],
    );
    parts[1]!.worker.postMessage(
      { type: "check", options: plans[1]!, peer: channel.port2 } satisfies ToWorker,
      [channel.port2],
    );
  }

  async function* chunks(): AsyncGenerator<PartChunk> {
    for (;;) {
      if (failure) throw failure;
      const chunk = queue.shift();
      if (chunk) {
        parts[chunk.part]!.worker.postMessage({ type: "ack" } satisfies ToWorker);
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
    stop() {
      fail(new Error("The import was stopped"));
    },
  };
}

/** Idle workers kept: two, for the two halves of a large file. */
const MAX_IDLE = 2;
const idle: { worker: Worker; loaded: Promise<void> }[] = [];

/**
 * Starts workers ahead of an import (an upload comes a minute or so before it): one, or two
 * for a file large enough to be split. Settles when they have loaded their modules.
 */
export async function prepareCheckWorker(workers = 1): Promise<void> {
  while (idle.length < Math.min(workers, MAX_IDLE)) {
    const worker = spawn();
    const loaded = new Promise<void>((resolve) => {
      const onLoaded = (message: FromWorker) => {
        if (message.type !== "loaded") return;
        worker.off("message", onLoaded);
        resolve();
      };
      worker.on("message", onLoaded);
      worker.once("exit", () => resolve());
    });
    idle.push({ worker, loaded });
  }
  await Promise.all(idle.map((entry) => entry.loaded));
}

function takeWorker(): Worker {
  const worker = idle.shift()?.worker ?? spawn();
  worker.ref();
  return worker;
}

/** A worker that has read more rows than this is let go: its heap would stay that size. */
const KEEP_AFTER_ROWS = 200_000;

function giveBack(worker: Worker, rowsRead: number) {
  if (idle.length >= MAX_IDLE || rowsRead > KEEP_AFTER_ROWS) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process alive.
  worker.unref();
  idle.push({ worker, loaded: Promise.resolve() });
}

function spawn(): Worker {
  const worker = new Worker(new URL("./check-worker.mjs", import.meta.url), {
    // Reading a file makes a string per cell, and they die young when the file is read in
    // small pieces (read.ts): a small young generation then keeps the heap small (with two
    // workers at 128 MB, a million rows took 1.2 GB in all; at 32 MB, 0.8 GB).
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  worker.unref();
  // A worker that dies while idle is simply replaced by the next import.
  worker.on("exit", () => {
    const at = idle.findIndex((entry) => entry.worker === worker);
    if (at >= 0) idle.splice(at, 1);
  });
  worker.on("error", () => {});
  return worker;
}
