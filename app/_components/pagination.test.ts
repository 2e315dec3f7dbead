import { describe, expect, it } from "vitest";
import { pageCount } from "./pagination";

const hrefFor = (page: number) => `/tasks?status=open&page=${page}`;

/** Where a redirect thrown by next/navigation sends the browser. */
function redirectedTo(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? "";
  }
}

describe("pageCount", () => {
  it("counts the pages, one at least for an empty list", () => {
    expect(pageCount({ page: 1, total: 0, pageSize: 50 }, hrefFor)).toBe(1);
    expect(pageCount({ page: 1, total: 50, pageSize: 50 }, hrefFor)).toBe(1);
    expect(pageCount({ page: 2, total: 51, pageSize: 50 }, hrefFor)).toBe(2);
  });

  it("sends an address past the last page to the last page", () => {
    expect(redirectedTo(() => pageCount({ page: 9, total: 120, pageSize: 50 }, hrefFor))).toBe(
      "/tasks?status=open&page=3",
    );
    expect(redirectedTo(() => pageCount({ page: 2, total: 0, pageSize: 50 }, hrefFor))).toBe(
      "/tasks?status=open&page=1",
    );
    expect(redirectedTo(() => pageCount({ page: 3, total: 120, pageSize: 50 }, hrefFor))).toBe(
      null,
    );
  });
});
