import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The SSRF rules of a webhook URL, checked at registration and again before every POST on the
 * addresses the name resolves to then (a name that resolved to a public address at registration
 * may resolve to 127.0.0.1 later: DNS rebinding). The POST then connects to the address checked
 * here, never to a second answer. Hosts listed in WEBHOOK_ALLOW_HOSTS are the operator's own and
 * exempt from the address and scheme rules.
 */
export interface CheckedTarget {
  url: URL;
  /** The address to connect to: checked, and pinned for the connection. */
  address: string;
  family: 4 | 6;
}

export class UnsafeUrlError extends Error {}

/** Whether `url`'s host (or host:port) is listed in WEBHOOK_ALLOW_HOSTS. */
function allowListed(url: URL, allowHosts: readonly string[]): boolean {
  const hostname = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return allowHosts.some((entry) => entry === hostname || entry === `${hostname}:${port}` || entry === url.host.toLowerCase());
}

/**
 * Only globally routable unicast addresses: ipaddr.js classifies every special range (private,
 * loopback, link-local, unique-local, multicast, unspecified, carrier-grade NAT, documentation,
 * 6to4/Teredo tunnels that may embed a private address…) as something other than 'unicast'. An
 * IPv4-mapped IPv6 address is judged as the IPv4 address it maps.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The URL's syntax: https, no credentials; a reason naming what is wrong, or the parsed URL. */
export function parseWebhookUrl(raw: string, allowHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('not an absolute URL');
  }
  if (raw.length > 2000) throw new UnsafeUrlError('longer than 2000 characters');
  if (url.username || url.password)
    throw new UnsafeUrlError('must not carry credentials (user:password@); authenticate with the signature');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowListed(url, allowHosts)))
    throw new UnsafeUrlError(`must be https (http only for a host listed in WEBHOOK_ALLOW_HOSTS), got ${url.protocol.replace(':', '')}`);
  if (url.hash) throw new UnsafeUrlError('must not carry a #fragment');
  return url;
}

/**
 * The address to connect to, after the checks: for a listed host, its first address; otherwise
 * every address the name resolves to must be public (one private answer among public ones is
 * refused: the client may be handed either).
 */
export async function checkWebhookTarget(raw: string, allowHosts: readonly string[]): Promise<CheckedTarget> {
  const url = parseWebhookUrl(raw, allowHosts);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let answers: { address: string; family: number }[];
  if (isIP(host)) answers = [{ address: host, family: isIP(host) }];
  else {
    try {
      answers = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new UnsafeUrlError(`its host ${host} does not resolve`);
    }
  }
  if (answers.length === 0) throw new UnsafeUrlError(`its host ${host} does not resolve`);
  if (!allowListed(url, allowHosts)) {
    const refused = answers.find((a) => !isPublicAddress(a.address));
    if (refused)
      throw new UnsafeUrlError(
        `its host ${host} is (or resolves to) ${refused.address}, a ${ipaddr.isValid(refused.address) ? ipaddr.process(refused.address).range() : 'invalid'} address; only public addresses may be reached unless the host is listed in WEBHOOK_ALLOW_HOSTS`,
      );
  }
  const chosen = answers[0]!; // at least one, checked above
  return { url, address: chosen.address, family: chosen.family === 6 ? 6 : 4 };
}
