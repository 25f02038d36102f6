/**
 * Headers sent with every page: no framing, no MIME sniffing, a strict referrer policy, and a
 * Content-Security-Policy under which only same-origin scripts and the inline scripts Remix writes with
 * this response's nonce may run. Styles still allow inline style attributes (React's `style` props and
 * Leaflet's positioning need them). Map tiles, when a tile URL is configured, are allowed as images.
 */
export function securityHeaders(nonce?: string): Record<string, string> {
  const tileOrigin = tileOriginOf(process.env.MAP_TILE_URL);
  return {
    "Content-Security-Policy": [
      "default-src 'self'",
      nonce ? `script-src 'self' 'nonce-${nonce}'` : "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ""}`,
      "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}

function tileOriginOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    // Tile templates look like https://{s}.tile.example/{z}/{x}/{y}.png
    const u = new URL(url.replace(/\{s\}\./, ""));
    return url.includes("{s}.") ? `${u.protocol}//*.${u.host}` : u.origin;
  } catch {
    return null;
  }
}
