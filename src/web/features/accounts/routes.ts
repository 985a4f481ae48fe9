import { route } from "@react-router/dev/routes";

export const accountRoutes = [
  route("set-language", "features/accounts/set-language.tsx"),
  route("sign-in", "features/accounts/sign-in.tsx"),
  route("signed-in", "features/accounts/signed-in.tsx"),
  route("sign-up", "features/accounts/sign-up.tsx"),
  route("sign-out", "features/accounts/sign-out.tsx"),
  route("forgot-password", "features/accounts/forgot-password.tsx"),
  route("reset-password", "features/accounts/reset-password.tsx"),
  route("account", "features/accounts/account.tsx"),
];
