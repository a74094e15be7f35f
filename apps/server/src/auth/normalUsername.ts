/**
 * Usernames do not depend on case: "East-Manager" signs in as east-manager. Stored, looked up
 * and counted for the lockout in lower case.
 */
export function normalUsername(username: string): string {
  return username.toLowerCase();
}
