import { eq } from "drizzle-orm";
import { Parser } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { reports } from "@/db/schema";
import { executeQuery } from "@/lib/action";
import { readClock } from "@/lib/clock";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { renderMarkdown, renderMarkdownChecked } from "./markdown";
import { previewReport } from "./preview-report";
import { getReport } from "./queries";
import { bodyIdOf, planSeventh, reportOf, request, save } from "./test-support";

// A hostile corpus: each entry tries to get a script, an event handler, a dangerous address, a
// frame, a style or an object onto the page, in the forms that slipped past sanitizers before.
const hostile: Record<string, string> = {
  scriptTag: "<script>alert('x')</script>",
  scriptUpperCase: "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  scriptSplit: "<scr<script>ipt>alert(1)</scr</script>ipt>",
  nestedBrackets: "<<script>script>alert(1)<</script>/script>",
  imgOnerror: '<img src="x" onerror="alert(1)">',
  markdownImageOnerror: '![x" onerror="alert(1)](https://example.org/a.png)',
  bodyOnload: "<body onload=alert(1)>",
  divOnmouseover: '<div onmouseover="alert(1)">hover</div>',
  javascriptLink: "[click](javascript:alert(1))",
  javascriptMixedCase: "[click](JaVaScRiPt:alert(1))",
  javascriptEntities: "[click](jav&#x61;script:alert(1))",
  javascriptDecimalEntities:
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  javascriptPaddedEntities: "<a href='&#0000106avascript:alert(1)'>x</a>",
  javascriptTab: '<a href="jav&#x09;ascript:alert(1)">x</a>',
  javascriptNewline: '<a href="java&#10;script:alert(1)">x</a>',
  javascriptLeadingSpace: '<a href=" javascript:alert(1)">x</a>',
  javascriptAutolink: "<javascript:alert(1)>",
  vbscript: "[x](vbscript:msgbox(1))",
  dataLink: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  dataLinkHtml: '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  dataImage: '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
  protocolRelative: "[x](//evil.example/steal)",
  iframe: '<iframe src="https://evil.example"></iframe>',
  iframeSrcdoc: '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  objectEmbed: '<object data="x.swf"></object><embed src="x.swf">',
  styleTag: "<style>body{background:url(javascript:alert(1))}</style>",
  styleAttribute: '<p style="background:url(javascript:alert(1))">styled</p>',
  svgOnload: '<svg onload="alert(1)"><circle r="1"/></svg>',
  svgScript: "<svg><script>alert(1)</script></svg>",
  svgAnimate: '<svg><a><animate attributeName="href" values="javascript:alert(1)"/>x</a></svg>',
  mathXlink: '<math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>',
  commentTrick: "<!-- --><script>alert(1)</script><!-- -->",
  commentInAttribute: '<a href="https://ok.example" title="<!--"><img src=x onerror=alert(1)>-->',
  conditionalComment: "<!--[if IE]><script>alert(1)</script><![endif]-->",
  cdata: "<![CDATA[<script>alert(1)</script>]]>",
  formAction: '<form action="javascript:alert(1)"><button>go</button></form>',
  inputAutofocus: '<input autofocus onfocus="alert(1)">',
  metaRefresh: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  baseHref: '<base href="javascript:alert(1)//">',
  linkStylesheet: '<link rel="stylesheet" href="https://evil.example/x.css">',
  templateTag: "<template><script>alert(1)</script></template>",
  noscriptTrick: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  markdownLinkTitle: '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  htmlInTable: "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
  codeFenceHtml: "```html\n<script>alert(1)</script>\n```",
};

/** Markup that must never appear as markup (escaped as text, "&lt;script", it is harmless). */
const forbiddenMarkup = [
  /<script/i,
  /<style/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<svg/i,
  /<math/i,
  /<img/i,
  /<form/i,
  /<input/i,
  /<meta/i,
  /<base/i,
  /<link/i,
  /<template/i,
  /<!--/,
];

const allowedTags = new Set(
  "h3 h4 h5 h6 p br hr em strong del s ul ol li blockquote code pre a table thead tbody tr th td span".split(
    " ",
  ),
);
const allowedAttributes: Record<string, string[]> = { a: ["href", "title", "rel"], ol: ["start"] };

/**
 * What is wrong with the rendered HTML, read as a browser would (htmlparser2, the parser the
 * sanitizer itself uses): an element or attribute outside the allow-list, an address that is
 * not http, https or mailto, a comment, or forbidden markup in the text.
 */
function harmless(html: string): string[] {
  const problems = forbiddenMarkup.filter((p) => p.test(html)).map(String);
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!allowedTags.has(name)) problems.push(`element ${name}`);
      for (const [attribute, value] of Object.entries(attributes)) {
        if (!(allowedAttributes[name] ?? []).includes(attribute))
          problems.push(`attribute ${name}.${attribute}`);
        if (attribute === "href" && !/^(https?:\/\/|mailto:)/i.test(value))
          problems.push(`address ${value}`);
      }
    },
    oncomment(comment) {
      problems.push(`comment ${comment}`);
    },
  });
  parser.write(html);
  parser.end();
  return problems;
}

