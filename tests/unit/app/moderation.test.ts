import { eq, sql } from "drizzle-orm";
import { httpErrorOf } from "../../helpers";
import { beforeEach, describe, expect, it } from "vitest";
import { HttpError } from "../../../app/platform/http.server";
import { approveSubmission, rejectSubmission, submitChange, withdrawSubmission } from "../../../app/listing/submissions.server";
import { confirmStillCorrect, isStale, listStale, monthsSinceConfirmed } from "../../../app/listing/staleness.server";
import { diffSubmission, getHistory } from "../../../app/listing/diffs.server";
import { getRecordForEdit } from "../../../app/listing/record-edit.server";
import { InvalidSubmissionError } from "../../../app/listing/submission-checks.server";
import { slugify } from "../../../app/listing/slugs.server";
import type { Db } from "../../../db/client";
import { listAwards } from "../../../db/queries/awards";
import { listFunders } from "../../../db/queries/funders";
import { getDataVersion } from "../../../db/queries/meta";
import { getOrganisationBySlug, listOrganisations } from "../../../db/queries/organisations";
import { getProject, listProjects } from "../../../db/queries/projects";
import { getProjectRecord } from "../../../db/queries/records";
import { countPending, createSubmission, getSubmission, listSubmissions } from "../../../db/queries/submissions";
import { isMember } from "../../../db/queries/users";
import * as s from "../../../db/schema";
import { countRows, GSS, makeUser, makeWorld, type World } from "../../factories";

const NOW = "2026-03-10T12:00:00.000Z";
const TODAY = "2026-03-10";
const LATER = "2026-03-11T09:30:00.000Z";

let world: World;
let db: Db;
let editor: number;
let moderator: number;

beforeEach(() => {
  world = makeWorld();
  db = world.db;
  editor = makeUser(db, "editor");
  moderator = makeUser(db, "moderator");
});

/** Every row of the tables a change could touch, to show nothing moved. */
function snapshot() {
  return {
    counts: countRows(db),
    organisations: db.select().from(s.organisations).all(),
    projects: db.select().from(s.projects).all(),
    awards: db.select().from(s.awards).all(),
    areas: db.select().from(s.projectAreas).all(),
    themes: db.select().from(s.projectThemes).all(),
    audit: db.select().from(s.auditLog).all(),
    version: getDataVersion(db),
  };
}

const forumEdit = (overrides: Record<string, unknown> = {}) => ({
  titleEn: "Westshire and Middleshire hate crime forum",
  descriptionEn: "Test project west-hate-crime-forum.",
  themes: ["hate-crime"],
  areaKind: "authorities",
  areaGss: [GSS.middle, GSS.west],
  startPrecision: "year",
  startYear: "2022",
  endPrecision: "year",
  endYear: "2025",
  ...overrides,
});

const newProject = (overrides: Record<string, unknown> = {}) => ({
  titleEn: "Mobile advice van",
  descriptionEn: "Advice from a van parked in Middleshire.",
  themes: ["hate-crime", "youth-asb"],
  areaKind: "point",
  pointLng: "-4.3",
  pointLat: "53.1",
  radiusKm: "5",
  startPrecision: "month",
  startMonth: "2026-04",
  endPrecision: "unknown",
  ...overrides,
});

const newOrganisation = (nameEn: string) => ({ nameEn, kind: "community-group", descriptionEn: `${nameEn} does good work.`, homeGss: GSS.east });

