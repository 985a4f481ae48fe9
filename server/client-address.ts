/**
 * Sets the one header through which better-auth and the pages learn the client's address
 * (src/auth/client-address.ts), replacing any value a client sent under that name. The
 * address is Express's `req.ip`: the connection's peer, or with TRUST_PROXY=n the address
 * the n proxies in front of the app report in X-Forwarded-For; a client's own
 * X-Forwarded-For never counts beyond them.
 */
import type { RequestHandler } from "express";
import { CLIENT_ADDRESS_HEADER } from "../src/auth/client-address.ts";

export function clientAddress(): RequestHandler {
  return (req, _res, next) => {
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? "unknown";
    next();
  };
}
