/**
 * `TRUST_PROXY` as Fastify's `trustProxy`: unset, empty, `0` or `false` trust no proxy (the
 * default: X-Forwarded-For is ignored); `1` or `true` trust whatever is in front; anything
 * else is a comma-separated list of the proxies' addresses or CIDR ranges, e.g. `10.0.0.0/8`.
 * Behind a proxy it is what lets the login lockout count per client address.
 */
export type TrustProxy = boolean | string[];

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return false;
  if (text === '1' || text.toLowerCase() === 'true') return true;

  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
