import type { Problem } from "../../../core/events/problems.ts";
import { HONEYPOT_FIELD } from "../../../core/events/registration.ts";
import { html, type SafeHtml } from "./html.ts";
import { pick, t } from "./layout.ts";
import type { FormState, Locale, PostedValue, PostedValues } from "./views.ts";

/**
 * Accessible form fields for the server-rendered forms: a visible label bound to its input, the
 * required or optional mark in words, hints and errors tied to the input with aria-describedby,
 * the posted value filled in again, and an error summary that links to each field.
 *
 * Inputs are named by the same dotted paths core/events uses for problems ("email",
 * "answers.q1"), so a problem finds its field by name. `postedRegistration` turns such a posted
 * body back into the shape `validateRegistration` reads.
 */

/** The element id of a field: "answers.q1" → "f-answers-q1". */
export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const CHECKED = new Set(["on", "true", "yes", "1"]);

function asText(value: PostedValue | PostedValues): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "on" : "";
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : "";
  return "";
}

/**
 * A posted value by field name: flat ("answers.q1"), in brackets ("answers[q1]") or nested
 * ({ answers: { q1 } }); "" when absent.
 */
export function postedValue(values: PostedValues | undefined, name: string): string {
  if (!values) return "";
  if (Object.hasOwn(values, name)) return asText(values[name]);
  const parts = name.split(".");
  const bracketed = `${parts[0]}${parts
    .slice(1)
    .map((p) => `[${p}]`)
    .join("")}`;
  if (Object.hasOwn(values, bracketed)) return asText(values[bracketed]);
  let node: PostedValue | PostedValues = values;
  for (const part of parts) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return "";
    const record = node as PostedValues;
    if (!Object.hasOwn(record, part)) return "";
    node = record[part];
  }
  return asText(node);
}

/**
 * A registration form body as posted (flat "answers.q1" or "answers[q1]" keys) in the shape
 * validateRegistration reads ({ answers: { q1 } }). Other keys are passed on as they are.
 */
export function postedRegistration(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    const match = /^answers(?:\.([^.[\]]+)|\[([^[\]]+)\])$/.exec(key);
    if (match) {
      const text = Array.isArray(value) ? value[0] : value;
      const id = (match[1] ?? match[2])!;
      if (typeof text === "string" && id !== "__proto__") answers[id] = text;
    } else if (key === "answers" && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [id, text] of Object.entries(value)) {
        if (typeof text === "string" && id !== "__proto__") answers[id] = text;
      }
    } else if (key !== "__proto__") {
      out[key] = value;
    }
  }
  out.answers = answers;
  return out;
}

export interface TextFieldOptions {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  type?: "text" | "email";
  autocomplete?: string;
  multiline?: boolean;
  maxLength?: number;
  /** Width in characters, for fields that hold short values. */
  size?: "short";
}

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroupOptions {
  name: string;
  legend: string;
  choices: readonly Choice[];
  required?: boolean;
  hint?: string;
  /** Lay the choices out side by side (yes/no, a grade scale). */
  inline?: boolean;
  /** A numbered scale: side by side, stacked in order on a narrow screen. */
  scale?: boolean;
}

/** Builds the fields of one form and remembers which exist, for the error summary's links. */
export class FormFields {
  readonly #locale: Locale;
  readonly #state: FormState | undefined;
  /** Field name → id of the element the summary links to. */
  readonly #targets = new Map<string, string>();

  constructor(locale: Locale, state?: FormState) {
    this.#locale = locale;
    this.#state = state;
  }