describe("an edit to a published project", () => {
  it("leaves the published project and the project list unchanged while it is pending", () => {
    const id = world.ids.projects["west-hate-crime-forum"];
    const before = snapshot();
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "update", entityId: id, payload: forumEdit(), now: NOW });
    expect(submission).toMatchObject({ status: "pending", entity: "project", action: "update", entityId: id, organisationId: world.ids.organisations["alpha-trust"] });
    expect(snapshot()).toEqual(before);
    expect(getProject(db, id)?.titleEn).toBe("Westshire hate crime forum");
    expect(listProjects(db, { gss: GSS.middle }).map((p) => p.id)).not.toContain(id);
    expect(countPending(db)).toBe(1);
  });

  it("shows the moderator only the fields that differ, comparing areas as sorted lists", () => {
    const id = world.ids.projects["west-hate-crime-forum"];
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "update", entityId: id, payload: forumEdit(), now: NOW });
    expect(diffSubmission(db, submission)).toEqual([
      { field: "titleEn", before: "Westshire hate crime forum", after: "Westshire and Middleshire hate crime forum" },
      { field: "areaGss", before: [GSS.west], after: [GSS.middle, GSS.west].sort() },
    ]);
    const reordered = submitChange(db, {
      actorId: editor,
      entity: "project",
      action: "update",
      entityId: id,
      payload: forumEdit({ titleEn: "Westshire hate crime forum", areaGss: [GSS.west, GSS.west] }),
      now: NOW,
    });
    expect(diffSubmission(db, reordered)).toEqual([]);
  });

  it("is applied on approval, audited field by field with before and after, and bumps the data version", () => {
    const id = world.ids.projects["west-hate-crime-forum"];
    const version = getDataVersion(db);
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "update", entityId: id, payload: forumEdit(), now: NOW });
    const result = approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER });

    expect(result).toEqual({ submissionId: submission.id, entity: "project", action: "update", entityId: id, organisationId: world.ids.organisations["alpha-trust"] });
    expect(getProject(db, id)).toMatchObject({ titleEn: "Westshire and Middleshire hate crime forum", areaGss: [GSS.west, GSS.middle].sort() });
    expect(listProjects(db, { gss: GSS.middle }).map((p) => p.id)).toContain(id);
    expect(getDataVersion(db)).toBe(version + 1);
    expect(getSubmission(db, submission.id)).toMatchObject({ status: "approved", reviewedBy: moderator, reviewedAt: LATER, reviewerEmail: expect.stringContaining("moderator") });
    expect(countPending(db)).toBe(0);

    const history = getHistory(db, "project", id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ at: LATER, userId: moderator, action: "update", submissionId: submission.id, userEmail: expect.stringContaining("moderator"), submitterEmail: expect.stringContaining("editor") });
    expect(history[0].changes).toEqual({
      titleEn: { before: "Westshire hate crime forum", after: "Westshire and Middleshire hate crime forum" },
      areaGss: { before: [GSS.west], after: [GSS.middle, GSS.west].sort() },
    });
  });

  it("keeps a seeded record's citation and clears its date note once its dates change", () => {
    const id = world.ids.projects["west-hate-crime-forum"];
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "update", entityId: id, payload: forumEdit({ endYear: "2026" }), now: NOW });
    approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER });
    const project = getProject(db, id)!;
    expect(project.sourceDocument).toBe("900_test-seed.txt");
    expect(project.endDate).toBe("2026");
    expect(project.dateNote).toBeNull();
  });

  it("cannot be filed for another organisation's project", () => {
    const error = httpErrorOf(() =>
      submitChange(db, {
        actorId: editor,
        entity: "project",
        action: "update",
        entityId: world.ids.projects["west-hate-crime-forum"],
        organisationId: world.ids.organisations["beta-network"],
        payload: forumEdit(),
        now: NOW,
      }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/belongs to organisation/);
    expect(countPending(db)).toBe(0);
  });

  it("is refused on approval when the stored project belongs to another organisation", () => {
    const submission = createSubmission(db, {
      entity: "project",
      action: "update",
      entityId: world.ids.projects["west-hate-crime-forum"],
      organisationId: world.ids.organisations["beta-network"],
      payload: forumEdit(),
      submittedBy: editor,
      now: NOW,
    });
    const before = snapshot();
    expect(httpErrorOf(() => approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER })).status).toBe(400);
    expect(snapshot()).toEqual(before);
    expect(getSubmission(db, submission.id)?.status).toBe("pending");
  });
});

