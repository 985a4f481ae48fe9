/** The emails of networks, built here and rendered by src/mail/templates/networks. */

/** To the proposer: an administrator approved the network (they organise it now) or declined it. */
export interface NetworkDecidedMessage {
  kind: "network-decided";
  recipientName: string;
  networkName: string;
  approved: boolean;
  /** Why it was declined ("" when approved). */
  reason: string;
  /** The network's page when approved; the proposal form when declined. */
  url: string;
}

/** To an address invited to organise a network with the others. */
export interface NetworkOrganiserInvitationMessage {
  kind: "network-organiser-invitation";
  networkName: string;
  inviterName: string;
  /** The page whose button accepts (once signed in with this verified address). */
  acceptUrl: string;
}

/** To a petition's signer: the link that confirms the signature (it counts only then). */
export interface PetitionConfirmationMessage {
  kind: "petition-confirmation";
  recipientName: string;
  campaignTitle: string;
  networkName: string;
  confirmUrl: string;
}

export type NetworkEmailMessage =
  NetworkDecidedMessage | NetworkOrganiserInvitationMessage | PetitionConfirmationMessage;