  get hasProblems(): boolean {
    return (this.#state?.problems.length ?? 0) > 0;
  }

  value(name: string): string {
    return postedValue(this.#state?.values, name);
  }

  problemsFor(name: string): Problem[] {
    return (this.#state?.problems ?? []).filter((p) => p.field === name);
  }

  #mark(required: boolean | undefined): SafeHtml {
    return required
      ? html` <span class="req">${t(this.#locale, "(obligatoriskt)", "(required)")}</span>`
      : html` <span class="opt">${t(this.#locale, "(frivilligt)", "(optional)")}</span>`;
  }

  #errors(id: string, problems: Problem[]): SafeHtml | null {
    if (problems.length === 0) return null;
    return html`<p class="error" id="${id}-error">${problems.map(
      (p, i) =>
        html`${i > 0 ? html`<br>` : ""}<span class="visually-hidden">${t(this.#locale, "Fel:", "Error:")} </span>${pick(this.#locale, p.message)}`,
    )}</p>`;
  }

  #describedBy(id: string, hint: string | undefined, invalid: boolean, extra: string[] = []) {
    const ids = [...extra, hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(
      (x): x is string => x !== null,
    );
    return ids.length ? html` aria-describedby="${ids.join(" ")}"` : "";
  }

  text(o: TextFieldOptions): SafeHtml {
    const id = fieldId(o.name);
    this.#targets.set(o.name, id);
    const problems = this.problemsFor(o.name);
    const invalid = problems.length > 0;
    const value = this.value(o.name);
    const attrs = html` id="${id}" name="${o.name}" class="input"${o.required ? html` required` : ""}${
      o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ""
    }${o.maxLength ? html` maxlength="${o.maxLength}"` : ""}${
      invalid ? html` aria-invalid="true"` : ""
    }${this.#describedBy(id, o.hint, invalid)}`;
    const control = o.multiline
      ? html`<textarea${attrs} rows="3">${value}</textarea>`
      : html`<input type="${o.type ?? "text"}"${attrs}${o.type === "email" ? html` spellcheck="false"` : ""} value="${value}">`;
    return html`<div class="field${invalid ? " field--invalid" : ""}">
<label class="field__label" for="${id}">${o.label}${this.#mark(o.required)}</label>
${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ""}
${this.#errors(id, problems)}
${control}
</div>`;
  }

  /** Radio buttons in a fieldset with a legend; the summary links to the first. */
  choices(o: ChoiceGroupOptions): SafeHtml {
    const id = fieldId(o.name);
    this.#targets.set(o.name, `${id}-1`);
    const problems = this.problemsFor(o.name);
    const invalid = problems.length > 0;
    const value = this.value(o.name);
    const legendId = `${id}-legend`;
    return html`<fieldset class="fieldset${invalid ? " fieldset--invalid" : ""}"${this.#describedBy(id, o.hint, invalid)}>
<legend class="fieldset__legend" id="${legendId}">${o.legend}${this.#mark(o.required)}</legend>
${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ""}
${this.#errors(id, problems)}
<div class="choices${o.inline ? " choices--row" : ""}${o.scale ? " choices--scale" : ""}">
${o.choices.map((choice, i) => {
  const choiceId = `${id}-${i + 1}`;
  return html`<div class="choice"><input type="radio" id="${choiceId}" name="${o.name}" value="${choice.value}"${
    value === choice.value ? html` checked` : ""
  }${o.required ? html` required` : ""}${invalid ? html` aria-invalid="true"` : ""}><label for="${choiceId}">${choice.label}</label></div>`;
})}
</div>
</fieldset>`;
  }

  /** One checkbox; `description` is the text the box agrees to, read out with it. */
  checkbox(o: {
    name: string;
    label: string;
    required?: boolean;
    descriptionId?: string;
  }): SafeHtml {
    const id = fieldId(o.name);
    this.#targets.set(o.name, id);
    const problems = this.problemsFor(o.name);
    const invalid = problems.length > 0;
    const checked = CHECKED.has(this.value(o.name));
    const extra = o.descriptionId ? [o.descriptionId] : [];
    return html`<div class="field${invalid ? " field--invalid" : ""}">
${this.#errors(id, problems)}
<div class="choice"><input type="checkbox" id="${id}" name="${o.name}" value="on"${checked ? html` checked` : ""}${
      o.required ? html` required` : ""
    }${invalid ? html` aria-invalid="true"` : ""}${this.#describedBy(id, undefined, invalid, extra)}><label for="${id}">${o.label}${this.#mark(o.required)}</label></div>
</div>`;
  }

  /**
   * The error summary at the top of the form, focused when the page loads: one link per problem
   * to its field. Call after the fields are built, so the links know their targets.
   */
  summary(): SafeHtml | null {
    const problems = this.#state?.problems ?? [];
    if (problems.length === 0) return null;
    const locale = this.#locale;
    const heading =
      problems.length === 1
        ? t(locale, "Det är en sak att rätta innan du skickar", "There is one thing to fix first")
        : t(
            locale,
            `Det är ${problems.length} saker att rätta innan du skickar`,
            `There are ${problems.length} things to fix first`,
          );
    return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${heading}</h2>
<ul>
${problems.map((p) => {
  const target = this.#targets.get(p.field);
  const text = pick(locale, p.message);
  return html`<li>${target ? html`<a href="#${target}">${text}</a>` : text}</li>`;
})}
</ul>
</div>`;
  }

  /**
   * The field only bots fill in: off-screen, hidden from assistive technology, out of the tab
   * order, never autofilled, and labelled for the rare human who meets it anyway.
   */
  honeypot(): SafeHtml {
    const id = fieldId(HONEYPOT_FIELD);
    return html`<div class="hp" aria-hidden="true">
<label for="${id}">${t(this.#locale, "Lämna det här fältet tomt", "Leave this field empty")}</label>
<input type="text" id="${id}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off">
</div>`;
  }
}
