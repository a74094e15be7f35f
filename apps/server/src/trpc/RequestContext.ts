import type { UserRecord } from '@campaign-studio/storage';
import type { AppServices } from '../AppServices.js';

/** How a procedure reads and writes the session cookie, whatever carries the request. */
export interface SessionCookie {
  /** The token the client sent, if any. */
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every procedure gets. The user is looked up only by procedures that need one. */
export interface RequestContext {
  services: AppServices;
  cookie: SessionCookie;
  /** The client's IP address, when the transport knows it: failed logins count per address. */
  clientAddress?: string;
}

/** The context after the `authed` middleware: a signed-in user. */
export interface AuthedContext extends RequestContext {
  user: UserRecord;
}
