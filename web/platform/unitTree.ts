import type { Unit } from "../app/types.ts";

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
  depth: number;
}

/** Builds the unit tree, siblings sorted by name in the given locale. */
export function buildUnitTree(units: Unit[], locale: string): UnitNode[] {
  const byParent = new Map<string | null, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const unit of units) {
    // A unit whose parent is missing is shown at the top rather than lost.
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(unit);
    byParent.set(parent, siblings);
  }
  const collator = new Intl.Collator(locale);
  const build = (parentId: string | null, depth: number): UnitNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((unit) => ({ unit, depth, children: build(unit.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first list of the tree (parents before their children). */
export function flattenTree(nodes: UnitNode[]): UnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** "Förvaltning › Ekonomi" for every unit id. */
export function unitPaths(units: Unit[], locale: string): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (nodes: UnitNode[], prefix: string) => {
    for (const node of nodes) {
      const path = prefix ? `${prefix} › ${node.unit.name}` : node.unit.name;
      paths.set(node.unit.id, path);
      walk(node.children, path);
    }
  };
  walk(buildUnitTree(units, locale), "");
  return paths;
}

/** The ids of a unit and everything below it (a unit cannot move into its own subtree). */
export function subtreeIds(units: Unit[], unitId: string): Set<string> {
  const result = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}
