import { onEmployeesChanged } from "./employees.ts";

/**
 * What the pay pages compute from a survey is kept in memory under a key that names the
 * survey's version (an import or a change of settings bumps it) and the caller's scope, so
 * the second visit to a page does no counting. Concurrent callers share one computation; the
 * newest entries are kept.
 */
const CACHE_SIZE = 500;
const cache = new Map<string, Promise<unknown>>();

// Keys name the survey's id: its employees changed in place (demo, tests), so all goes.
onEmployeesChanged((surveyId) => {
  for (const key of [...cache.keys()]) if (key.includes(surveyId)) cache.delete(key);
});

/** The value of `key`, computed once and kept for the newest keys; a failure is not kept. */
export function remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place: a Map iterates in insertion order, so the oldest is dropped first.
    cache.delete(key);
    cache.set(key, hit);
    return hit as Promise<T>;
  }
  const value = compute();
  cache.set(key, value);
  value.catch(() => cache.delete(key));
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}

/** A scope as part of a key: the whole organisation, or the sorted units. */
export const scopeKey = (scope: { unitIds: readonly string[] | null }) =>
  scope.unitIds === null ? "all" : [...scope.unitIds].sort().join(",");
