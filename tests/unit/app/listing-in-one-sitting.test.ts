/**
 * Listing in one sitting: a new organisation, its projects and their funding written as one draft,
 * sent as one group, and approved or turned down as a whole or part by part, in one transaction.
 */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import {
  amendListing,
  checkDraft,
  decideListing,
  readDraft,
  removeDraftPart,
  saveDraftPart,
  sendDraft,
  withdrawListing,
} from "../../../app/listing/listings.server";
import { awardInputSchema, organisationInputSchema, projectInputSchema } from "../../../app/listing/form-schemas";
import { InvalidSubmissionError } from "../../../app/listing/submission-checks.server";
import type { Db } from "../../../db/client";
import { listAwards } from "../../../db/queries/awards";
import { listFunders } from "../../../db/queries/funders";
import { getDataVersion } from "../../../db/queries/meta";
import { getOrganisationBySlug, listOrganisations } from "../../../db/queries/organisations";
import { listProjects } from "../../../db/queries/projects";
import { countPending, listGroup, listPendingPage } from "../../../db/queries/submissions";
import { isMember } from "../../../db/queries/users";
import * as s from "../../../db/schema";
import { httpErrorOf } from "../../helpers";
import { GSS, makeUser, makeWorld } from "../../factories";

const NOW = "2026-03-10T12:00:00.000Z";
let db: Db;
let editor: number;
let moderator: number;
let funderSlug: string;

beforeEach(() => {
  db = makeWorld().db;
  editor = makeUser(db, "editor");
  moderator = makeUser(db, "moderator");
  funderSlug = listFunders(db)[0].slug;
});

const organisation = (nameEn = "Valleys Welcome") =>
  organisationInputSchema().parse({ nameEn, kind: "community-group", descriptionEn: `${nameEn} welcomes new neighbours.`, homeGss: GSS.east });
const project = (titleEn: string) =>
  projectInputSchema().parse({ titleEn, descriptionEn: `${titleEn}, every week.`, themes: ["hate-crime"], areaKind: "authorities", areaGss: [GSS.east], endPrecision: "year", endYear: "2027" });
const award = (programmeEn: string, projectId: number | null) =>
  awardInputSchema().parse({ funderSlug, programmeEn, projectId: projectId === null ? "" : String(projectId), amountPounds: "12,000", startPrecision: "year", startYear: "2025", endPrecision: "month", endMonth: "2027-03" });

/** An organisation with two projects, funding for the first one and funding for the organisation itself. */
function writeDraft(): { draftId: number; first: number; second: number } {
  const { draftId } = saveDraftPart(db, { draftId: null, userId: editor, part: "organisation", key: null, value: organisation(), now: NOW });
  const first = saveDraftPart(db, { draftId, userId: editor, part: "project", key: null, value: project("Welcome Days"), now: NOW }).key!;
  const second = saveDraftPart(db, { draftId, userId: editor, part: "project", key: null, value: project("Language Café"), now: NOW }).key!;
  saveDraftPart(db, { draftId, userId: editor, part: "award", key: null, value: award("Welcome grant", first), now: NOW });
  saveDraftPart(db, { draftId, userId: editor, part: "award", key: null, value: award("Core costs", null), now: NOW });
  return { draftId, first, second };
}

describe("a listing draft", () => {
  it("keeps an organisation, its projects and their funding between visits, each part under its own key", () => {
    const { draftId, first, second } = writeDraft();
    const { content } = readDraft(db, draftId, editor);
    expect(content.organisation?.nameEn).toBe("Valleys Welcome");
    expect(content.projects.map((p) => [p.key, p.value.titleEn])).toEqual([
      [first, "Welcome Days"],
      [second, "Language Café"],
    ]);
    expect(content.awards.map((a) => [a.value.programmeEn, a.value.projectId])).toEqual([
      ["Welcome grant", first],
      ["Core costs", null],
    ]);
    expect(checkDraft(db, content)).toEqual({ missingOrganisation: false, problems: [] });
  });

  it("changes a saved part in place and publishes nothing while it is written", () => {
    const version = getDataVersion(db);
    const { draftId, first } = writeDraft();
    saveDraftPart(db, { draftId, userId: editor, part: "project", key: first, value: project("Welcome Evenings"), now: NOW });
    expect(readDraft(db, draftId, editor).content.projects[0].value.titleEn).toBe("Welcome Evenings");
    expect(getDataVersion(db)).toBe(version);
    expect(countPending(db)).toBe(0);
    expect(getOrganisationBySlug(db, "valleys-welcome")).toBeUndefined();
  });

  it("removes a project together with the funding for it", () => {
    const { draftId, first } = writeDraft();
    expect(removeDraftPart(db, { draftId, userId: editor, part: "project", key: first, now: NOW })).toBe(2);
    const { content } = readDraft(db, draftId, editor);
    expect(content.projects.map((p) => p.value.titleEn)).toEqual(["Language Café"]);
    expect(content.awards.map((a) => a.value.programmeEn)).toEqual(["Core costs"]);
  });

  it("refuses funding for a project the draft does not have, and hides one person's draft from another", () => {
    const { draftId } = writeDraft();
    expect(httpErrorOf(() => saveDraftPart(db, { draftId, userId: editor, part: "award", key: null, value: award("Stray", 99), now: NOW })).status).toBe(400);
    const other = makeUser(db, "editor");
    expect(httpErrorOf(() => readDraft(db, draftId, other)).status).toBe(404);
    expect(httpErrorOf(() => saveDraftPart(db, { draftId, userId: other, part: "project", key: null, value: project("Intruder"), now: NOW })).status).toBe(404);
  });

  it("cannot start without its organisation", () => {
    expect(httpErrorOf(() => saveDraftPart(db, { draftId: null, userId: editor, part: "project", key: null, value: project("Orphan"), now: NOW })).status).toBe(400);
  });
});

