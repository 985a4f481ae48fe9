/** The door's part for this feature (see ../use-cases.ts). Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
import type { Bind } from "../use-cases.ts";
import { confirmPetitionSignature, findSignatureByLink } from "./confirm-petition-signature.ts";
import { decideNetworkProposal } from "./decide-network-proposal.ts";
import { findCampaignPage } from "./find-campaign-page.ts";
import { findNetworkPage } from "./find-network-page.ts";
import { getCampaignForOrganiser } from "./get-campaign-for-organiser.ts";
import { getNetworkForOrganiser } from "./get-network-for-organiser.ts";
import { inviteNetworkOrganiser } from "./invite-network-organiser.ts";
import { joinNetwork } from "./join-network.ts";
import { leaveNetwork } from "./leave-network.ts";
import { listNetworkProposals } from "./list-network-proposals.ts";
import { listNetworks } from "./list-networks.ts";
import { acceptOrganiserInvitation, findOrganiserInvitation } from "./organiser-invitation.ts";
import { proposeNetwork } from "./propose-network.ts";
import { removeNetworkOrganiser } from "./remove-network-organiser.ts";
import { saveCampaign } from "./save-campaign.ts";
import { setCampaignStatus } from "./set-campaign-status.ts";
import { setMembershipVisibility } from "./set-membership-visibility.ts";
import { signPetition } from "./sign-petition.ts";
import { updateNetwork } from "./update-network.ts";

export const networkUseCases = (bind: Bind) => ({
  // the directory and a network's page
  listNetworks: bind(listNetworks),
  findNetworkPage: bind(findNetworkPage),
  // members
  joinNetwork: bind(joinNetwork),
  leaveNetwork: bind(leaveNetwork),
  setMembershipVisibility: bind(setMembershipVisibility),
  // proposing, and the administrators' decision
  proposeNetwork: bind(proposeNetwork),
  listNetworkProposals: bind(listNetworkProposals),
  decideNetworkProposal: bind(decideNetworkProposal),
  // organisers
  getNetworkForOrganiser: bind(getNetworkForOrganiser),
  updateNetwork: bind(updateNetwork),
  inviteNetworkOrganiser: bind(inviteNetworkOrganiser),
  findOrganiserInvitation: bind(findOrganiserInvitation),
  acceptOrganiserInvitation: bind(acceptOrganiserInvitation),
  removeNetworkOrganiser: bind(removeNetworkOrganiser),
  // campaigns and petitions (signing needs no account)
  getCampaignForOrganiser: bind(getCampaignForOrganiser),
  saveCampaign: bind(saveCampaign),
  setCampaignStatus: bind(setCampaignStatus),
  findCampaignPage: bind(findCampaignPage),
  signPetition: bind(signPetition),
  findSignatureByLink: bind(findSignatureByLink),
  confirmPetitionSignature: bind(confirmPetitionSignature),
});
