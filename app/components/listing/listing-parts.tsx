import type { ReactNode } from "react";
import type { ListingDescription } from "~/listing/listing-review.server";
import { useLang } from "~/components/use-lang";
import { PartSummary } from "./part-summary";

type Part = ListingDescription["parts"][number];

/** A part's status as a tag: waiting, published, turned down (with its parent, or for its own reason), withdrawn. */
export function PartStatus({ part }: { part: Pick<Part, "status" | "withParent"> }) {
  const { t } = useLang();
  return <strong className={`tag ${part.status}`}>{part.withParent ? t("listing.withParent") : t(`account.statuses.${part.status}`)}</strong>;
}

/**
 * Every part of a listing sent in one go, in words: the organisation, each project, each award
 * (funding shown under the project it pays for), with its status and the moderator's reason.
 * `controls` adds something under each part (the moderator's decision).
 */
export function ListingParts({
  listing,
  headingLevel = 3,
  controls,
}: {
  listing: Pick<ListingDescription, "parts" | "names" | "boundaries">;
  headingLevel?: 2 | 3;
  controls?: (part: Part) => ReactNode;
}) {
  const { t } = useLang();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="listing-parts">
      {listing.parts.map((part) => (
        <section key={part.id} className={`listing-part${part.entity === "award" && part.funds ? " nested" : ""}`} aria-labelledby={`part-${part.id}`} data-part={part.entity}>
          <Heading id={`part-${part.id}`}>
            {t(`account.entities.${part.entity}`)}: <span lang="en">{part.title}</span>
          </Heading>
          <p>
            <PartStatus part={part} />
            {part.reason && !part.withParent ? (
              <>
                {" "}
                {t("account.columns.reason")}: {part.reason}
              </>
            ) : null}
          </p>
          <PartSummary entity={part.entity} fields={part.fields} names={listing.names} funds={part.funds} reach={part.reach} boundaries={listing.boundaries} />
          {controls?.(part)}
        </section>
      ))}
    </div>
  );
}
