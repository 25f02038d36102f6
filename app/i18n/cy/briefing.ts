import type { Catalogue } from "../types";

/** Welsh strings (Cymraeg) for the national briefing (/briefing). */
export const briefing: Pick<Catalogue, "briefing"> = {
  briefing: {
    nav: "Briff",
    title: "Briff cenedlaethol: darpariaeth cydlyniant cymdeithasol yng Nghymru",
    metaTitle: "Briff cenedlaethol · Map Cydlyniant Cymru",
    asOf: "Ar {{date}}. Fersiwn {{version}} o'r data; y dystiolaeth ddiweddaraf ynddo: {{evidence}}.",
    intro:
      "Y darlun ledled Cymru ar gyfer un o bwyllgorau'r Senedd neu gyllidwr: darpariaeth leol gyfredol a'i bylchau yn ôl thema, yn ôl rhanbarth ac yn yr awdurdodau gwledig, y cyllid sy'n dod i ben yn ystod y ddwy flynedd nesaf, a chyfyngiadau'r data. Mae pob ffigur yn cysylltu â'r dudalen sy'n dal ei fanylion.",
    print: "Argraffu'r briff hwn",
    dateForm: "Dangos y briff ar gyfer dyddiad arall",
    show: "Dangos y briff",
    summary: {
      title: "Crynodeb",
      provision_one:
        "Ar {{date}}, mae {{n}} gwasanaeth lleol cyfredol yn cyfrif fel darpariaeth yn {{authorities}} awdurdod lleol Cymru, ochr yn ochr â {{national}} gwasanaeth ledled Cymru, sy'n cael eu rhestru ar wahân ac nad ydynt yn cau unrhyw fwlch lleol.",
      provision_other:
        "Ar {{date}}, mae {{n}} o wasanaethau lleol cyfredol yn cyfrif fel darpariaeth yn {{authorities}} awdurdod lleol Cymru, ochr yn ochr â {{national}} gwasanaeth ledled Cymru, sy'n cael eu rhestru ar wahân ac nad ydynt yn cau unrhyw fwlch lleol.",
      pairs:
        "Nid oes gwasanaeth lleol cyfredol gan {{n}} o'r {{pairs}} pâr o awdurdod a thema: nid oes gan {{themesWithNone}} o'r {{themes}} thema un mewn o leiaf un awdurdod, ac nid oes gan {{authoritiesWithNone}} o'r {{authorities}} awdurdod un ar o leiaf un thema.",
      rural: "Nid oes gwasanaeth lleol cyfredol ar o leiaf un thema gan {{n}} o'r {{rural}} awdurdod gwledig yn bennaf.",
      cliffKnown: "Cyllid â dyddiad gorffen wedi'i nodi sy'n dod i ben erbyn {{end}}: {{amounts}}.",
      cliffNone: "Nid oes unrhyw ddyfarniad â dyddiad gorffen wedi'i nodi yn dod i ben erbyn {{end}}.",
      unknownEnd_one: "Nid yw {{n}} dyfarniad yn nodi dyddiad gorffen, felly nid yw'n hysbys pryd y daw i ben.",
      unknownEnd_other: "Nid yw {{n}} o ddyfarniadau yn nodi dyddiad gorffen, felly nid yw'n hysbys pryd y dônt i ben.",
    },
    themes: {
      title: "Darpariaeth yn ôl thema",
      intro:
        "Mae thema'n cael ei darparu mewn awdurdod pan fo o leiaf un gwasanaeth lleol cyfredol arni'n gweithio yno. Caiff pobl y tu hwnt i gyrraedd eu cyfrif fesul ardal fach ONS (AGEHI), pob un â chyfran gyfartal o boblogaeth Cyfrifiad 2021 ei hawdurdod.",
      caption: "Darpariaeth leol gyfredol yn ôl thema, ar {{date}}: y themâu â darpariaeth yn y nifer lleiaf o awdurdodau yn gyntaf",
      theme: "Thema",
      withProvision: "Awdurdodau â darpariaeth leol gyfredol",
      none: "Awdurdodau heb ddim",
      outOfReach: "Pobl y tu hwnt i gyrraedd",
      ofTotal: "{{count}} o {{total}}",
      noneNamed: "Dim",
      everywhere: "Pob un o'r {{count}}: dim gwasanaeth lleol cyfredol yn unman yng Nghymru",
      share: "{{share}} o'r boblogaeth",
    },
    regions: {
      title: "Darpariaeth a bylchau yn ôl rhanbarth",
      intro:
        "Y rhanbarthau yw'r wyth ardal cydlyniant cymunedol rhanbarthol, fel y mae'r dogfennau ffynhonnell yn eu henwi. Mae'r dyfarniadau sy'n dod i ben o fewn 12 mis yn cynnwys y dyfarniadau ledled Cymru, fel y mae'r dudalen gyllid yn eu cyfrif ar gyfer rhanbarth.",
      caption: "Darpariaeth a bylchau yn ôl rhanbarth cydlyniant, ar {{date}}",
      region: "Rhanbarth a'i awdurdodau",
      noRegion: "Dim rhanbarth wedi'i gofnodi",
      population: "Poblogaeth (Cyfrifiad 2021)",
      pairs: "Parau awdurdod a thema heb wasanaeth lleol cyfredol",
      themesAbsent: "Themâu heb wasanaeth lleol cyfredol yn unman yn y rhanbarth",
      awardsEnding: "Dyfarniadau'n dod i ben o fewn 12 mis",
    },
    rural: {
      title: "Bylchau gwledig",
      intro:
        "Yr awdurdodau gwledig yw awdurdodau gwledig yn bennaf Fforwm Gwledig CLlLC. Mae bwlch yn wledig pan fo'r rhan fwyaf o'r bobl y tu hwnt i gyrraedd yn byw mewn ardaloedd bach â llai na 300 o bobl fesul km².",
      pairs: "Ledled Cymru, mae {{n}} o fylchau awdurdod a thema yn wledig; mae {{inRural}} ohonynt yn yr awdurdodau gwledig yn bennaf.",
      caption: "Darpariaeth leol gyfredol yn yr awdurdodau gwledig yn bennaf, ar {{date}}",
      authority: "Awdurdod",
      population: "Poblogaeth (Cyfrifiad 2021)",
      services: "Gwasanaethau lleol cyfredol",
      themesNone: "Themâu heb wasanaeth lleol cyfredol",
      ruralGaps: "Themâu â bwlch gwledig",
    },
    cliff: {
      title: "Y dibyn cyllid mewn punnoedd",
      intro:
        "Symiau o gyllid wedi'u nodi sy'n dod i ben ym mhob chwarter o {{start}} i {{end}}, os na chaiff dim ei adnewyddu, ar gyfer pob cyllidwr a thema. Mae swm a roddir fesul blwyddyn yn cyfrif ei ffigur blynyddol; mae swm a roddir fel cyfanswm yn cyfrif ei swm cyfan; nid yw'r ddau byth yn cael eu hadio at ei gilydd. Mae dyfarniad heb swm wedi'i nodi yn cael ei gyfrif, ond nid yw byth yn cael ei ddangos fel £0.",
      caption: "Cyllid yn dod i ben fesul chwarter, {{start}} i {{end}}",
      quarter: "Chwarter",
      perYear: "Symiau blynyddol yn dod i ben",
      total: "Symiau cyfan yn dod i ben",
      awards: "Dyfarniadau'n dod i ben",
      notStated: "Dyfarniadau heb swm wedi'i nodi",
      totalRow: "Pob un o'r {{count}} chwarter",
      unknownEnd_one: "Nid yw {{n}} dyfarniad yn nodi dyddiad gorffen, ond cafodd ei enwi mewn ffynhonnell yn ystod y {{months}} mis diwethaf.",
      unknownEnd_other: "Nid yw {{n}} o ddyfarniadau yn nodi dyddiad gorffen, ond cawsant eu henwi mewn ffynhonnell yn ystod y {{months}} mis diwethaf.",
      noRecent_one:
        "Nid yw {{n}} dyfarniad yn nodi dyddiad gorffen ac nid oes tystiolaeth amdano yn ystod y {{months}} mis diwethaf, felly nid yw'n cael ei gyfrif fel un gweithredol.",
      noRecent_other:
        "Nid yw {{n}} o ddyfarniadau yn nodi dyddiad gorffen ac nid oes tystiolaeth amdanynt yn ystod y {{months}} mis diwethaf, felly nid ydynt yn cael eu cyfrif fel rhai gweithredol.",
      later_one: "Mae {{n}} dyfarniad yn dod i ben ar ôl {{end}}.",
      later_other: "Mae {{n}} o ddyfarniadau yn dod i ben ar ôl {{end}}.",
      approximate_one: "Mae {{count}} diwedd yn hysbys i'r flwyddyn yn unig ac mae wedi'i osod yn chwarter olaf y flwyddyn honno.",
      approximate_other: "Mae {{count}} o ddiweddau yn hysbys i'r flwyddyn yn unig ac maent wedi'u gosod yn chwarteri olaf y blynyddoedd hynny.",
      more: "Y dibyn cyfan, yn ôl cyllidwr neu thema, dros dair blynedd",
    },
    limits: {
      title: "Cyfyngiadau'r data",
      intro: "Yr hyn na all y ffigurau hyn ei ddweud wrthych:",
      stale_one: "Nid yw {{count}} sefydliad rhestredig wedi'i gadarnhau'n gywir yn ystod y {{months}} mis diwethaf.",
      stale_other: "Nid yw {{count}} o sefydliadau rhestredig wedi'u cadarnhau'n gywir yn ystod y {{months}} mis diwethaf.",
      amountNotStated: "Nid yw {{n}} o'r {{awards}} dyfarniad yn nodi swm: maent yn cael eu cyfrif, ond nid ydynt byth yn cael eu dangos fel £0.",
      endNotStated: "Nid yw {{n}} o'r {{awards}} dyfarniad yn nodi dyddiad gorffen, ac nid oes ffynhonnell yn dweud eu bod wedi dod i ben.",
      approximate_one: "Mae {{count}} swm yn fras (“tua”), fel y mae ei ffynhonnell yn ei roi.",
      approximate_other: "Mae {{count}} o symiau yn fras (“tua”), fel y mae eu ffynonellau yn eu rhoi.",
      imported_one:
        "Daw {{n}} swm o ffeil 360Giving cyllidwr, fel y cyhoeddodd y cyllidwr ef: ni all y safon ddweud a yw ar gyfer un flwyddyn neu'r grant cyfan, felly caiff ei gyfrif fel y grant cyfan.",
      imported_other:
        "Daw {{n}} o symiau o ffeiliau 360Giving cyllidwyr, fel y cyhoeddodd y cyllidwyr hwy: ni all y safon ddweud a yw swm ar gyfer un flwyddyn neu'r grant cyfan, felly caiff pob un ei gyfrif fel y grant cyfan.",
      policies_one:
        "Mae {{n}} cofnod cyfredol yn gynllun, polisi, rhaglen, rhwydwaith, ymgyrch neu adroddiad: cyd-destun, nid darpariaeth, felly nid yw'n cau unrhyw fwlch.",
      policies_other:
        "Mae {{n}} o gofnodion cyfredol yn gynlluniau, polisïau, rhaglenni, rhwydweithiau, ymgyrchoedd neu adroddiadau: cyd-destun, nid darpariaeth, felly nid ydynt yn cau unrhyw fwlch.",
      peopleEqualShares:
        "Caiff pobl eu gosod fesul ardal fach, pob un â chyfran gyfartal o boblogaeth Cyfrifiad 2021 ei hawdurdod; gall un ardal fach ddal rhwng 1,000 a 3,000 o bobl.",
      peopleImported: "Caiff pobl eu gosod fesul ardal fach o'r poblogaethau a fewnforiwyd o {{source}} ar {{date}}.",
    },
    sources: {
      title: "Ffynonellau a thrwyddedau",
      regions: "Rhanbarthau",
      rural: "Awdurdodau gwledig",
      population: "Poblogaeth",
      boundaries: "Ffiniau",
      settlements: "Aneddiadau: GeoNames (CC BY 4.0).",
      ons: "Ffeithiau am awdurdodau ac ardaloedd bach: SYG ac StatsCymru. Yn cynnwys gwybodaeth y sector cyhoeddus wedi'i thrwyddedu o dan y Drwydded Llywodraeth Agored v3.0. Hawlfraint y Goron.",
      about: "Pob dogfen ffynhonnell a thrwydded",
    },
    aboutText: "I un o bwyllgorau'r Senedd neu gyllidwr, mae'r briff cenedlaethol yn rhoi'r darlun ledled Cymru ar un dudalen sy'n argraffu ar A4:",
    aboutLink: "y briff cenedlaethol",
  },
};
