import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "@/db/client";
import { auditLog, reportAttachments } from "@/db/schema";
import { executeAction } from "@/lib/action";
import type { Viewer } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { createTestDatabase } from "@/tests/database";
import { viewerFor } from "@/tests/viewers";
import { addAttachment } from "./add-attachment";
import { checkAttachment, cleanFileName, downloadDisposition } from "./attachment-types";
import { getAttachmentDownload } from "./queries";
import { removeAttachment } from "./remove-attachment";
import { submitReport } from "./submit-report";
import { bodyIdOf, planSeventh, reportOf, request, save } from "./test-support";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, "test-files", name)));

/** A small but real PDF (the numbered line makes each one a different file). */
const pdf = (n = 1) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n% copy ${n}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );

/** A Word 97–2003 document as far as the check reads it: a Compound File holding "WordDocument". */
function legacyWord(stream = "WordDocument") {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(new Uint8Array(Buffer.from(stream, "utf16le")), 1024);
  return bytes;
}

/** A Windows program: the "MZ" header and a PE signature. */
function executable() {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a]);
  bytes.set([0x80, 0, 0, 0], 0x3c);
  bytes.set([0x50, 0x45, 0, 0], 0x80);
  return bytes;
}

const file = (bytes: Uint8Array, name: string) => new File([Buffer.from(bytes)], name);

