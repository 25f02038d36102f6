/**
 * The funding half of the synthetic demonstration world: a handful of made-up funders, and for a
 * funded project one award with an amount and dates whose ends spread over the 36 months after
 * "today", so the funding cliff has bars in every quarter and coverage falls as funding ends.
 * Never real records; the same for the same random sequence.
 */
import type { FunderKind } from "../db/enums";
import { addDays, addMonths } from "../geo/dates/calendar";
import type { Rng } from "./synthetic-random";
import { pickWeighted, randomDay, truncateDay } from "./synthetic-random";

export interface SyntheticFunder {
  /** Short key; load-demo makes the slug `synthetic-demo-<seed>-<key>`. */
  key: string;
  nameEn: string;
  kind: FunderKind;
  programmeEn: string;
  /** Share of awards this funder makes (relative weight). */
  weight: number;
  /** Range of a total award in pounds; a per-year award is a third to a half of it a year. */
  minPounds: number;
  maxPounds: number;
}

/** The made-up funders: a national scheme, a lottery, a UK fund, two trusts and council grants. */
export const SYNTHETIC_FUNDERS: readonly SyntheticFunder[] = [
  { key: "cohesion-fund", nameEn: "Synthetic Community Cohesion Fund", kind: "welsh-government", programmeEn: "Community Cohesion Grant (synthetic)", weight: 28, minPounds: 20_000, maxPounds: 250_000 },
  { key: "lottery-communities", nameEn: "Synthetic Lottery Communities Fund", kind: "lottery", programmeEn: "Awards for Communities (synthetic)", weight: 24, minPounds: 10_000, maxPounds: 400_000 },
  { key: "safer-neighbourhoods", nameEn: "Synthetic Safer Neighbourhoods Programme", kind: "uk-government", programmeEn: "Safer Neighbourhoods (synthetic)", weight: 12, minPounds: 30_000, maxPounds: 300_000 },
  { key: "valleys-coast-trust", nameEn: "Synthetic Valleys and Coast Trust", kind: "trust", programmeEn: "Main grants (synthetic)", weight: 14, minPounds: 5_000, maxPounds: 60_000 },
  { key: "county-small-grants", nameEn: "Synthetic County Small Grants", kind: "local-authority", programmeEn: "Small grants (synthetic)", weight: 16, minPounds: 5_000, maxPounds: 25_000 },
  { key: "belonging-foundation", nameEn: "Synthetic Belonging Foundation", kind: "trust", programmeEn: "Belonging grants (synthetic)", weight: 6, minPounds: 15_000, maxPounds: 120_000 },
];

export interface SyntheticAward {
  /** 1…n in the order drawn. */
  id: number;
  projectId: number;
  /** A SYNTHETIC_FUNDERS key. */
  funder: string;
  programmeEn: string;
  amountPence: number;
  amountPeriod: "total" | "per-year";
  startDate: string | null;
  endDate: string | null;
  lastEvidenced: string | null;
}

/** An award's dates, drawn before its project's (which follow them). */
export interface AwardDraw {
  funder: SyntheticFunder;
  amountPence: number;
  amountPeriod: "total" | "per-year";
  startDate: string | null;
  endDate: string | null;
}

/** Share of awards ending on 31 March, the end of the public sector's financial year. */
const FINANCIAL_YEAR_END = 0.3;

/**
 * One award's funder, amount and dates: the end a day in [today, today + 36 months) (30% of them on
 * 31 March), kept to the day or month, 8% only to the year, 7% unknown; the start 12, 24 or 36
 * months before the end (in the past for most, in the future for a few new awards).
 */
export function drawAward(rng: Rng, today: string): AwardDraw {
  const funder = pickWeighted(rng, SYNTHETIC_FUNDERS, (f) => f.weight);
  const months = [12, 24, 36][Math.floor(rng() * 3)];
  const endRoll = rng();
  const horizon = addMonths(today, 36);
  let endDay = randomDay(rng, today, horizon);
  if (rng() < FINANCIAL_YEAR_END) endDay = pickFinancialYearEnd(rng, today, horizon);
  const startDay = addDays(addMonths(endDay, -months), 1);
  const precision = rng() < 0.45 ? "day" : "month";
  let startDate: string | null = truncateDay(startDay, precision);
  let endDate: string | null = truncateDay(endDay, precision);
  if (endRoll < 0.07) {
    endDate = null;
    startDate = truncateDay(randomDay(rng, addMonths(today, -36), addMonths(today, -1)), "month");
  } else if (endRoll < 0.15) {
    endDate = endDay.slice(0, 4);
  }
  if (rng() < 0.03) startDate = null;
  const perYear = months >= 24 && rng() < 0.3;
  const pounds = drawPounds(rng, funder.minPounds, funder.maxPounds) * (perYear ? 0.35 + 0.15 * rng() : 1);
  return { funder, amountPence: roundPounds(Math.max(5_000, pounds)) * 100, amountPeriod: perYear ? "per-year" : "total", startDate, endDate };
}

/** Log-uniform in [min, max]: many small grants, a few large ones. */
function drawPounds(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng() * (Math.log(max) - Math.log(min)));
}

/** To £500 under £50,000, to £1,000 above. */
function roundPounds(pounds: number): number {
  const step = pounds < 50_000 ? 500 : 1_000;
  return Math.round(pounds / step) * step;
}

/** One of the 31 Marches in [today, horizon), each as likely. */
function pickFinancialYearEnd(rng: Rng, today: string, horizon: string): string {
  const ends: string[] = [];
  for (let year = Number(today.slice(0, 4)); `${year}-03-31` < horizon; year++) if (`${year}-03-31` >= today) ends.push(`${year}-03-31`);
  return ends.length === 0 ? randomDay(rng, today, horizon) : ends[Math.floor(rng() * ends.length)];
}