describe("a new project", () => {
  it("is invisible until approved, then published with the authorities its circle reaches as derived areas", () => {
    const organisationId = world.ids.organisations["alpha-trust"];
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "create", organisationId, payload: newProject(), now: NOW });
    expect(listProjects(db).map((p) => p.titleEn)).not.toContain("Mobile advice van");
    expect(diffSubmission(db, submission)).toContainEqual({ field: "themes", before: null, after: ["hate-crime", "youth-asb"] });
    expect(diffSubmission(db, submission).every((d) => d.before === null)).toBe(true);

    const { entityId } = approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER });
    const published = getProject(db, entityId)!;
    expect(published).toMatchObject({ titleEn: "Mobile advice van", areaKind: "point", pointLng: -4.3, pointLat: 53.1, radiusKm: 5, startDate: "2026-04", startPrecision: "month", sourceDocument: null });
    expect(published.themeIds.sort()).toEqual(["hate-crime", "youth-asb"]);
    // A moderator approving it is fresh evidence that it is current.
    expect(published.lastEvidenced).toBe(LATER.slice(0, 10));
    // (-4.3, 53.1) is in the middle square; the neighbouring squares are about 6.7 km away.
    expect(getProjectRecord(db, entityId)!.areas).toEqual([{ gssCode: GSS.middle, derived: true }]);
    expect(listProjects(db, { gss: GSS.middle }).map((p) => p.id)).toContain(entityId);
    expect(listProjects(db, { gss: GSS.west }).map((p) => p.id)).not.toContain(entityId);
    expect(getSubmission(db, submission.id)?.entityId).toBe(entityId);
    expect(getHistory(db, "project", entityId)[0].changes).toMatchObject({ titleEn: { before: null, after: "Mobile advice van" }, status: { before: null, after: "published" } });
  });

  it("reaches every authority its wider circle touches", () => {
    const organisationId = world.ids.organisations["alpha-trust"];
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "create", organisationId, payload: newProject({ radiusKm: "8" }), now: NOW });
    const { entityId } = approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER });
    expect(getProjectRecord(db, entityId)!.areas.map((a) => a.gssCode)).toEqual([GSS.west, GSS.middle, GSS.east].sort());
  });

  it("stores nothing when the payload is invalid", () => {
    const organisationId = world.ids.organisations["alpha-trust"];
    const before = snapshot();
    const bad = [
      newProject({ titleEn: "" }),
      newProject({ radiusKm: "0" }),
      newProject({ endPrecision: "month", endMonth: "2026-01" }),
      newProject({ areaKind: "authorities", areaGss: ["W06000007"] }),
      newProject({ descriptionEn: "x".repeat(10_000) }),
      newProject({ titleEn: "<script>alert(1)</script>" }),
    ];
    const expected = [
      { titleEn: ["form.required"] },
      { radiusKm: ["form.radiusRange"] },
      { endDate: ["form.endBeforeStart"] },
      { areaGss: ["form.unknownAuthority"] },
      { descriptionEn: ["form.tooLong"] },
      { titleEn: ["form.noHtml"] },
    ];
    bad.forEach((payload, i) => {
      const error = httpErrorOf(() => submitChange(db, { actorId: editor, entity: "project", action: "create", organisationId, payload, now: NOW }));
      expect(error).toBeInstanceOf(InvalidSubmissionError);
      expect(error.status).toBe(400);
      expect((error as InvalidSubmissionError).fieldErrors).toEqual(expected[i]);
    });
    expect(snapshot()).toEqual(before);
    expect(listSubmissions(db)).toEqual([]);
  });

  it("is checked again on approval, and an invalid one changes nothing", () => {
    const submission = createSubmission(db, {
      entity: "project",
      action: "create",
      entityId: null,
      organisationId: world.ids.organisations["alpha-trust"],
      payload: newProject({ themes: ["knitting"] }),
      submittedBy: editor,
      now: NOW,
    });
    const before = snapshot();
    const error = httpErrorOf(() => approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER }));
    expect(error.status).toBe(400);
    expect(error.message).toContain("themes (form.unknownTheme)");
    expect(snapshot()).toEqual(before);
    expect(getSubmission(db, submission.id)?.status).toBe("pending");
  });
});

