import { redirect } from "react-router";
import { redirectWithAuthCookies } from "../../shared/auth-response.server.ts";
import type { Route } from "./+types/sign-out";

export async function action({ request, context }: Route.ActionArgs) {
  const response = await context.services.auth.api.signOut({
    headers: request.headers,
    asResponse: true,
  });
  return redirectWithAuthCookies("/", response);
}

export function loader() {
  return redirect("/");
}
