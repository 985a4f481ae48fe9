/**
 * The client's address as the server saw it, passed to better-auth and to the pages in one
 * header that the server sets and no client can choose: server/main.ts replaces whatever a
 * client sent under this name with Express's `req.ip` (which follows X-Forwarded-For only
 * through the number of proxies TRUST_PROXY names).
 */
export const CLIENT_ADDRESS_HEADER = "x-shelfmates-client-address";
