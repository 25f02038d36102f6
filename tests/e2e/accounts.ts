/** Accounts that exist in the browser tests' fresh database (test-only passwords). */
export const E2E_ACCOUNTS = {
  moderator: { email: "moderator@example.org", password: "moderator-pass-1234", role: "moderator" as const },
  admin: { email: "admin@example.org", password: "admin-pass-123456", role: "admin" as const },
};
