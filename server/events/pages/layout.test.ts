import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { context } from "./fixtures.test-helper.ts";
import { html } from "./html.ts";
import { PAGE_CSS, PAGE_STYLE_HASH, renderLayout } from "./layout.ts";

describe("the document shell", () => {
  const page = (overrides = {}) =>
    renderLayout({ ...context(), ...overrides }, { title: "Sida <1>", main: html`<h1>Sida</h1>` });

  it("escapes the organisation and the page title", () => {
    const markup = page({
      organisation: { name: `Kommun "<b>"`, eventsUrl: `/e/"x"` },
    });
    expect(markup).toContain(
      "<title>Sida &lt;1&gt; – Kommun &quot;&lt;b&gt;&quot; – Aktiva</title>",
    );
    expect(markup).toContain('href="/e/&quot;x&quot;"');
    expect(markup).not.toContain("<b>");
  });

  it("has an inline stylesheet the CSP can allow by hash or nonce, and no style attributes", () => {
    const markup = page();
    const sheet = /<style>([\s\S]*?)<\/style>/.exec(markup)![1]!;
    expect(sheet).toBe(PAGE_CSS);
    expect(PAGE_STYLE_HASH).toBe(`'sha256-${createHash("sha256").update(sheet).digest("base64")}'`);
    expect(page({ styleNonce: "abc" })).toContain('<style nonce="abc">');
    expect(markup).not.toMatch(/\sstyle="/);
    expect(PAGE_CSS).not.toMatch(/@import|url\(|@font-face/);
  });

  it("uses the colours of the design tokens", () => {
    for (const colour of ["#1b2a38", "#005f6b", "#16378a", "#a01d14", "#4a5867"]) {
      expect(PAGE_CSS).toContain(colour);
    }
  });

  it("offers the other language and runs on Aktiva, in English too", () => {
    const markup = page({ locale: "en", languageUrl: "/e/x?lang=sv" });
    expect(markup).toContain('<html lang="en">');
    expect(markup).toContain('<a href="/e/x?lang=sv" lang="sv" hreflang="sv">På svenska</a>');
    expect(markup).toContain("<p>Runs on Aktiva</p>");
    expect(markup).toContain("Skip to content");
  });
});