describe("rejecting a submission", () => {
  it("applies nothing and keeps the reason for the submitter to read", () => {
    const id = world.ids.projects["west-hate-crime-forum"];
    const submission = submitChange(db, { actorId: editor, entity: "project", action: "update", entityId: id, payload: forumEdit(), now: NOW });
    const before = snapshot();
    rejectSubmission(db, { submissionId: submission.id, moderatorId: moderator, reason: "  Middleshire is served by another forum.  ", now: LATER });
    expect(snapshot()).toEqual(before);
    expect(listSubmissions(db, { submittedBy: editor })[0]).toMatchObject({
      status: "rejected",
      reason: "Middleshire is served by another forum.",
      reviewedBy: moderator,
      reviewedAt: LATER,
    });
    expect(httpErrorOf(() => approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER })).status).toBe(400);
  });

  it("needs a reason of at most 1,000 characters", () => {
    const submission = submitChange(db, { actorId: editor, entity: "organisation", action: "create", payload: newOrganisation("Gamma"), now: NOW });
    expect(httpErrorOf(() => rejectSubmission(db, { submissionId: submission.id, moderatorId: moderator, reason: " ", now: LATER })).status).toBe(400);
    expect(httpErrorOf(() => rejectSubmission(db, { submissionId: submission.id, moderatorId: moderator, reason: "r".repeat(1001), now: LATER })).status).toBe(400);
    expect(getSubmission(db, submission.id)?.status).toBe("pending");
  });

  it("is refused for an unknown submission", () => {
    expect(httpErrorOf(() => rejectSubmission(db, { submissionId: 999, moderatorId: moderator, reason: "No", now: LATER })).status).toBe(404);
  });
});

describe("withdrawing a submission", () => {
  it("is open to its submitter while it is pending, and to no one else", () => {
    const submission = submitChange(db, { actorId: editor, entity: "organisation", action: "create", payload: newOrganisation("Gamma"), now: NOW });
    const other = makeUser(db, "editor");
    expect(httpErrorOf(() => withdrawSubmission(db, { submissionId: submission.id, userId: other, now: LATER })).status).toBe(403);
    withdrawSubmission(db, { submissionId: submission.id, userId: editor, now: LATER });
    expect(getSubmission(db, submission.id)).toMatchObject({ status: "withdrawn", reviewedAt: LATER, reviewedBy: null });
    expect(httpErrorOf(() => withdrawSubmission(db, { submissionId: submission.id, userId: editor, now: LATER })).status).toBe(400);
  });
});

