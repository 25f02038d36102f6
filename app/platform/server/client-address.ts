/**
 * The client's address as the production server works it out: the socket's peer, or behind
 * TRUST_PROXY trusted proxies the address the farthest of them saw (see fromTrustedHop).
 */
import { isIP } from "node:net";
import { forwardedEntries, fromTrustedHop } from "../request.server";

/**
 * An address as proxies and sockets write it, made plain: IPv4-mapped IPv6 as IPv4, brackets and
 * ports dropped ("[2001:db8::1]:443", "203.0.113.9:5120"). Null when it is not an IP address.
 *
 * @example
 * plainAddress("::ffff:203.0.113.9") // "203.0.113.9"
 * plainAddress("unknown") // null
 */
export function plainAddress(entry: string): string | null {
  let address = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address from the socket's peer and X-Forwarded-For with `hops` trusted proxies in
 * front: the entry the farthest trusted proxy wrote. An entry that is not an address (a proxy
 * that wrote "unknown") gives way to the nearest address after it, so a client can never pick
 * its own. Null when the socket has no address (it has already closed).
 *
 * @example
 * clientAddressOf("127.0.0.1", "6.6.6.6, 203.0.113.9", 1) // "203.0.113.9"
 * clientAddressOf("198.51.100.4", "6.6.6.6", 0) // "198.51.100.4"
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string | null {
  const socket = socketAddress === undefined ? null : plainAddress(socketAddress);
  if (socket === null) return null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const chain = [...forwardedEntries(header), socket];
  // Fewer hops means nearer this server: walk towards the socket until an entry is an address.
  for (let h = hops; h > 0; h--) {
    const address = plainAddress(fromTrustedHop(chain, h));
    if (address !== null) return address;
  }
  return socket;
}
