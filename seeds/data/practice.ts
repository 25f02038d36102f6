import type { SeedPracticeNote } from "../types";

/** Practice the five documents hold up as worth learning from (see SeedPracticeNote). */
export const PRACTICE: SeedPracticeNote[] = [];
