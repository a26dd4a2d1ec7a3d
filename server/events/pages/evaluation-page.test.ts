import { describe, expect, it } from "vitest";
import { validateEvaluation } from "../../../core/events/evaluation.ts";
import { renderEvaluationForm } from "./evaluation-page.ts";
import { context, sampleEvent } from "./fixtures.test-helper.ts";
import { blockAround, elementText, tagWithId, textOf } from "./test-support.test-helper.ts";

const event = sampleEvent();
const actions = { submit: "/u/tok" };

describe("the evaluation form", () => {
  it("asks the grade questions as radio groups 1–5 with the scale's words, the rest as text", () => {
    const markup = renderEvaluationForm({ ...context(), event, actions });
    expect(markup).toContain('<form class="form" method="post" action="/u/tok"');
    expect(markup.match(/<h1[\s>]/g)).toHaveLength(1);
    const overall = textOf(blockAround(markup, "f-overall-legend"));
    expect(overall).toContain("Vad tycker du om utbildningen som helhet? (frivilligt)");
    expect(overall).toContain("1 – Mycket dålig 2 3 4 5 – Mycket bra");
    for (const grade of [1, 2, 3, 4, 5]) {
      expect(tagWithId(markup, `f-overall-${grade}`)).toContain(
        `type="radio" id="f-overall-${grade}" name="overall" value="${grade}"`,
      );
    }
    expect(tagWithId(markup, "f-best")).toMatch(/^<textarea[^>]*name="best"/);
    expect(tagWithId(markup, "f-improve")).toMatch(/^<textarea[^>]*name="improve"/);
    expect(textOf(markup)).toContain("Dina svar sparas utan ditt namn");
    expect(textOf(/<button[\s\S]*?<\/button>/.exec(markup)![0])).toBe("Skicka utvärderingen");
  });

  it("fills in what was posted and shows the problems at the fields and in the summary", () => {
    const values = { overall: "9", usefulness: "4", best: "Övningarna <3" };
    const result = validateEvaluation(values);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const markup = renderEvaluationForm({
      ...context(),
      event,
      actions,
      form: { values, problems },
    });
    expect(markup).toContain("<title>Fel: Utvärdering: Aktiva åtgärder i praktiken");
    expect(tagWithId(markup, "f-usefulness-4")).toContain("checked");
    expect(markup).not.toMatch(/id="f-overall-\d"[^>]*checked/);
    expect(markup).toContain(">Övningarna &lt;3</textarea>");
    expect(elementText(markup, "f-overall-error")).toContain("Välj ett betyg från 1 till 5");
    expect(markup).toContain('<a href="#f-overall-1">');
    expect(markup).toMatch(/<div class="error-summary" role="alert" tabindex="-1" autofocus/);
  });

  it("speaks English", () => {
    const markup = renderEvaluationForm({ ...context("en"), event, actions });
    expect(textOf(markup)).toContain("1 – Very poor 2 3 4 5 – Very good");
    expect(textOf(markup)).toContain("Send the evaluation");
  });
});
