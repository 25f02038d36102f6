import type { SeedDocument } from "../types";
import { D000, D001, D002, D003, D004 } from "./refs";

/**
 * The five seed documents in shared/seeds/. Titles are descriptive where a document has no
 * title of its own; dates are only as precise as the document allows.
 */
export const DOCUMENTS: SeedDocument[] = [
  // 000: untitled and undated. It answers the Senedd committee's social cohesion call for evidence,
  // whose closing date it gives as 14 February 2025 (a deadline, not the submission date), and it
  // refers to an incident of "January 25" as recent. So it was written in 2025; no month is stated.
  {
    id: D000,
    title: "Wales Strategic Migration Partnership evidence to the Senedd committee inquiry into social cohesion",
    author: "Wales Strategic Migration Partnership (WSMP)",
    date: "2025",
    dateNote:
      "Inferred: the document is undated. It answers the Senedd committee's call for evidence on social cohesion (closing date 14 February 2025) and refers to an incident of \"January 25\" as recent, so it was written in 2025; no month is stated.",
  },
  // 001: "Response submitted 27 February 2025" (the call closed 14 February, extended to 28 February 2025).
  {
    id: D001,
    title: "Wales Safer Communities Network Response to Senedd Cymru's call for evidence on Social Cohesion",
    author: "Wales Safer Communities Network (Business and Network Development Manager, on behalf of Network members)",
    date: "2025-02-27",
  },
  // 002: undated. It answers the same three terms-of-reference questions as the call for evidence
  // that closed in February 2025 (documents 000 and 001) and refers to "the riots of July 2024" as past.
  // "2025" is the most defensible year, but the document itself states no date: a late-2024
  // submission cannot be ruled out.
  {
    id: D002,
    title: "City of Sanctuary response to the Senedd call for evidence on social cohesion",
    author: "City of Sanctuary",
    date: "2025",
    dateNote:
      "Inferred: the document is undated. It answers the same three questions as the call for evidence that closed in February 2025 and refers to the riots of July 2024 as past; 2025 is the most defensible year, but a late-2024 submission cannot be ruled out.",
  },
  // 003: dated "November 2025" on its cover.
  {
    id: D003,
    title: "Co-operation over Conflict: Wales must Act — Welsh Government response",
    author: "Welsh Government",
    date: "2025-11",
  },
  // 004: the title gives the year; no month is stated.
  {
    id: D004,
    title: "National Community Cohesion Delivery Plan Progress Report 2015",
    author: "Welsh Government (Llywodraeth Cymru)",
    date: "2015",
    dateNote: "The title gives the year; no month is stated.",
  },
];
