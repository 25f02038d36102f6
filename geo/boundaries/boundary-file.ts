/** The public face of geo/boundaries: reading, checking and preparing boundary files of the 22 Welsh authorities. */
export { AREA_MISMATCH_PCT, AREA_WARNING_PCT } from "./areas";
export { BNG_PROJ4 } from "./crs";
export { DISPLAY_DECIMALS, DISPLAY_TOLERANCE_KM2, simplifyForDisplay, type DisplayOptions } from "./display";
export { BoundaryFileError, type BoundaryErrorKey } from "./errors";
export { prepareBoundaryFile, type PrepareBoundaryOptions } from "./prepare-boundary-file";
export { MAX_BOUNDARY_FILE_BYTES } from "./read-file";
export type { AreaDifference, BoundaryFeatureIn, BoundaryFileReport, PreparedBoundarySet } from "./types";
