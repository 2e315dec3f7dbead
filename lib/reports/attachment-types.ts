import { fileTypeFromBuffer } from "file-type";
import { type AttachmentExtension, attachmentExtensions, MAX_ATTACHMENT_BYTES } from "./schemas";

// What a report may carry: PDF, Word, Excel, OpenDocument and plain text. The type is read
// from the file's content (file-type) and must agree with the name's ending, so a program
// renamed "report.pdf" is refused, as is a spreadsheet renamed ".docx". The files are served
// back only as downloads (app/(app)/reports/[id]/attachments/[attachmentId]/route.ts).

/** For each ending: the media type we store and serve, and how its content is recognized. */
const kinds: Record<
  AttachmentExtension,
  { mediaType: string; detected: string | null; streams?: string[] }
> = {
  pdf: { mediaType: "application/pdf", detected: "application/pdf" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    detected: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    detected: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  odt: {
    mediaType: "application/vnd.oasis.opendocument.text",
    detected: "application/vnd.oasis.opendocument.text",
  },
  ods: {
    mediaType: "application/vnd.oasis.opendocument.spreadsheet",
    detected: "application/vnd.oasis.opendocument.spreadsheet",
  },
  odp: {
    mediaType: "application/vnd.oasis.opendocument.presentation",
    detected: "application/vnd.oasis.opendocument.presentation",
  },
  // Word 97–2003 and Excel 97–2003 files are Compound File containers, as are installer
  // packages (.msi): the container must also hold Word's or Excel's own stream.
  doc: {
    mediaType: "application/msword",
    detected: "application/x-cfb",
    streams: ["WordDocument"],
  },
  xls: {
    mediaType: "application/vnd.ms-excel",
    detected: "application/x-cfb",
    streams: ["Workbook", "Book"],
  },
  // Plain text has no signature: it must be valid UTF-8 without NUL bytes, and be recognized
  // as nothing else.
  txt: { mediaType: "text/plain; charset=utf-8", detected: null },
};

export type AttachmentRefusal =
  | "attachmentEmpty"
  | "attachmentTooLarge"
  | "attachmentTypeNotAllowed"
  | "attachmentContentMismatch"
  | "attachmentTextInvalid"
  | "attachmentNameInvalid";

export type AttachmentCheck =
  | { ok: true; mediaType: string; fileName: string }
  | { ok: false; reason: AttachmentRefusal };

/** The name as stored: no folder part, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const printable = base.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
  if (printable.length <= 200) return printable;
  const dot = printable.lastIndexOf(".");
  const ending = dot > 0 ? printable.slice(dot) : "";
  return printable.slice(0, 200 - ending.length) + ending;
}

export function extensionOf(fileName: string): AttachmentExtension | null {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) return null;
  const ending = fileName.slice(dot + 1).toLowerCase();
  return (attachmentExtensions as readonly string[]).includes(ending)
    ? (ending as AttachmentExtension)
    : null;
}

function holdsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function isCleanUtf8(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether a report may carry this file, and the media type it is stored and served with. */
export async function checkAttachment(name: string, bytes: Uint8Array): Promise<AttachmentCheck> {
  const fileName = cleanFileName(name);
  if (!fileName || fileName.startsWith(".")) return { ok: false, reason: "attachmentNameInvalid" };
  if (bytes.byteLength === 0) return { ok: false, reason: "attachmentEmpty" };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "attachmentTooLarge" };
  const extension = extensionOf(fileName);
  if (!extension) return { ok: false, reason: "attachmentTypeNotAllowed" };
  const kind = kinds[extension];
  const detected = (await fileTypeFromBuffer(bytes))?.mime ?? null;
  if (kind.detected === null) {
    if (detected !== null) return { ok: false, reason: "attachmentContentMismatch" };
    if (!isCleanUtf8(bytes)) return { ok: false, reason: "attachmentTextInvalid" };
    return { ok: true, mediaType: kind.mediaType, fileName };
  }
  if (detected !== kind.detected) return { ok: false, reason: "attachmentContentMismatch" };
  if (kind.streams && !kind.streams.some((stream) => holdsUtf16Name(bytes, stream))) {
    return { ok: false, reason: "attachmentContentMismatch" };
  }
  return { ok: true, mediaType: kind.mediaType, fileName };
}

/**
 * The Content-Disposition of a download: always "attachment", with an ASCII fallback name
 * and the real one encoded (RFC 6266 / RFC 5987), so no name can break out of the header.
 */
export function downloadDisposition(fileName: string): string {
  const fallback =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;%]/g, "_")
      .trim() || "attachment";
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
