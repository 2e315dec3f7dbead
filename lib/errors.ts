// Typed domain errors, mapped once to what the user sees in lib/action.ts.
// Messages are keys under "refusals" (or, for the few shown without the server, "errors").

export class DomainError extends Error {
  constructor(
    readonly code: "unauthenticated" | "forbidden" | "not_found" | "conflict" | "validation",
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "forbidden") {
    super("forbidden", message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "notFound") {
    super("not_found", message);
  }
}

/** Someone saved in between: carries the current values so the form can show them. */
export class ConflictError extends DomainError {
  constructor(
    readonly current: Record<string, unknown>,
    message = "conflict",
  ) {
    super("conflict", message);
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = "validation",
  ) {
    super("validation", message);
  }
}