describe("sending a draft", () => {
  it("stores one group of pending parts, each naming what it depends on, and deletes the draft", () => {
    const { draftId, first } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const parts = listGroup(db, groupId);
    expect(parts.map((p) => [p.entity, p.partKey, p.parentKey, p.status])).toEqual([
      ["organisation", "organisation", null, "pending"],
      ["project", `project:${first}`, "organisation", "pending"],
      ["project", `project:${first + 1}`, "organisation", "pending"],
      ["award", "award:3", `project:${first}`, "pending"],
      ["award", "award:4", "organisation", "pending"],
    ]);
    expect(db.select().from(s.listingDrafts).all()).toEqual([]);
    // The queue shows the listing once, with its number of parts.
    expect(countPending(db)).toBe(1);
    expect(listPendingPage(db, { limit: 50, offset: 0 }).rows).toMatchObject([{ id: groupId, entity: "organisation", title: "Valleys Welcome", parts: 5 }]);
  });

  it("refuses a draft whose funder has gone since it was saved, storing nothing", () => {
    const { draftId } = writeDraft();
    // A funder that has gone: its slug renamed, as a merge of two funders would.
    db.update(s.funders).set({ slug: "merged-away" }).where(eq(s.funders.slug, funderSlug)).run();
    const check = checkDraft(db, readDraft(db, draftId, editor).content);
    expect(check.problems.map((p) => [p.part, p.fields])).toEqual([
      ["award", { funderSlug: ["form.unknownFunder"] }],
      ["award", { funderSlug: ["form.unknownFunder"] }],
    ]);
    expect(httpErrorOf(() => sendDraft(db, { draftId, userId: editor, now: NOW })).status).toBe(400);
    expect(countPending(db)).toBe(0);
    expect(readDraft(db, draftId, editor).content.awards).toHaveLength(2);
  });
});

