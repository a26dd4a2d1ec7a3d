import { useMemo } from "react";
import { orgPath } from "../app/api.ts";
import { useFormat } from "../app/format.ts";
import { can } from "../app/navigation.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { useResource } from "../app/resource.tsx";
import type { Unit } from "../app/types.ts";
import { unitPaths } from "./unitTree.ts";

/** The organisation's units with their full paths ("Förvaltning › Ekonomi"), sorted. */
export function useUnitOptions(): { units: Unit[]; options: { id: string; label: string }[] } {
  const { organisation } = useOrganisation();
  const format = useFormat();
  const resource = useResource<Unit[]>(
    can(organisation, "units.read") ? orgPath(organisation.id, "units") : null,
  );
  const units = resource.data;
  return useMemo(() => {
    const list = units ?? [];
    const paths = unitPaths(list, format.locale);
    const collator = new Intl.Collator(format.locale);
    const options = list
      .map((unit) => ({ id: unit.id, label: paths.get(unit.id) ?? unit.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return { units: list, options };
  }, [units, format.locale]);
}
