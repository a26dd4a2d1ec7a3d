import { useState } from "react";
import { RadioGroup as AriaRadioGroup, Radio } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api.ts";
import { useOrganisation } from "../../app/organisation.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Button } from "../../ui/Button.tsx";
import { FieldHelp, FieldLabel } from "../../ui/Field.tsx";
import { AppForm, useFormSubmit } from "../../ui/Form.tsx";
import { useFieldError } from "../../ui/formContext.ts";
import { TextField } from "../../ui/TextField.tsx";
import type { Session } from "../types.ts";
import { sessionPath } from "./useSession.ts";

const RATINGS = ["1", "2", "3", "4", "5"] as const;

/**
 * "Vad tyckte ni om rummet?": an anonymous rating and comment. On a shared screen the
 * participants answer one after another; the form starts over after each answer, until
 * everyone who took part has answered.
 */
export function Feedback({ session }: { session: Session }) {
  const { t } = useTranslation("learningSession");
  const { organisation } = useOrganisation();
  const form = useFormSubmit();
  const [count, setCount] = useState(session.feedbackCount);
  const [rating, setRating] = useState("");
  const [comment, setComment] = useState("");
  const [thanks, setThanks] = useState(0);
  const total = session.participantCount;
  const full = count >= total;
  const group = session.mode === "group";
  const labels = { rating: t("feedback.rating"), comment: t("feedback.comment") };

  return (
    <section className="section summary-feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t("feedback.heading")}</h2>
      <p>{group ? t("feedback.introGroup") : t("feedback.introIndividual")}</p>
      {group ? <p className="muted">{t("feedback.count", { count, total })}</p> : null}
      {thanks > 0 ? (
        <Alert key={thanks} tone="success" focusOnMount>
          <p>
            {full
              ? t("feedback.thanksLast")
              : group
                ? t("feedback.thanksNext")
                : t("feedback.thanks")}
          </p>
        </Alert>
      ) : null}
      {full ? (
        thanks > 0 ? null : (
          <p>{group ? t("feedback.fullGroup", { count: total }) : t("feedback.fullIndividual")}</p>
        )
      ) : (
        <AppForm
          form={form}
          labels={labels}
          aria-labelledby="feedback-heading"
          className="feedback-form"
          onSubmit={async () => {
            if (!rating) return { rating: t("feedback.ratingRequired") };
            const answer = await api<{ feedbackCount: number }>(
              sessionPath(organisation.id, session.id, "feedback"),
              { method: "POST", body: { rating: Number(rating), comment: comment.trim() } },
            );
            setCount(answer.feedbackCount);
            setRating("");
            setComment("");
            setThanks((n) => n + 1);
          }}
        >
          <Rating value={rating} onChange={setRating} label={labels.rating} />
          <TextField
            name="comment"
            label={labels.comment}
            description={t("feedback.commentHelp")}
            multiline
            optional
            value={comment}
            onChange={setComment}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" isPending={form.pending}>
              {t("feedback.send")}
            </Button>
          </div>
        </AppForm>
      )}
    </section>
  );
}

function Rating({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
}) {
  const { t } = useTranslation("learningSession");
  const error = useFieldError("rating", undefined);
  return (
    <div data-field="rating">
      <AriaRadioGroup
        className="field"
        name="rating"
        // null, not "": with no choice made the first radio must be reachable with Tab.
        value={value || null}
        onChange={onChange}
        isInvalid={error ? true : undefined}
      >
        <FieldLabel label={label} />
        <FieldHelp description={t("feedback.ratingHelp")} errorMessage={error} />
        <div className="rating-options">
          {RATINGS.map((r) => (
            <Radio key={r} value={r} className="radio rating-option">
              <span className="radio__dot" />
              <span>
                <span className="rating-option__number">{r}</span>{" "}
                <span className="rating-option__label">{t(`feedback.ratings.${r}`)}</span>
              </span>
            </Radio>
          ))}
        </div>
      </AriaRadioGroup>
    </div>
  );
}
