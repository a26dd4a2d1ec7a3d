import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { RoomStep } from "../types.ts";

/**
 * The step's own content: the film (with captions and a text version) or, without a film, the
 * scene told as illustrated text; the step's text; the sources of facts.
 */
export function StepContent({ step, locale }: { step: RoomStep; locale: "sv" | "en" }) {
  const { t } = useTranslation("learningSession");
  return (
    <>
      {step.type === "film" && step.video ? (
        <Film video={step.video} title={step.title} locale={locale} />
      ) : null}
      {step.illustration && !(step.type === "film" && step.video) ? (
        <Scene text={step.illustration.alt} />
      ) : step.type === "film" && !step.video ? (
        // A film step without a film and without a described scene still never shows an
        // empty player: the text below tells the scene.
        <Scene text={null} />
      ) : null}
      <Prose html={step.html} />
      {step.sources.length > 0 ? (
        <section className="session-sources" aria-labelledby={`sources-${step.id}`}>
          <h3 id={`sources-${step.id}`}>{t("step.sources")}</h3>
          <ul>
            {step.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url}>{source.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Our own content as HTML; links to other rooms stay inside the app. */
export function Prose({ html, className }: { html: string; className?: string }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    const link = (event.target as HTMLElement).closest("a");
    const href = link?.getAttribute("href");
    if (href?.startsWith("/o/")) {
      event.preventDefault();
      navigate(href);
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only lets the links inside navigate in the app
    // biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a link inside fires the same click
    <div
      className={className ?? "session-prose"}
      onClick={onClick}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own content, rendered from Markdown on the server
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Film({
  video,
  title,
  locale,
}: {
  video: NonNullable<RoomStep["video"]>;
  title: string;
  locale: "sv" | "en";
}) {
  const { t } = useTranslation("learningSession");
  return (
    <div className="session-film">
      <video
        controls
        preload="metadata"
        src={video.src}
        aria-label={t("step.filmLabel", { title })}
      >
        <track
          kind="captions"
          src={video.captions}
          srcLang={locale}
          label={t(`step.captionsLabel.${locale}`)}
          default
        />
      </video>
      <details className="session-transcript">
        <summary>{t("step.transcript")}</summary>
        <Prose html={video.transcriptHtml} />
      </details>
    </div>
  );
}

/** A scene without a film: a drawn frame and, in words, what the picture shows. */
function Scene({ text }: { text: string | null }) {
  const { t } = useTranslation("learningSession");
  return (
    <div className="session-scene">
      <ScenePictogram />
      <div className="session-scene__text">
        <p className="session-scene__label">{t("step.sceneLabel")}</p>
        <p>{text ?? t("step.sceneInText")}</p>
      </div>
    </div>
  );
}

/** Decorative: a room with three people around a table. */
function ScenePictogram() {
  return (
    <svg
      className="session-scene__picture"
      viewBox="0 0 120 90"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="3" width="114" height="84" rx="8" fill="none" strokeWidth="4" />
      <circle cx="32" cy="34" r="9" />
      <circle cx="60" cy="28" r="9" />
      <circle cx="88" cy="34" r="9" />
      <path d="M18 66c0-10 6-17 14-17s14 7 14 17" fill="none" strokeWidth="5" />
      <path d="M46 60c0-10 6-17 14-17s14 7 14 17" fill="none" strokeWidth="5" />
      <path d="M74 66c0-10 6-17 14-17s14 7 14 17" fill="none" strokeWidth="5" />
      <path d="M14 72h92" strokeWidth="5" strokeLinecap="round" />
    </svg>
  );
}

/** What kind of step it is, as shown: a film step without a film is a scene. */
export const stepKind = (step: Pick<RoomStep, "type" | "video">) =>
  step.type === "film" && !step.video ? "scene" : step.type;