describe("archiving and restoring", () => {
  it("hides an organisation with its projects and awards, and restoring brings them all back", () => {
    const alpha = world.ids.organisations["alpha-trust"];
    const visible = () => ({
      organisations: listOrganisations(db).map((o) => o.slug),
      projects: listProjects(db).map((p) => p.organisationSlug),
      awards: listAwards(db).map((a) => a.organisationSlug),
    });
    const version = getDataVersion(db);
    const archive = submitChange(db, { actorId: editor, entity: "organisation", action: "archive", entityId: alpha, now: NOW });
    expect(diffSubmission(db, archive)).toEqual([{ field: "status", before: "published", after: "archived" }]);
    expect(visible().organisations).toContain("alpha-trust");
    approveSubmission(db, { submissionId: archive.id, moderatorId: moderator, now: LATER });

    expect(visible().organisations).not.toContain("alpha-trust");
    expect(visible().projects).not.toContain("alpha-trust");
    expect(visible().awards).not.toContain("alpha-trust");
    expect(getOrganisationBySlug(db, "alpha-trust")).toBeUndefined();
    expect(listFunders(db).map((f) => [f.slug, f.awardCount])).toEqual([
      ["test-lottery", 1],
      ["welsh-government", 0],
    ]);
    expect(getDataVersion(db)).toBe(version + 1);
    // Nothing was deleted.
    expect(getRecordForEdit(db, "organisation", alpha)?.status).toBe("archived");

    expect(httpErrorOf(() => submitChange(db, { actorId: editor, entity: "organisation", action: "archive", entityId: alpha, now: NOW })).status).toBe(400);
    const restore = submitChange(db, { actorId: editor, entity: "organisation", action: "restore", entityId: alpha, now: NOW });
    approveSubmission(db, { submissionId: restore.id, moderatorId: moderator, now: LATER });
    expect(visible().organisations).toContain("alpha-trust");
    expect(visible().projects).toContain("alpha-trust");
    expect(visible().awards).toContain("alpha-trust");
    expect(getHistory(db, "organisation", alpha).map((h) => [h.action, h.changes])).toEqual([
      ["restore", { status: { before: "archived", after: "published" } }],
      ["archive", { status: { before: "published", after: "archived" } }],
    ]);
  });

  it("hides a single project from the project list and the coverage filters until it is restored", () => {
    const id = world.ids.projects["middle-youth-club"];
    const archive = submitChange(db, { actorId: editor, entity: "project", action: "archive", entityId: id, now: NOW });
    approveSubmission(db, { submissionId: archive.id, moderatorId: moderator, now: LATER });
    expect(listProjects(db, { gss: GSS.middle }).map((p) => p.id)).not.toContain(id);
    expect(listAwards(db, { projectId: id })).toEqual([]);
    const restore = submitChange(db, { actorId: editor, entity: "project", action: "restore", entityId: id, now: NOW });
    approveSubmission(db, { submissionId: restore.id, moderatorId: moderator, now: LATER });
    expect(listProjects(db, { gss: GSS.middle }).map((p) => p.id)).toContain(id);
  });

  it("refuses to restore a record that is not archived, and to touch one that does not exist", () => {
    const id = world.ids.projects["middle-youth-club"];
    expect(httpErrorOf(() => submitChange(db, { actorId: editor, entity: "project", action: "restore", entityId: id, now: NOW })).status).toBe(400);
    expect(httpErrorOf(() => submitChange(db, { actorId: editor, entity: "project", action: "archive", entityId: 9999, now: NOW })).status).toBe(404);
  });
});

