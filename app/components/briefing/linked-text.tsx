import { Fragment, type ReactNode } from "react";

/** Marks where a figure goes in a translated sentence; a control character no catalogue string holds. */
const MARK = "\u0001";

/**
 * The value to give a placeholder that is to become a link: `t(key, { n: slot(0), count })` keeps
 * the count for the plural form and leaves a mark where LinkedText puts `links[0]`.
 *
 * @example
 * <LinkedText text={t("briefing.summary.pairs", { n: slot(0), ... })} links={[<Link to="/gaps">210</Link>]} />
 */
export function slot(index: number): string {
  return `${MARK}${index}${MARK}`;
}

/** A translated sentence with its figures as links, so every figure leads to the page that holds its detail. */
export function LinkedText({ text, links }: { text: string; links: ReactNode[] }) {
  const parts = text.split(MARK);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{links[Number(part)]}</Fragment> : part))}</>;
}
