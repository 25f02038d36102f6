/**
 * The hatch that gap areas are filled with, defined once in the page so the map's SVG paths
 * (`.gap-area { fill: url(#gap-hatch) }`) and the legend's swatch can both use it.
 */
export function HatchPattern() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        <pattern id="gap-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="rgba(255,255,255,0.35)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8c2d04" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  );
}

/** A legend swatch filled with the hatch. */
export function HatchSwatch() {
  return (
    <svg className="swatch" width="24" height="16" aria-hidden="true" focusable="false">
      <rect width="24" height="16" fill="url(#gap-hatch)" stroke="#1b1b1b" />
    </svg>
  );
}
