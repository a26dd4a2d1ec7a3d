import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../app/title.ts";
import { TextLink } from "../ui/Button.tsx";
import { PageHeading } from "../ui/PageHeading.tsx";

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <PageHeading>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.text")}</p>
      <p>
        <TextLink href="/">{t("notFound.home")}</TextLink>
      </p>
    </>
  );
}
