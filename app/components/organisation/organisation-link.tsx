import { Link } from "@remix-run/react";
import { Bilingual } from "~/components/bilingual";
import { useLang } from "~/components/use-lang";

/** An organisation's name in the reader's language, linked to its page. */
export function OrganisationLink({ organisation: o }: { organisation: { slug: string; nameEn: string; nameCy: string | null } }) {
  const { href } = useLang();
  return (
    <Link to={href(`/organisations/${o.slug}`)}>
      <Bilingual en={o.nameEn} cy={o.nameCy} />
    </Link>
  );
}