describe("a new organisation", () => {
  it("gets a unique kebab-case slug, today's confirmation, no citation, and its submitter as a member", () => {
    const first = submitChange(db, { actorId: editor, entity: "organisation", action: "create", payload: newOrganisation("Alpha Trust"), now: NOW });
    expect(listOrganisations(db).map((o) => o.nameEn)).toEqual(["Alpha Trust", "Beta Network"]);
    const { entityId } = approveSubmission(db, { submissionId: first.id, moderatorId: moderator, now: NOW });
    const other = makeUser(db, "editor");
    const second = submitChange(db, { actorId: other, entity: "organisation", action: "create", payload: newOrganisation("Alpha  Trust!"), now: NOW });
    const { entityId: secondId } = approveSubmission(db, { submissionId: second.id, moderatorId: moderator, now: NOW });

    expect(getRecordForEdit(db, "organisation", entityId)).toBeDefined();
    const created = listOrganisations(db).filter((o) => o.id === entityId || o.id === secondId);
    expect(created.map((o) => o.slug).sort()).toEqual(["alpha-trust-2", "alpha-trust-3"]);
    expect(getOrganisationBySlug(db, "alpha-trust-2")).toMatchObject({ lastConfirmed: TODAY, sourceDocument: null, homeGss: GSS.east, kind: "community-group" });
    expect(isMember(db, editor, entityId)).toBe(true);
    expect(isMember(db, editor, secondId)).toBe(false);
    expect(isMember(db, other, secondId)).toBe(true);
    expect(getSubmission(db, first.id)).toMatchObject({ entityId, organisationId: entityId, status: "approved" });
    expect(getHistory(db, "organisation", entityId)[0].changes).toMatchObject({
      slug: { before: null, after: "alpha-trust-2" },
      nameEn: { before: null, after: "Alpha Trust" },
      lastConfirmed: { before: null, after: TODAY },
    });
  });

  it("slugs names in Welsh and English without accents, symbols or reserved words", () => {
    expect(slugify("Cymdeithas Gŵyr & Co.")).toBe("cymdeithas-gwyr-and-co");
    expect(slugify("  Women’s Aid — Cymru  ")).toBe("womens-aid-cymru");
    expect(slugify("!!!")).toBe("organisation");
    const submission = submitChange(db, { actorId: editor, entity: "organisation", action: "create", payload: newOrganisation("New"), now: NOW });
    approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: NOW });
    expect(getOrganisationBySlug(db, "new-2")?.nameEn).toBe("New");
  });

  it("stores nothing when the payload is invalid", () => {
    const before = snapshot();
    const error = httpErrorOf(() =>
      submitChange(db, { actorId: editor, entity: "organisation", action: "create", payload: { ...newOrganisation(""), website: "javascript:alert(1)" }, now: NOW }),
    );
    expect((error as InvalidSubmissionError).fieldErrors).toEqual({ nameEn: ["form.required"], website: ["form.badUrl"] });
    expect(snapshot()).toEqual(before);
    expect(countPending(db)).toBe(0);
  });
});

describe("an edit to a published organisation", () => {
  it("stamps today's confirmation and audits it with the changed fields", () => {
    const alpha = world.ids.organisations["alpha-trust"];
    const current = getRecordForEdit(db, "organisation", alpha)!.input;
    const submission = submitChange(db, { actorId: editor, entity: "organisation", action: "update", entityId: alpha, payload: { ...current, nameCy: "Ymddiriedolaeth Alffa Cymru" }, now: NOW });
    expect(getOrganisationBySlug(db, "alpha-trust")?.nameCy).toBe("Ymddiriedolaeth Alffa");
    approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: NOW });
    expect(getOrganisationBySlug(db, "alpha-trust")).toMatchObject({ nameCy: "Ymddiriedolaeth Alffa Cymru", lastConfirmed: TODAY, sourceDocument: "900_test-seed.txt" });
    expect(getHistory(db, "organisation", alpha)[0].changes).toEqual({
      nameCy: { before: "Ymddiriedolaeth Alffa", after: "Ymddiriedolaeth Alffa Cymru" },
      lastConfirmed: { before: "2025-02-27", after: TODAY },
    });
  });
});

