// Worker threads do not get tsx's loader from the main thread: register it here, then load the
// TypeScript worker (server/pay/import/checker.ts starts this file).
import { register } from "tsx/esm/api";

register();
await import("./check-worker.ts");
