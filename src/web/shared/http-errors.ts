import { data } from "react-router";
import type { UseCaseError } from "../../use-cases/result.ts";

/** Not found and forbidden look the same to outsiders, so nobody learns what exists. */
export function notFound(): never {
  throw data({ code: "not_found" }, { status: 404 });
}

export function forbidden(): never {
  throw data({ code: "forbidden" }, { status: 403 });
}

/** Maps a use-case error that a page cannot show beside a field to an HTTP error. */
export function throwUseCaseError(error: UseCaseError): never {
  switch (error.code) {
    case "not_found":
      notFound();
    // falls through (notFound never returns)
    case "forbidden":
      forbidden();
    // falls through
    default:
      throw data({ code: error.code }, { status: error.code === "invalid" ? 400 : 409 });
  }
}