describe("a new award", () => {
  it("with a new funder reaches the funding views only once approved", () => {
    const alpha = world.ids.organisations["alpha-trust"];
    const funders = listFunders(db).length;
    const submission = submitChange(db, {
      actorId: editor,
      entity: "award",
      action: "create",
      organisationId: alpha,
      payload: { newFunderName: "Gwent Fund", newFunderKind: "trust", programmeEn: "Small grants", projectId: String(world.ids.projects["middle-youth-club"]), amountPounds: "12,500", endPrecision: "day", endDay: "2027-03-31" },
      now: NOW,
    });
    expect(listAwards(db).map((a) => a.programmeEn)).not.toContain("Small grants");
    expect(listFunders(db)).toHaveLength(funders);

    const { entityId } = approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER });
    expect(listAwards(db, { organisationId: alpha }).find((a) => a.id === entityId)).toMatchObject({
      programmeEn: "Small grants",
      funderSlug: "gwent-fund",
      funderKind: "trust",
      amountPence: 1_250_000,
      projectId: world.ids.projects["middle-youth-club"],
      organisationSlug: "alpha-trust",
      endDate: "2027-03-31",
      endPrecision: "day",
      sourceDocument: null,
    });
    expect(listFunders(db)).toHaveLength(funders + 1);
    const funderId = listFunders(db).find((f) => f.slug === "gwent-fund")!.id;
    expect(getHistory(db, "funder", funderId)[0]).toMatchObject({ action: "create", changes: { slug: { before: null, after: "gwent-fund" } } });
  });

  it("is refused for a project of another organisation, as a field error and again on approval", () => {
    const beta = world.ids.organisations["beta-network"];
    const payload = { funderSlug: "welsh-government", programmeEn: "Core", projectId: world.ids.projects["middle-youth-club"] };
    const error = httpErrorOf(() => submitChange(db, { actorId: editor, entity: "award", action: "create", organisationId: beta, payload, now: NOW }));
    expect((error as InvalidSubmissionError).fieldErrors).toEqual({ projectId: ["form.unknownProject"] });

    const stored = createSubmission(db, { entity: "award", action: "create", entityId: null, organisationId: beta, payload, submittedBy: editor, now: NOW });
    const before = snapshot();
    expect(httpErrorOf(() => approveSubmission(db, { submissionId: stored.id, moderatorId: moderator, now: LATER })).status).toBe(400);
    expect(snapshot()).toEqual(before);
  });

  it("rejects a negative amount with nothing stored", () => {
    const before = snapshot();
    const error = httpErrorOf(() =>
      submitChange(db, { actorId: editor, entity: "award", action: "create", organisationId: world.ids.organisations["alpha-trust"], payload: { funderSlug: "welsh-government", programmeEn: "Core", amountPounds: "-5" }, now: NOW }),
    );
    expect((error as InvalidSubmissionError).fieldErrors).toEqual({ amountPounds: ["form.amountNegative"] });
    expect(snapshot()).toEqual(before);
  });
});

describe("approving", () => {
  it("is refused for an unknown submission or one already decided", () => {
    expect(httpErrorOf(() => approveSubmission(db, { submissionId: 999, moderatorId: moderator, now: LATER })).status).toBe(404);
    const submission = submitChange(db, { actorId: editor, entity: "organisation", action: "create", payload: newOrganisation("Gamma"), now: NOW });
    approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER });
    const error = httpErrorOf(() => approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER }));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/not pending/);
  });

  it("is refused when the edited record has gone", () => {
    const submission = createSubmission(db, { entity: "project", action: "update", entityId: 9999, organisationId: null, payload: forumEdit(), submittedBy: editor, now: NOW });
    expect(httpErrorOf(() => approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: LATER })).status).toBe(404);
  });
});

