import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
export const networkRoutes: RouteConfigEntry[] = [
  ...prefix("networks", [
    route("", "features/networks/directory/directory.tsx"),
    route("propose", "features/networks/propose.tsx"),
    route("invitations/:invitationId", "features/networks/organise/invitation.tsx"),
    route(":slug", "features/networks/network-page.tsx"),
    route(":slug/organise", "features/networks/organise/organise.tsx"),
    route(":slug/campaigns/new", "features/networks/campaigns/campaign-new.tsx"),
    route(":slug/campaigns/:campaignSlug", "features/networks/campaigns/campaign-page.tsx"),
    route(":slug/campaigns/:campaignSlug/edit", "features/networks/campaigns/campaign-edit.tsx"),
  ]),
  // Opened from the signer's email, without an account.
  route("petitions/confirm/:token", "features/networks/campaigns/signature-confirm.tsx"),
  route("admin/networks", "features/networks/admin/network-proposals.tsx"),
];
