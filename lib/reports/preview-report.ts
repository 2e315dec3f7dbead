import { defineQuery } from "@/lib/action";
import { renderMarkdownChecked } from "./markdown";
import { reportScope } from "./report-scope";
import { previewReportSchema } from "./schemas";

/**
 * The text as the report page will show it (sanitized), while the chair types, and whether
 * anything the text holds is left out; writes nothing.
 */
export const previewReport = defineQuery({
  name: "report.preview",
  schema: previewReportSchema,
  capability: "report.write",
  scope: (input, db) => reportScope(db, input.reportId),
  async run({ input }) {
    return renderMarkdownChecked(input.body);
  },
});
