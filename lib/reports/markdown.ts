import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { MAX_REPORT_TEXT } from "./schemas";

// A report's text is stored as the chair typed it (Markdown) and turned into HTML only to be
// shown: marked renders it, then sanitize-html keeps an allow-list and drops everything else.
// Every rendering goes through renderMarkdown, so a stored text can never reach a page raw.
//
// What survives: headings (moved two levels down, under the page's own h1 and h2), paragraphs,
// emphasis, strike-through, lists, block quotes, code, rules, line breaks, tables, and links to
// http, https and mailto addresses only (no relative or protocol-relative link, no
// javascript:, data:, vbscript: or any other scheme, however it is spelled or encoded).
// Images are not shown: a report's illustrations are attachments, and a picture fetched from
// elsewhere would tell a third party who reads the report; an image's alternative text stays.
// No script, style, iframe, object, form, svg or math element, no attribute but a link's
// address and title and a list's start, and no HTML comment.

const markdown = new Marked({ gfm: true, breaks: false, async: false });

const headingShift: Record<string, string> = {
  h1: "h3",
  h2: "h4",
  h3: "h5",
  h4: "h6",
  h5: "h6",
  h6: "h6",
};

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "em",
    "strong",
    "del",
    "s",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  allowedStyles: {},
  allowVulnerableTags: false,
  // The content of these goes with them (the text of the others stays, as plain text).
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "template",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "select",
  ],
  disallowedTagsMode: "discard",
  transformTags: {
    ...Object.fromEntries(
      Object.entries(headingShift).map(([from, to]) => [
        from,
        sanitizeHtml.simpleTransform(to, {}),
      ]),
    ),
    // Links leave no trace of the report behind them and give the page no handle to it.
    // An address without one of the three schemes (relative, protocol-relative, anything
    // else) is dropped here already; the scheme check below is the second line.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      const kept: Record<string, string> = { ...rest, rel: "noopener noreferrer nofollow" };
      if (href && /^(https?:\/\/|mailto:)/i.test(href.trim())) kept.href = href.trim();
      return { tagName, attribs: kept };
    },
    img: (_tagName, attribs) => ({ tagName: "span", attribs: {}, text: attribs.alt ?? "" }),
  },
};

/** Sanitizes HTML to the report allow-list (also used on HTML a Markdown text holds). */
export function sanitizeReportHtml(html: string): string {
  return sanitizeHtml(html, options);
}

/** A report's Markdown as HTML that is safe to put on a page. */
export function renderMarkdown(text: string): string {
  return renderMarkdownChecked(text).html;
}

// What marked itself writes for plain Markdown and the sanitizer drops without loss: a table
// cell's alignment and a code block's language.
const harmlessAttributes: Record<string, string[]> = {
  th: ["align"],
  td: ["align"],
  code: ["class"],
};
const keptAttributes: Record<string, string[]> = { a: ["href", "title"], ol: ["start"] };
const keptTags = new Set([...(options.allowedTags || []), ...Object.keys(headingShift)]);

/**
 * The safe HTML, and whether anything the text holds is left out of it (HTML, an image, a
 * script, a style, an event handler, a link to another kind of address), so the writer can
 * be told while typing rather than find out from the readers.
 */
export function renderMarkdownChecked(text: string): { html: string; removed: boolean } {
  if (!text.trim()) return { html: "", removed: false };
  const source = markdown.parse(text.slice(0, MAX_REPORT_TEXT), { async: false });
  // Comments, CDATA, doctypes and processing instructions are dropped without an opening tag
  // (in marked's output a literal "<!" or "<?" only comes from HTML written in the text).
  let removed = /<[!?]/.test(source);
  const html = sanitizeHtml(source, {
    ...options,
    onOpenTag(name, attribs) {
      if (!keptTags.has(name)) removed = true;
      for (const [attribute, value] of Object.entries(attribs)) {
        if ((harmlessAttributes[name] ?? []).includes(attribute)) continue;
        if (!(keptAttributes[name] ?? []).includes(attribute)) removed = true;
        else if (attribute === "href" && !/^(https?:\/\/|mailto:)/i.test(value.trim()))
          removed = true;
      }
    },
  });
  return { html, removed };
}
