/**
 * A listing sent in one go, as the moderator reviews it and its sender follows it: every part in
 * the form's words, what it depends on, a point's reach, and the decisions made.
 */
import { data, redirect } from "@remix-run/node";
import { listGroup, type SubmissionRow } from "../../db/queries/submissions";
import { authoritiesReachedByCircle } from "../../geo/reach";
import type { CurrentUser } from "../accounts/sessions.server";
import { displayBoundaries } from "../coverage/boundaries.server";
import { localHref } from "../i18n";
import { nowIso } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { badParam } from "../platform/params.server";
import { partNames, statedFields } from "./draft-pages.server";
import { decideListing, partKeyNumber, type PartDecision } from "./listings.server";
import { submissionTitle } from "./moderation-pages.server";
import type { ProjectInput } from "./record-types";
import { InvalidSubmissionError } from "./submission-checks.server";

const titleOf = (part: SubmissionRow) => submissionTitle(part.payload);

/**
 * A project drawn as a point and radius: the point, the radius and the authorities its circle
 * reaches (as approval will record them); null for anything else.
 *
 * @example
 * reachOf(ctx, submission) // { lng: -4.083, lat: 52.415, radiusKm: 12, reached: ["W06000008"] }
 */
export function reachOf(ctx: RequestContext, part: Pick<SubmissionRow, "entity" | "payload">): { lng: number; lat: number; radiusKm: number; reached: string[] } | null {
  const p = part.payload as Partial<ProjectInput> | null;
  if (part.entity !== "project" || p?.areaKind !== "point" || p.pointLng == null || p.pointLat == null || p.radiusKm == null) return null;
  return { lng: p.pointLng, lat: p.pointLat, radiusKm: p.radiusKm, reached: authoritiesReachedByCircle(p.pointLng, p.pointLat, p.radiusKm, displayBoundaries(ctx.db).collection) };
}

/**
 * A group's parts in words: each with its stated fields, what it funds or belongs to, its reach (a
 * project drawn as a point and radius), its status and any reason; plus the names to show them with.
 *
 * @example
 * describeListing(ctx, 41).parts.map((p) => p.entity) // ["organisation", "project", "award"]
 */
export function describeListing(ctx: RequestContext, groupId: number) {
  const parts = listGroup(ctx.db, groupId);
  const projects = parts.filter((p) => p.entity === "project").map((p) => ({ key: partKeyNumber(p.partKey), title: titleOf(p) }));
  const described = parts.map((part) => {
    const payload = part.payload as Record<string, unknown>;
    const parent = part.parentKey ? parts.find((p) => p.partKey === part.parentKey) : undefined;
    const reach = reachOf(ctx, part);
    const { projectId: _unused, ...rest } = payload;
    return {
      id: part.id,
      entity: part.entity,
      title: titleOf(part),
      fields: statedFields(part.entity === "award" ? rest : payload),
      /** For funding: the project it funds (null: the organisation itself). */
      funds: part.entity === "award" ? (part.parentKey?.startsWith("project:") ? (parent ? titleOf(parent) : "") : null) : undefined,
      parentId: parent?.id ?? null,
      reach,
      status: part.status,
      reason: part.reason,
      /** Turned down because the part it belongs to was. */
      withParent: part.status === "rejected" && parent?.status === "rejected" && parent.reason === part.reason,
      reviewedAt: part.reviewedAt,
      entityId: part.entityId,
    };
  });
  return {
    groupId,
    parts: described,
    names: partNames(ctx, projects),
    boundaries: described.some((p) => p.reach) ? displayBoundaries(ctx.db).collection : null,
    submittedAt: parts[0]?.submittedAt ?? "",
    submitterEmail: parts[0]?.submitterEmail ?? "",
    status: parts.some((p) => p.status === "pending") ? "pending" : parts.every((p) => p.status === parts[0].status) ? parts[0].status : "decided",
  };
}
export type ListingDescription = ReturnType<typeof describeListing>;

/**
 * The moderator's decisions on a listing: approve everything ("approve-all", or "approve"), turn
 * everything down with one reason ("reject-all", or "reject"), or part by part (`decision-<id>` = approve | reject, `reason-<id>`). Answers 400 with the
 * field errors and what was chosen and typed when a part has no decision or a rejection no reason.
 */
export function handleListingDecision(ctx: RequestContext, user: CurrentUser, groupId: number, formData: FormData) {
  // "approve" and "reject" (the single-change buttons) mean the whole listing.
  const raw = formData.get("intent");
  const intent = raw === "approve" ? "approve-all" : raw === "reject" ? "reject-all" : raw;
  const ids = listGroup(ctx.db, groupId).map((p) => p.id);
  const decisions: Record<number, PartDecision | undefined> = {};
  if (intent === "approve-all") {
    for (const id of ids) decisions[id] = { approve: true };
  } else if (intent === "reject-all") {
    const reason = String(formData.get("reason") ?? "");
    for (const id of ids) decisions[id] = { approve: false, reason };
  } else if (intent === "decide") {
    for (const id of ids) {
      const choice = formData.get(`decision-${id}`);
      decisions[id] = choice === "approve" ? { approve: true } : choice === "reject" ? { approve: false, reason: String(formData.get(`reason-${id}`) ?? "") } : undefined;
    }
  } else {
    throw badParam(ctx, "intent", intent);
  }
  try {
    const result = decideListing(ctx.db, { groupId, moderatorId: user.id, decisions, now: nowIso() });
    const done = result.rejected === 0 ? "approved" : result.approved === 0 ? "rejected" : "decided";
    return redirect(localHref(ctx.lang, "/moderation", { done }));
  } catch (error) {
    if (!(error instanceof InvalidSubmissionError)) throw error;
    const typed = Object.fromEntries([...formData.entries()].filter(([k]) => k.startsWith("decision-") || k.startsWith("reason-") || k === "reason").map(([k, v]) => [k, String(v)]));
    // A reject-all without a reason: the error belongs to the one reason field.
    const errors = intent === "reject-all" ? { reason: ["moderation.reasonRequired"] } : error.fieldErrors;
    return data({ intent: String(intent), errors, typed }, { status: 400 });
  }
}