describe("the Markdown of a report, rendered", () => {
  it("keeps the writing: headings under the page's own, emphasis, lists, quotes, code, tables, links", () => {
    const html = renderMarkdown(
      [
        "# Findings",
        "## Details",
        "Some *emphasis*, **strength** and ~~a change~~.",
        "- one\n- two",
        "3. three\n4. four",
        "> quoted",
        "`inline` code",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "[UN](https://www.un.org/ 'United Nations') and [mail](mailto:secretariat@example.org)",
      ].join("\n\n"),
    );
    expect(html).toContain("<h3>Findings</h3>");
    expect(html).toContain("<h4>Details</h4>");
    expect(html).toContain("<em>emphasis</em>");
    expect(html).toContain("<strong>strength</strong>");
    expect(html).toContain("<del>a change</del>");
    expect(html).toContain("<ul>");
    expect(html).toContain('<ol start="3">');
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<code>inline</code>");
    expect(html).toContain("<td>2</td>");
    expect(html).toContain('href="https://www.un.org/"');
    expect(html).toContain('title="United Nations"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="mailto:secretariat@example.org"');
  });

  it("shows an image's description instead of the image", () => {
    expect(renderMarkdown("![A map of the region](https://example.org/map.png)").trim()).toBe(
      "<p><span>A map of the region</span></p>",
    );
  });

  it("drops relative links (only http, https and mailto addresses lead anywhere)", () => {
    const html = renderMarkdown("[home](/meetings) [up](../x)");
    expect(html).not.toContain("href");
    expect(html).toContain(">home</a>");
  });

  it("says when something written is left out, and only then", () => {
    const plain = [
      "# Title",
      "| left | centre |\n|:---|:---:|\n| 1 | 2 |",
      "```ts\nconst x = 1;\n```",
      "[UN](https://www.un.org/ 'United Nations'), <https://www.un.org/>, secretariat@example.org",
      "1. one\n2. two",
    ].join("\n\n");
    expect(renderMarkdownChecked(plain).removed).toBe(false);
    expect(renderMarkdownChecked("![map](https://example.org/map.png)").removed).toBe(true);
    expect(renderMarkdownChecked("[home](/meetings)").removed).toBe(true);
    expect(renderMarkdownChecked("Text <!-- hidden --> text").removed).toBe(true);
    // A fenced code block shows its HTML as text, and a link's title is text: nothing is left
    // out there. Every other entry of the corpus loses something, and the writer is told.
    const shownAsText = ["codeFenceHtml", "markdownLinkTitle"];
    for (const [name, text] of Object.entries(hostile)) {
      expect(renderMarkdownChecked(text).removed, name).toBe(!shownAsText.includes(name));
    }
  });

  it("is checked by a checker that does catch each kind of payload", () => {
    expect(harmless('<a href="javascript:x">x</a>')).toEqual(["address javascript:x"]);
    expect(harmless('<p onclick="x()">x</p>')).toEqual(["attribute p.onclick"]);
    expect(harmless("<iframe></iframe>")).toContain("element iframe");
    expect(harmless("<!-- x -->")).toContain("comment  x ");
    expect(harmless("&lt;script&gt;")).toEqual([]);
  });

  for (const [name, text] of Object.entries(hostile)) {
    it(`renders the hostile "${name}" harmless`, () => {
      const html = renderMarkdown(text);
      expect(harmless(html), html).toEqual([]);
    });
  }

  it("renders the whole corpus at once harmless", () => {
    const html = renderMarkdown(Object.values(hostile).join("\n\n"));
    expect(harmless(html)).toEqual([]);
    // The words around the markup survive as text.
    expect(html).toContain("hover");
    expect(html).toContain("styled");
  });
});

describe("a hostile report, stored and shown", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it("is stored as written and shown harmless, in the report and in the preview", async () => {
    const db = database.db;
    const secretariat = await viewerFor(db, "secretariat");
    const chair = await viewerFor(db, "chairPeacekeeping");
    const meetingId = await planSeventh(db, secretariat);
    const bodyId = await bodyIdOf(db, "wg-peacekeeping");
    await request(db, secretariat, meetingId, [bodyId]);
    const report = await reportOf(db, bodyId, meetingId);
    const corpus = Object.values(hostile).join("\n\n");
    const saved = await save(db, chair, report.id, { body: corpus });
    expect(saved.ok).toBe(true);

    // The text is kept as the chair wrote it: sanitizing happens on the way to the page.
    const [stored] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(stored?.body).toBe(corpus);

    const shown = await getReport(db, chair, report.id, await readClock(db));
    expect(harmless(shown.html)).toEqual([]);
    expect(shown.html).toContain("hover");

    const preview = await executeQuery(previewReport, {
      db,
      viewer: chair,
      input: { reportId: report.id, body: corpus },
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.data.html).toBe(shown.html);
    expect(preview.data.removed).toBe(true);
    expect(shown.markupRemoved).toBe(true);

    // The preview is for the body's chairs, like the writing.
    const other = await executeQuery(previewReport, {
      db,
      viewer: await viewerFor(db, "chairDisarmament"),
      input: { reportId: report.id, body: corpus },
    });
    expect(other).toMatchObject({ ok: false, code: "forbidden" });
  });
});
