/** Limits that the forms in the browser and the server share, so the two can never disagree. */

/** The longest email address (RFC 5321's path limit). */
export const EMAIL_MAX = 254;
/** Password length in characters (code points). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
