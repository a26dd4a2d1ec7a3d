import { useTranslation } from "react-i18next";
import { ROLES, type Role, SECTORS } from "../app/types.ts";

/** Role choices with their Swedish/English names. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((role) => ({ id: role, label: t(`role.${role}`) }));
}

export function useSectorOptions() {
  const { t } = useTranslation();
  return SECTORS.map((sector) => ({ id: sector, label: t(`sector.${sector}`) }));
}

/** "Facklig företrädare (Kommunal)" when a union name is known. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: Role, unionName?: string | null) =>
    role === "union_rep" && unionName
      ? t("role.withUnion", { role: t(`role.${role}`), union: unionName })
      : t(`role.${role}`);
}

/** A path given in ?next= that stays inside the app. */
export function safeNext(next: string | null): string | null {
  return next?.startsWith("/") && !next.startsWith("//") ? next : null;
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;
