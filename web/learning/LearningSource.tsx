import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format.ts";
import { useOrganisation } from "../app/organisation.tsx";
import { TextLink } from "../ui/Button.tsx";

/** Where a risk or measure drafted from a learning session came from (server/learning/source.ts). */
export interface LearningSourceData {
  sessionId: string;
  roomId: string;
  roomTitle: { sv: string; en: string } | null;
  startedAt: string;
  groupName: string;
  unitName: string | null;
}

/** "From the learning room X, 23 November 2026 (group)" with a link to the session's notes. */
export function LearningSource({ source }: { source: LearningSourceData }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { organisation } = useOrganisation();
  const room = source.roomTitle?.[i18n.language === "en" ? "en" : "sv"] ?? source.roomId;
  const group = [source.unitName, source.groupName].filter(Boolean).join(", ");
  return (
    <span>
      {t("learning.source", { room, date: format.date(source.startedAt) })}
      {group ? ` (${group})` : null}{" "}
      <TextLink href={`/o/${organisation.id}/larande/sessioner/${source.sessionId}/sammanfattning`}>
        {t("learning.sourceLink")}
      </TextLink>
    </span>
  );
}