describe("freshness", () => {
  it("flags a record confirmed more than 12 months ago, counting from the last day of a partial date", () => {
    expect(isStale("2025-03-15", "2026-03-15")).toBe(false);
    expect(isStale("2025-03-15", "2026-03-16")).toBe(true);
    expect(isStale(null, "2026-03-16")).toBe(true);
    expect(isStale("2025-02", "2026-02-28")).toBe(false);
    expect(isStale("2025-02", "2026-03-01")).toBe(true);
    expect(isStale("2025", "2026-12-31")).toBe(false);
    expect(isStale("2025", "2027-01-01")).toBe(true);
    // Twelve months after 29 February is 28 February.
    expect(isStale("2024-02-29", "2025-02-28")).toBe(false);
    expect(isStale("2024-02-29", "2025-03-01")).toBe(true);
    expect(isStale("2026-05-01", "2026-03-16")).toBe(false);
    expect(() => isStale("2025-03-15", "2026-3-16")).toThrow("Invalid as-of date: 2026-3-16");
    expect(() => isStale("2025-13", "2026-03-16")).toThrow("Invalid partial date: 2025-13");
  });

  it("counts whole months since confirmation", () => {
    expect(monthsSinceConfirmed("2025-01-31", "2025-02-28")).toBe(1);
    expect(monthsSinceConfirmed("2025-03-15", "2026-03-14")).toBe(11);
    expect(monthsSinceConfirmed("2025-03-15", "2026-03-15")).toBe(12);
    expect(monthsSinceConfirmed("2025", "2026-03-15")).toBe(2);
    expect(monthsSinceConfirmed("2026-05-01", "2026-03-15")).toBe(0);
    expect(monthsSinceConfirmed(null, "2026-03-15")).toBeNull();
  });

  it("lists published organisations that need review, never-confirmed first, for moderators and for their editors", () => {
    // The world's organisations were confirmed by their seed document on 2025-02-27.
    expect(listStale(db, "2026-02-27")).toEqual([]);
    expect(listStale(db, "2026-02-28").map((o) => [o.slug, o.monthsSinceConfirmed])).toEqual([
      ["alpha-trust", 12],
      ["beta-network", 12],
    ]);
    db.update(s.organisations).set({ lastConfirmed: null }).where(eq(s.organisations.slug, "beta-network")).run();
    expect(listStale(db, "2025-06-01").map((o) => [o.slug, o.monthsSinceConfirmed])).toEqual([["beta-network", null]]);

    const submission = submitChange(db, { actorId: editor, entity: "organisation", action: "archive", entityId: world.ids.organisations["alpha-trust"], now: NOW });
    expect(listStale(db, "2026-06-01", { memberId: editor })).toEqual([]);
    db.insert(s.memberships).values({ userId: editor, organisationId: world.ids.organisations["beta-network"], createdAt: NOW }).run();
    expect(listStale(db, "2026-06-01", { memberId: editor }).map((o) => o.slug)).toEqual(["beta-network"]);
    approveSubmission(db, { submissionId: submission.id, moderatorId: moderator, now: NOW });
    expect(listStale(db, "2026-06-01").map((o) => o.slug)).toEqual(["beta-network"]);
  });

  it("confirms a listing as still correct: today's date, audited, data version bumped, no longer stale", () => {
    const alpha = world.ids.organisations["alpha-trust"];
    const version = getDataVersion(db);
    // 23:30 UTC on 30 March 2026 is already 31 March in Wales (BST).
    expect(confirmStillCorrect(db, { organisationId: alpha, userId: editor, now: "2026-03-30T23:30:00.000Z" })).toBe("2026-03-31");
    expect(getOrganisationBySlug(db, "alpha-trust")?.lastConfirmed).toBe("2026-03-31");
    expect(getDataVersion(db)).toBe(version + 1);
    expect(getHistory(db, "organisation", alpha)[0]).toMatchObject({
      action: "confirm",
      userId: editor,
      submissionId: null,
      changes: { lastConfirmed: { before: "2025-02-27", after: "2026-03-31" } },
    });
    expect(listStale(db, "2026-04-01").map((o) => o.slug)).toEqual(["beta-network"]);
    // Its projects are evidenced again too, so an open-ended one counts as current for another two years.
    const projects = listProjects(db, { organisationId: alpha });
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) expect(p.lastEvidenced, p.titleEn).toBe("2026-03-31");
  });

  it("refuses to confirm an unknown or archived organisation", () => {
    expect(httpErrorOf(() => confirmStillCorrect(db, { organisationId: 999, userId: editor, now: NOW })).status).toBe(404);
    db.update(s.organisations).set({ status: "archived" }).where(eq(s.organisations.slug, "beta-network")).run();
    expect(httpErrorOf(() => confirmStillCorrect(db, { organisationId: world.ids.organisations["beta-network"], userId: editor, now: NOW })).status).toBe(400);
    expect(db.select({ n: sql<number>`count(*)` }).from(s.auditLog).get()!.n).toBe(0);
  });
});
