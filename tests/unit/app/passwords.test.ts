import { describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "../../../app/accounts/passwords.server";

describe("hashPassword", () => {
  it("stores scrypt N=2^15, r=8, p=1 with a 16-byte salt and a 32-byte key", async () => {
    const stored = await hashPassword("correct horse battery staple");
    const [scheme, n, r, p, salt, hash] = stored.split("$");
    expect([scheme, n, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(salt, "base64")).toHaveLength(16);
    expect(Buffer.from(hash, "base64")).toHaveLength(32);
  });

  it("salts every hash afresh, so one password never hashes the same twice", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
  });

  it("keeps the length rules at 10 to 200 characters", () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([10, 200]);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses any other", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("treats composed and decomposed Welsh letters as the same password", async () => {
    const stored = await hashPassword("Tŷ Coch ar y bryn");
    expect(await verifyPassword("Tŷ Coch ar y bryn".normalize("NFD"), stored)).toBe(true);
  });

  it("reads the scrypt parameters from the stored string", async () => {
    // A cheaper hash (N=2^14) made elsewhere still verifies.
    const { scryptSync } = await import("node:crypto");
    const salt = Buffer.from("0123456789abcdef");
    const key = scryptSync("older password", salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const stored = `scrypt$16384$8$1$${salt.toString("base64")}$${key.toString("base64")}`;
    expect(await verifyPassword("older password", stored)).toBe(true);
    expect(await verifyPassword("other password", stored)).toBe(false);
  });

  it("throws on a stored value that is not an scrypt hash, naming the problem", async () => {
    await expect(verifyPassword("x", "plaintext")).rejects.toThrow("Stored password hash is not in the form");
    await expect(verifyPassword("x", "scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==")).rejects.toThrow("N=3");
    await expect(verifyPassword("x", `scrypt$${2 ** 24}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==`)).rejects.toThrow("unsupported scrypt parameters");
  });
});
