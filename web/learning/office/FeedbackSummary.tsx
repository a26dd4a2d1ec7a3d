import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format.ts";
import type { Evidence } from "../types.ts";

type EvidenceRoom = Evidence["rooms"][number];

/**
 * A room's anonymous feedback: the average, how the ratings 1–5 spread (a table with bars)
 * and the comments. Nothing is shown until enough have answered that no one can be traced.
 */
export function FeedbackSummary({ room, headingId }: { room: EvidenceRoom; headingId: string }) {
  const { t } = useTranslation("learning");
  const format = useFormat();
  const decimal = useMemo(
    () =>
      new Intl.NumberFormat(format.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [format.locale],
  );
  const percent = useMemo(
    () => new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 0 }),
    [format.locale],
  );
  const { feedback } = room;
  const feedbackId = `${headingId}-feedback`;

  return (
    <section className="evidence-feedback" aria-labelledby={feedbackId}>
      <h4 id={feedbackId}>{t("feedback.heading")}</h4>
      {feedback.count === 0 ? (
        <p>{t("feedback.none")}</p>
      ) : feedback.suppressed || feedback.average === null || !feedback.distribution ? (
        <p>
          {t("feedback.suppressed")}{" "}
          <span className="muted">{t("feedback.answers", { count: feedback.count })}</span>
        </p>
      ) : (
        <>
          <p className="evidence-feedback__average">
            {t("feedback.average", {
              average: decimal.format(feedback.average),
              count: feedback.count,
            })}
          </p>
          <table className="rating-table">
            <caption className="visually-hidden">
              {t("feedback.distributionCaption", { title: room.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("feedback.rating")}</th>
                <th scope="col" className="numeric">
                  {t("feedback.count")}
                </th>
                <th scope="col">{t("feedback.share")}</th>
              </tr>
            </thead>
            <tbody>
              {[5, 4, 3, 2, 1].map((rating) => {
                const count = feedback.distribution?.[rating - 1] ?? 0;
                const share = feedback.count > 0 ? count / feedback.count : 0;
                return (
                  <tr key={rating}>
                    <th scope="row">{t(`feedback.ratings.${rating}`)}</th>
                    <td className="numeric">{format.number(count)}</td>
                    <td>
                      <span className="rating-table__share">
                        <span className="rating-table__bar" aria-hidden="true">
                          <span style={{ width: `${Math.round(share * 100)}%` }} />
                        </span>
                        {percent.format(share)}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {room.comments.length > 0 ? (
        <>
          <h5 className="evidence-feedback__comments-heading">
            {t("feedback.comments", { count: room.comments.length })}
          </h5>
          <ul className="evidence-comments">
            {room.comments.map((comment, index) => (
              // Anonymous comments have no id; the list only changes with a new load.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index}>
                <blockquote>{comment.text}</blockquote>
                <p className="muted">
                  {t("feedback.givenOn", { date: format.date(comment.givenOn) })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
