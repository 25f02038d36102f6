/**
 * Listing in one sitting through the real routes: a draft is its author's alone, its forms answer
 * mistakes with 400 and everything typed, bad addresses get 404, and a moderator's decisions on a
 * listing answer a missing reason with 400 keeping every choice made.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, closeWorld, importAppModules, openWorld, outcome, postRequest, getRequest, replyErrors, type AppModules, type World } from "./harness";

let world: World;
let m: AppModules;
let draftId: number;

beforeAll(async () => {
  world = await openWorld();
  m = await importAppModules();
}, 60_000);

afterAll(() => closeWorld(world));

const organisation = { nameEn: "Bangor Bridges", kind: "community-group", descriptionEn: "Bangor neighbours meeting newcomers.", homeGss: "W06000001" };
const project = { titleEn: "Saturday walks", descriptionEn: "A walk every Saturday.", themes: "community-spaces", areaKind: "authorities", areaGss: "W06000001", endPrecision: "unknown" };

describe("a listing draft through its routes", () => {
  it("starts with the organisation, then takes a project and funding for it, each back to the task list", async () => {
    const editor = world.accounts.editorB;
    const started = await outcome(() => call(m.newOrganisation.action, postRequest("/account/listings/new/organisation", editor, organisation), { id: "new" }));
    expect(started.status).toBe(302);
    draftId = Number(/\/account\/listings\/(\d+)\?saved=organisation$/.exec(started.location ?? "")?.[1]);
    expect(draftId).toBeGreaterThan(0);
    const added = await outcome(() => call(m.draftProject.action, postRequest(`/account/listings/${draftId}/projects/new`, editor, project), { id: String(draftId), key: "new" }));
    expect(added).toMatchObject({ status: 302, location: `/account/listings/${draftId}?saved=project` });
    const page = await outcome(() => call(m.draft.loader, getRequest(`/account/listings/${draftId}`, editor), { id: String(draftId) }));
    expect(page.status).toBe(200);
    const data = page.data as { projects: { key: number; title: string }[]; canSend: boolean };
    expect(data.projects.map((p) => p.title)).toEqual(["Saturday walks"]);
    expect(data.canSend).toBe(true);
  });

  it("answers a form with mistakes with 400, the errors by field and everything typed, saving nothing", async () => {
    const editor = world.accounts.editorB;
    const result = await outcome(() =>
      call(m.draftAward.action, postRequest(`/account/listings/${draftId}/awards/new`, editor, { funderSlug: "", programmeEn: "Grant", amountPounds: "about 9k", projectId: "1" }), { id: String(draftId), key: "new" }),
    );
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)).toMatchObject({ funderSlug: ["form.required"], amountPounds: ["form.amountFormat"] });
    expect((result.data as { initialValue: Record<string, unknown> }).initialValue).toMatchObject({ programmeEn: "Grant", amountPounds: "about 9k" });
    const page = await outcome(() => call(m.draft.loader, getRequest(`/account/listings/${draftId}`, editor), { id: String(draftId) }));
    expect((page.data as { awards: unknown[] }).awards).toEqual([]);
  });

  it("is its author's alone: another editor gets 404 for it, its forms and its buttons", async () => {
    const other = world.accounts.editorA;
    const page = await outcome(() => call(m.draft.loader, getRequest(`/account/listings/${draftId}`, other), { id: String(draftId) }));
    expect(page.status).toBe(404);
    const form = await outcome(() => call(m.draftProject.loader, getRequest(`/account/listings/${draftId}/projects/new`, other), { id: String(draftId), key: "new" }));
    expect(form.status).toBe(404);
    const send = await outcome(() => call(m.draft.action, postRequest(`/account/listings/${draftId}`, other, { intent: "send" }), { id: String(draftId) }));
    expect(send.status).toBe(404);
  });

  it("answers junk in the address with 404 and an unknown button with 400, never 500", async () => {
    const editor = world.accounts.editorB;
    for (const [id, key] of [["abc", "new"], [String(draftId), "x1"], [String(draftId), "999"], ["99999", "new"]]) {
      const result = await outcome(() => call(m.draftProject.loader, getRequest(`/account/listings/${id}/projects/${key}`, editor), { id, key }));
      expect(result.status, `${id}/${key}`).toBe(404);
    }
    const unknown = await outcome(() => call(m.draft.action, postRequest(`/account/listings/${draftId}`, editor, { intent: "publish-now" }), { id: String(draftId) }));
    expect(unknown.status).toBe(400);
  });

  it("sends it as one listing; a moderator turning a part down without a reason gets 400 with the choices kept", async () => {
    const editor = world.accounts.editorB;
    const sent = await outcome(() => call(m.draft.action, postRequest(`/account/listings/${draftId}`, editor, { intent: "send" }), { id: String(draftId) }));
    expect(sent.status).toBe(302);
    const groupId = Number(/sent=(\d+)/.exec(sent.location ?? "")?.[1]);
    const parts = m.submissions.listGroup(world.db, groupId);
    expect(parts.map((p) => p.entity)).toEqual(["organisation", "project"]);

    const moderator = world.accounts.moderator;
    const review = await outcome(() => call(m.review.loader, getRequest(`/moderation/${parts[1].id}`, moderator), { id: String(parts[1].id) }));
    expect(review.data).toMatchObject({ kind: "listing", listing: { groupId, parts: [{ entity: "organisation" }, { entity: "project" }] } });

    const fields = { intent: "decide", [`decision-${parts[0].id}`]: "approve", [`decision-${parts[1].id}`]: "reject", [`reason-${parts[1].id}`]: "" };
    const refused = await outcome(() => call(m.review.action, postRequest(`/moderation/${groupId}`, moderator, fields), { id: String(groupId) }));
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ errors: { [`reason-${parts[1].id}`]: ["moderation.reasonRequired"] }, typed: { [`decision-${parts[1].id}`]: "reject" } });
    expect(m.submissions.listGroup(world.db, groupId).every((p) => p.status === "pending")).toBe(true);

    const decided = await outcome(() =>
      call(m.review.action, postRequest(`/moderation/${groupId}`, moderator, { ...fields, [`reason-${parts[1].id}`]: "Which part of Bangor?" }), { id: String(groupId) }),
    );
    expect(decided).toMatchObject({ status: 302, location: "/moderation?done=decided" });
    expect(m.submissions.listGroup(world.db, groupId).map((p) => p.status)).toEqual(["approved", "rejected"]);
  });

  it("shows a moderator a single project's point and radius as the authorities its circle reaches", async () => {
    const submission = m.moderation.submitChange(world.db, {
      actorId: world.accounts.editorA.id,
      entity: "project",
      action: "create",
      organisationId: world.orgA.id,
      payload: { ...project, titleEn: "Tea by the pier", areaKind: "point", pointLat: "52.415", pointLng: "-4.083", radiusKm: "12" },
      now: new Date(),
    });
    const review = await outcome(() => call(m.review.loader, getRequest(`/moderation/${submission.id}`, world.accounts.moderator), { id: String(submission.id) }));
    expect(review.data).toMatchObject({ kind: "single", reach: { lat: 52.415, lng: -4.083, radiusKm: 12, reached: ["W06000008"] } });
    expect((review.data as { boundaries: { features: unknown[] } }).boundaries.features).toHaveLength(22);
  });
});