describe("checking an attachment by its content", () => {
  const cases: [string, Uint8Array, string, string | null][] = [
    ["a PDF", pdf(), "annex.pdf", "application/pdf"],
    [
      "a Word document",
      fixture("annex.docx"),
      "annex.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    [
      "an Excel workbook",
      fixture("figures.xlsx"),
      "figures.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    [
      "an OpenDocument text",
      fixture("notes.odt"),
      "notes.odt",
      "application/vnd.oasis.opendocument.text",
    ],
    ["a Word 97–2003 document", legacyWord(), "old.doc", "application/msword"],
    ["a real PDF file", fixture("annex.pdf"), "Annexe — résumé.PDF", "application/pdf"],
    [
      "plain UTF-8 text",
      new TextEncoder().encode("Ordre du jour : réunion à New York.\n"),
      "agenda.txt",
      "text/plain; charset=utf-8",
    ],
  ];
  for (const [what, bytes, name, mediaType] of cases) {
    it(`accepts ${what}`, async () => {
      expect(await checkAttachment(name, bytes)).toMatchObject({ ok: true, mediaType });
    });
  }

  const refusals: [string, Uint8Array, string, string][] = [
    ["a program renamed .pdf", executable(), "report.pdf", "attachmentContentMismatch"],
    ["a program renamed .txt", executable(), "notes.txt", "attachmentContentMismatch"],
    ["a program under its own name", executable(), "setup.exe", "attachmentTypeNotAllowed"],
    [
      "a spreadsheet renamed .docx",
      fixture("figures.xlsx"),
      "annex.docx",
      "attachmentContentMismatch",
    ],
    [
      "a Word document renamed .xlsx",
      fixture("annex.docx"),
      "figures.xlsx",
      "attachmentContentMismatch",
    ],
    ["a PDF renamed .odt", pdf(), "notes.odt", "attachmentContentMismatch"],
    [
      "a Compound File that is not a Word document",
      legacyWord("SummaryInformation"),
      "old.doc",
      "attachmentContentMismatch",
    ],
    ["text with a NUL byte", new Uint8Array([0x61, 0x00, 0x62]), "a.txt", "attachmentTextInvalid"],
    [
      "text that is not UTF-8",
      new Uint8Array([0x61, 0xff, 0xfe, 0x62]),
      "a.txt",
      "attachmentTextInvalid",
    ],
    [
      "an HTML page",
      new TextEncoder().encode("<html><script>x</script></html>"),
      "page.html",
      "attachmentTypeNotAllowed",
    ],
    [
      "an SVG image",
      new TextEncoder().encode("<svg></svg>"),
      "map.svg",
      "attachmentTypeNotAllowed",
    ],
    ["a file without an ending", pdf(), "annex", "attachmentTypeNotAllowed"],
    ["an empty file", new Uint8Array(), "empty.pdf", "attachmentEmpty"],
    ["a file with no name", pdf(), "  ", "attachmentNameInvalid"],
  ];
  for (const [what, bytes, name, reason] of refusals) {
    it(`refuses ${what}`, async () => {
      expect(await checkAttachment(name, bytes)).toEqual({ ok: false, reason });
    });
  }

  it("refuses a file over 10 MB", async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(pdf());
    expect(await checkAttachment("big.pdf", big)).toEqual({
      ok: false,
      reason: "attachmentTooLarge",
    });
  });

  it("keeps a file's name without folders or control characters", () => {
    expect(cleanFileName("C:\\Users\\ana\\annex.pdf")).toBe("annex.pdf");
    expect(cleanFileName("../../etc/annex.pdf")).toBe("annex.pdf");
    expect(cleanFileName("an\u0000nex\r\n.pdf")).toBe("annex.pdf");
    expect(cleanFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
    expect(cleanFileName(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("names the download safely, whatever the file is called", () => {
    expect(downloadDisposition("annex.pdf")).toBe(
      `attachment; filename="annex.pdf"; filename*=UTF-8''annex.pdf`,
    );
    expect(downloadDisposition('Annexe "résumé"; x=1.pdf')).toBe(
      `attachment; filename="Annexe _resume__ x=1.pdf"; filename*=UTF-8''Annexe%20%22r%C3%A9sum%C3%A9%22%3B%20x%3D1.pdf`,
    );
    expect(downloadDisposition("报告.pdf")).toMatch(
      /^attachment; filename="\.pdf"; filename\*=UTF-8''%E6/,
    );
  });
});

describe("attachments of a report", () => {
  let database: Database;
  let db: Db;
  let secretariat: Viewer;
  let chair: Viewer;
  let reportId = "";
  let bodyId = "";
  let meetingId = "";

  const attach = (viewer: Viewer, bytes: Uint8Array, name: string) =>
    executeAction(addAttachment, { db, viewer, input: { reportId, file: file(bytes, name) } });
  const attached = async () =>
    (
      await db
        .select({ n: count() })
        .from(reportAttachments)
        .where(eq(reportAttachments.reportId, reportId))
    )[0]?.n ?? 0;
  const audits = async () => (await db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    secretariat = await viewerFor(db, "secretariat");
    chair = await viewerFor(db, "chairPeacekeeping");
    meetingId = await planSeventh(db, secretariat);
    bodyId = await bodyIdOf(db, "wg-peacekeeping");
    await request(db, secretariat, meetingId, [bodyId]);
    reportId = (await reportOf(db, bodyId, meetingId)).id;
    const saved = await save(db, chair, reportId);
    if (!saved.ok) throw new Error("save");
  });
  afterAll(async () => database.close());

  it("stores a PDF in the database and gives it back, byte for byte, under the report's rule", async () => {
    const bytes = fixture("annex.pdf");
    const result = await attach(chair, bytes, "peacekeeping-annex.pdf");
    expect(result).toMatchObject({ ok: true, data: { fileName: "peacekeeping-annex.pdf" } });
    const [row] = await db
      .select()
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, reportId));
    expect(row).toMatchObject({
      fileName: "peacekeeping-annex.pdf",
      mediaType: "application/pdf",
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: chair.id,
    });
    const download = await getAttachmentDownload(db, chair, reportId, row?.id ?? "");
    expect(Buffer.compare(download.content, Buffer.from(bytes))).toBe(0);
    expect((await getAttachmentDownload(db, secretariat, reportId, row?.id ?? "")).size).toBe(
      bytes.byteLength,
    );
    // A draft's attachments are the body's and the secretariat's only.
    for (const role of ["chairDisarmament", "focalAu", "participant"] as const) {
      await expect(
        getAttachmentDownload(db, await viewerFor(db, role), reportId, row?.id ?? ""),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    // Not through another report's address either.
    await expect(
      getAttachmentDownload(db, chair, crypto.randomUUID(), row?.id ?? ""),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses, with the reason and without storing anything, what may not be attached", async () => {
    const tries: [Uint8Array, string, string][] = [
      [executable(), "report.pdf", "attachmentContentMismatch"],
      [executable(), "setup.exe", "attachmentTypeNotAllowed"],
      [fixture("annex.pdf"), "again.pdf", "attachmentDuplicate"],
      [new Uint8Array([0x61, 0x00]), "notes.txt", "attachmentTextInvalid"],
      [
        (() => {
          const big = new Uint8Array(11 * 1024 * 1024);
          big.set(pdf());
          return big;
        })(),
        "big.pdf",
        "attachmentTooLarge",
      ],
    ];
    for (const [bytes, name, reason] of tries) {
      const before = [await attached(), await audits()];
      const result = await attach(chair, bytes, name);
      expect(result).toMatchObject({
        ok: false,
        code: "validation",
        formError: reason,
        fieldErrors: { file: [reason] },
      });
      expect([await attached(), await audits()]).toEqual(before);
    }
    const noFile = await executeAction(addAttachment, {
      db,
      viewer: chair,
      input: { reportId, file: "annex.pdf" },
    });
    expect(noFile).toMatchObject({ ok: false, fieldErrors: { file: ["chooseFile"] } });
  });

  it("lets only the body's chairs attach", async () => {
    for (const role of ["chairDisarmament", "secretariat", "focalAu"] as const) {
      const result = await attach(await viewerFor(db, role), pdf(99), "other.pdf");
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await attached()).toBe(1);
  });

  it("takes five files at most", async () => {
    expect((await attach(chair, fixture("annex.docx"), "annex.docx")).ok).toBe(true);
    expect((await attach(chair, fixture("figures.xlsx"), "figures.xlsx")).ok).toBe(true);
    expect((await attach(chair, fixture("notes.odt"), "notes.odt")).ok).toBe(true);
    expect((await attach(chair, pdf(2), "second.pdf")).ok).toBe(true);
    expect(await attached()).toBe(5);
    const sixth = await attach(chair, pdf(3), "sixth.pdf");
    expect(sixth).toMatchObject({ ok: false, formError: "tooManyAttachments" });
    expect(await attached()).toBe(5);
  });

  it("removes an attachment while the report can be edited, and not after it is submitted", async () => {
    const rows = await db
      .select({ id: reportAttachments.id, fileName: reportAttachments.fileName })
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, reportId));
    const second = rows.find((r) => r.fileName === "second.pdf");
    const other = await executeAction(removeAttachment, {
      db,
      viewer: await viewerFor(db, "chairDisarmament"),
      input: { reportId, attachmentId: second?.id },
    });
    expect(other).toMatchObject({ ok: false, code: "forbidden" });
    const removed = await executeAction(removeAttachment, {
      db,
      viewer: chair,
      input: { reportId, attachmentId: second?.id },
    });
    expect(removed).toMatchObject({ ok: true, data: { removed: "second.pdf" } });
    expect(await attached()).toBe(4);

    const current = await reportOf(db, bodyId, meetingId);
    const submitted = await executeAction(submitReport, {
      db,
      viewer: chair,
      input: { reportId, version: current.version },
    });
    expect(submitted.ok).toBe(true);
    const afterSubmit = await executeAction(removeAttachment, {
      db,
      viewer: chair,
      input: { reportId, attachmentId: rows[0]?.id },
    });
    expect(afterSubmit).toMatchObject({ ok: false, formError: "reportSubmitted" });
    const late = await attach(chair, pdf(4), "late.pdf");
    expect(late).toMatchObject({ ok: false, formError: "reportSubmitted" });
    expect(await attached()).toBe(4);
  });
});
