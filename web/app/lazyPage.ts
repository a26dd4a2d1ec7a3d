import type { ComponentType } from "react";

/**
 * A route's `lazy` loader for a page module: every page is its own chunk, loaded when a route
 * needs it. The router waits for the chunk before it changes the location, so the old page
 * stays until the new one can render and the shell's focus-to-h1 finds the new heading.
 */
export function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}