describe("deciding on a listing", () => {
  it("approves it all in one round: the organisation, its projects and their funding are published and tied together", () => {
    const { draftId } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const version = getDataVersion(db);
    const decisions = Object.fromEntries(listGroup(db, groupId).map((p) => [p.id, { approve: true as const }]));
    expect(decideListing(db, { groupId, moderatorId: moderator, decisions, now: NOW })).toEqual({ approved: 5, rejected: 0 });
    const org = getOrganisationBySlug(db, "valleys-welcome")!;
    expect(isMember(db, editor, org.id)).toBe(true);
    const projects = listProjects(db, { organisationId: org.id });
    expect(projects.map((p) => p.titleEn).sort()).toEqual(["Language Café", "Welcome Days"]);
    const welcomeDays = projects.find((p) => p.titleEn === "Welcome Days")!;
    const awards = listAwards(db, { organisationId: org.id });
    expect(awards.find((a) => a.programmeEn === "Welcome grant")).toMatchObject({ projectId: welcomeDays.id, amountPence: 1_200_000, organisationSlug: "valleys-welcome" });
    expect(awards.find((a) => a.programmeEn === "Core costs")).toMatchObject({ projectId: null, organisationSlug: "valleys-welcome" });
    expect(awards).toHaveLength(2);
    expect(getDataVersion(db)).toBeGreaterThan(version);
    expect(listGroup(db, groupId).every((p) => p.status === "approved" && p.entityId !== null)).toBe(true);
    expect(countPending(db)).toBe(0);
  });

  it("turns down a project with its funding, giving the moderator's reason, and publishes the rest", () => {
    const { draftId, first } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const parts = listGroup(db, groupId);
    const decisions = Object.fromEntries(
      parts.map((p) => [p.id, p.partKey === `project:${first}` ? { approve: false as const, reason: "Please say where Welcome Days meets." } : { approve: true as const }]),
    );
    expect(decideListing(db, { groupId, moderatorId: moderator, decisions, now: NOW })).toEqual({ approved: 3, rejected: 2 });
    const after = listGroup(db, groupId);
    expect(after.map((p) => [p.partKey, p.status, p.reason])).toEqual([
      ["organisation", "approved", null],
      [`project:${first}`, "rejected", "Please say where Welcome Days meets."],
      [`project:${first + 1}`, "approved", null],
      ["award:3", "rejected", "Please say where Welcome Days meets."],
      ["award:4", "approved", null],
    ]);
    const org = getOrganisationBySlug(db, "valleys-welcome")!;
    expect(listProjects(db, { organisationId: org.id }).map((p) => p.titleEn)).toEqual(["Language Café"]);
  });

  it("turns everything down with the organisation", () => {
    const { draftId } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const version = getDataVersion(db);
    const decisions = Object.fromEntries(listGroup(db, groupId).map((p) => [p.id, p.entity === "organisation" ? { approve: false as const, reason: "Already listed as Valleys Welcome CIC." } : { approve: true as const }]));
    expect(decideListing(db, { groupId, moderatorId: moderator, decisions, now: NOW })).toEqual({ approved: 0, rejected: 5 });
    expect(listGroup(db, groupId).every((p) => p.status === "rejected" && p.reason === "Already listed as Valleys Welcome CIC.")).toBe(true);
    expect(listOrganisations(db).some((o) => o.nameEn === "Valleys Welcome")).toBe(false);
    expect(getDataVersion(db)).toBe(version);
  });

  it("needs a decision for every part and a reason for every rejection, changing nothing until it has them", () => {
    const { draftId } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const parts = listGroup(db, groupId);
    const decisions = { [parts[0].id]: { approve: true as const }, [parts[1].id]: { approve: false as const, reason: "  " } };
    const error = (() => {
      try {
        decideListing(db, { groupId, moderatorId: moderator, decisions, now: NOW });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidSubmissionError);
    expect((error as InvalidSubmissionError).fieldErrors).toEqual({
      [`reason-${parts[1].id}`]: ["moderation.reasonRequired"],
      [`decision-${parts[2].id}`]: ["listing.decisionRequired"],
      [`decision-${parts[3].id}`]: ["listing.decisionRequired"],
      [`decision-${parts[4].id}`]: ["listing.decisionRequired"],
    });
    expect(listGroup(db, groupId).every((p) => p.status === "pending")).toBe(true);
    expect(getOrganisationBySlug(db, "valleys-welcome")).toBeUndefined();
  });
});

describe("after sending", () => {
  it("lets its sender withdraw the whole listing, and nobody else", () => {
    const { draftId } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    expect(httpErrorOf(() => withdrawListing(db, { groupId, userId: makeUser(db, "editor"), now: NOW })).status).toBe(403);
    withdrawListing(db, { groupId, userId: editor, now: NOW });
    expect(listGroup(db, groupId).every((p) => p.status === "withdrawn")).toBe(true);
    expect(countPending(db)).toBe(0);
  });

  it("turns a pending listing back into the same draft to amend, funding still tied to its project", () => {
    const { draftId, first } = writeDraft();
    const before = readDraft(db, draftId, editor).content;
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const again = amendListing(db, { groupId, userId: editor, now: NOW });
    const { content } = readDraft(db, again, editor);
    expect(content.organisation).toEqual(before.organisation);
    expect(content.projects).toEqual(before.projects);
    expect(content.awards).toEqual(before.awards);
    expect(content.awards[0].value.projectId).toBe(first);
    expect(content.nextKey).toBe(before.nextKey);
    expect(listGroup(db, groupId).every((p) => p.status === "withdrawn")).toBe(true);
    // Sent again, it is a new group that a moderator can approve.
    const regrouped = sendDraft(db, { draftId: again, userId: editor, now: NOW });
    expect(listGroup(db, regrouped)).toHaveLength(5);
  });

  it("cannot be amended or withdrawn once decided", () => {
    const { draftId } = writeDraft();
    const groupId = sendDraft(db, { draftId, userId: editor, now: NOW });
    const decisions = Object.fromEntries(listGroup(db, groupId).map((p) => [p.id, { approve: true as const }]));
    decideListing(db, { groupId, moderatorId: moderator, decisions, now: NOW });
    expect(httpErrorOf(() => amendListing(db, { groupId, userId: editor, now: NOW })).status).toBe(400);
    expect(httpErrorOf(() => withdrawListing(db, { groupId, userId: editor, now: NOW })).status).toBe(400);
  });
});
