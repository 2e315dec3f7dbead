import { getDb } from "@/db/client";
import { getViewer } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { downloadDisposition } from "@/lib/reports/attachment-types";
import { getAttachmentDownload } from "@/lib/reports/queries";

// A report's attachment, only ever as a download: the browser is told not to guess its type
// and not to show it in the page's origin (sandboxed, no script), whatever the file holds.
// Who may read it is decided by the query (the report's own rule).
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; attachmentId: string }> },
) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first", { status: 401 });
  const { id, attachmentId } = await params;
  try {
    const file = await getAttachmentDownload(await getDb(), viewer, id, attachmentId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.mediaType,
        "Content-Length": String(file.content.byteLength),
        "Content-Disposition": downloadDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
        ETag: `"${file.sha256}"`,
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError)
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
