import { describe, expect, it } from "vitest";
import { escapeHtml, html, paragraphs, SafeHtml, trustedConstant } from "./html.ts";

describe("html", () => {
  it("escapes every interpolated text, so a script tag is shown and never run", () => {
    const title = `<script>alert("x")</script>`;
    expect(html`<h1>${title}</h1>`.toString()).toBe(
      "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>",
    );
  });

  it("escapes quotes in attributes, so a value cannot leave its attribute", () => {
    const value = `" onfocus="alert(1)`;
    const single = `' autofocus onfocus='alert(1)`;
    expect(html`<input value="${value}">`.toString()).toBe(
      `<input value="&quot; onfocus=&quot;alert(1)">`,
    );
    expect(html`<input value='${single}'>`.toString()).toBe(
      `<input value='&#39; autofocus onfocus=&#39;alert(1)'>`,
    );
  });

  it("escapes & < > \" ' and nothing else", () => {
    expect(escapeHtml(`a & b < c > d " e ' f – å`)).toBe(
      "a &amp; b &lt; c &gt; d &quot; e &#39; f – å",
    );
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("keeps markup from another html call, and joins arrays", () => {
    const items = ["<b>", "ok"].map((x) => html`<li>${x}</li>`);
    const result = html`<ul>${items}</ul>`;
    expect(result).toBeInstanceOf(SafeHtml);
    expect(result.toString()).toBe("<ul><li>&lt;b&gt;</li><li>ok</li></ul>");
  });

  it("escapes strings inside arrays too", () => {
    expect(html`${["<i>", html`<i>`]}`.toString()).toBe("&lt;i&gt;<i>");
  });

  it("renders nothing for null, undefined and false, and numbers as text", () => {
    expect(html`[${null}${undefined}${false}${0}${12}]`.toString()).toBe("[012]");
  });

  it("never trusts a string that only looks like markup", () => {
    const fake = { toString: () => "<b>" } as unknown as string;
    expect(html`${fake}`.toString()).toBe("&lt;b&gt;");
    expect(html`${trustedConstant("<b>")}`.toString()).toBe("<b>");
  });

  it("turns text into escaped paragraphs with line breaks", () => {
    expect(paragraphs("One <a>\nline two\r\n\r\nSecond").toString()).toBe(
      "<p>One &lt;a&gt;<br>line two</p><p>Second</p>",
    );
    expect(paragraphs("  ").toString()).toBe("");
  });
});
