/**
 * The words of the pay survey report and the EU indicator report, in plain Swedish and
 * natural English. Structured after Diskrimineringslagen 3 kap. 13–14 §§ and EU 2023/970
 * art. 9; the law's own terms are used where a reader will look for them.
 */

const sv = {
  surveyTitle: (year: number) => `Lönekartläggning och analys ${year}`,
  surveySubtitle: "Diskrimineringslagen (2008:567) 3 kap. 8–14 §§",
  surveyFile: (year: number, organisation: string) => `Lönekartläggning ${year} – ${organisation}`,
  indicatorTitle: (year: number) => `Lönetransparens: indikatorer ${year}`,
  indicatorSubtitle: "EU:s lönetransparensdirektiv (EU) 2023/970, artikel 9",
  indicatorFile: (year: number, organisation: string) =>
    `Lönetransparens ${year} – ${organisation}`,

  women: "Kvinnor",
  men: "Män",
  total: "Totalt",
  hidden: "Dold",
  hiddenLong: (k: number) => `dold (färre än ${k})`,
  none: "–",
  yes: "Ja",
  no: "Nej",
  people: (n: string) => `${n} personer`,
  person: "1 person",

  about: "Om lönekartläggningen",
  aboutText:
    "Varje år ska arbetsgivaren kartlägga och analysera löner och andra anställningsvillkor för att upptäcka, åtgärda och förhindra osakliga skillnader i lön mellan kvinnor och män. Den här rapporten dokumenterar årets kartläggning, analysen av skillnaderna, de lönejusteringar som behövs och hur arbetet har gjorts tillsammans med arbetstagarnas organisationer.",
  facts: {
    organisation: "Arbetsgivare",
    orgNumber: "Organisationsnummer",
    year: "Kartläggningsår",
    snapshot: "Mätdatum",
    employees: "Antal anställda i underlaget",
    imported: "Underlaget",
    date: "Rapportens datum",
  },
  importedBy: (when: string, who: string | null, file: string | null) =>
    [`Importerat ${when}`, who ? `av ${who}` : null, file ? `från filen ${file}` : null]
      .filter(Boolean)
      .join(" "),
  notImported: "Inget underlag är importerat.",

  summary: "Sammanfattning",
  summaryFacts: {
    differences: "Skillnader som ska analyseras",
    analysed: "Varav analyserade",
    unjustified: "Bedömda som osakliga",
    adjustments: "Lönejusteringar",
    cost: "Sammanlagd kostnad per år",
  },
  ofTotal: (done: number, total: number) => `${done} av ${total}`,

  cooperation: "Så har kartläggningen gjorts och samverkan gått till",
  cooperationLaw:
    "Arbetsgivaren och arbetstagarna ska samverka i lönekartläggningen (3 kap. 11 §), och arbetsgivaren ska ge de fackliga organisationerna de uppgifter de behöver för det (3 kap. 12 §).",
  who: "Vem som har gjort arbetet",
  whoImported: (name: string | null, date: string | null) =>
    date
      ? `Löneunderlaget importerades ${date}${name ? ` av ${name}` : ""}.`
      : "Det finns ingen uppgift om när löneunderlaget importerades.",
  whoEvaluated: (names: string) => `Arbetsvärderingen har gjorts av ${names}.`,
  whoEvaluatedNone: "Det finns ingen uppgift om vem som har värderat arbetena.",
  whoAnalysed: (names: string, from: string, to: string) =>
    from === to
      ? `Skillnaderna analyserades ${from} av ${names}.`
      : `Skillnaderna analyserades mellan ${from} och ${to} av ${names}.`,
  whoAnalysedNone: "Ingen av skillnaderna är analyserad ännu.",
  designatedCaption: "Fackliga företrädare utsedda för lönekartläggningen",
  designatedColumns: ["Namn", "Organisation"],
  designatedText:
    "De utsedda företrädarna har tillgång till de enskilda lönerna i Aktiva, så att de kan delta i analysen. Varje gång de tittar på enskilda löner loggas det.",
  designatedNone:
    "Ingen facklig företrädare är utsedd för lönekartläggningen i Aktiva. Ingen utanför HR har alltså kunnat se de enskilda lönerna här.",
  otherReps: (names: string) =>
    `Andra fackliga företrädare i Aktiva (ser bara sammanställningar): ${names}.`,
  noUnion: "Okänd organisation",
  statement: "Arbetsgivarens beskrivning av samverkan",
  meetingsCaption: (year: number) => `Samverkansmöten ${year}`,
  meetingsColumns: ["Datum", "Forum", "Ämnen"],
  meetingsNone: (year: number) => `Inga samverkansmöten är registrerade för ${year}.`,
  positionsCaption: "Arbetstagarorganisationernas ställningstagande om årets arbete",
  positionsColumns: ["Företrädare", "Organisation", "Ställningstagande", "Kommentar"],
  noWorkYear: (year: number) =>
    `Arbetsåret ${year} är inte upplagt i Aktiva. Därför finns inga samverkansmöten eller ställningstaganden att redovisa.`,
  notRecorded:
    "Aktiva registrerar inte vilka av mötena som handlade om just lönekartläggningen, vilket underlag parterna fick före mötena eller om facket har lämnat synpunkter på enskilda analyser. Sådant behöver skrivas i beskrivningen av samverkan ovan eller i ett protokoll.",

  method: "Metod",
  methodFacts: {
    snapshot: "Mätdatum",
    population: "Vilka som ingår",
    payConcept: "Lönebegrepp",
    k: "Minsta gruppstorlek",
    womenDominated: "Kvinnodominerat arbete",
    bands: "Lika värde",
  },
  population: (women: string, men: string) =>
    `Alla anställda i löneunderlaget på mätdatumet: ${women} kvinnor och ${men} män.`,
  payConcept:
    "Månadslön omräknad till heltid: (grundlön + fasta tillägg) × 100 / sysselsättningsgrad. Rörlig lön ingår inte i jämförelserna men i EU-indikatorerna.",
  kText: (k: number) =>
    `${k} personer. Siffror om färre än ${k} kvinnor eller män visas inte i rapporten, och ytterligare siffror döljs när de annars skulle gå att räkna fram. Antalet personer visas alltid. Analysen görs ändå på alla arbeten, också de små.`,
  womenDominatedText: (share: string) =>
    `Minst ${share} kvinnor, eller markerat som traditionellt kvinnligt arbete.`,
  bandsText: (width: string) =>
    `Arbeten vars värde i arbetsvärderingen ligger inom samma intervall om ${width} poäng räknas som likvärdiga.`,
  noIndividualPay:
    "Rapporten innehåller inga enskilda löner, inga namn på anställda och inga personnummer.",

  evaluation: "Arbetsvärdering",
  evaluationText:
    "Arbetena har värderats efter vilka krav de ställer, inte efter personerna som har dem. Kriterierna och deras vikter står nedan. Värdet är 0–100 poäng.",
  templateCaption: "Kriterier och vikter",
  templateColumns: ["Kriterium", "Vikt", "Delkriterier (vikt inom kriteriet)"],
  jobsCaption: "Arbetenas värde",
  jobsColumns: [
    "Arbete",
    "Värde",
    "Värde-\ngrupp",
    "Kvinnor /\nmän",
    "Kvinno-\ndominerat",
    "Motivering",
  ],
  band: (from: string, to: string) => `${from}–${to}`,
  notEvaluatedCaption: "Arbeten som inte är värderade",
  notEvaluatedColumns: ["Arbete", "Kvinnor", "Män"],
  noneEvaluated:
    "Inget arbete är värderat ännu. Därför går det inte att jämföra likvärdiga arbeten (b) eller arbeten med lägre krav och högre lön (c). Värdera arbetena och ta fram rapporten igen.",
  someNotEvaluated: (n: number) =>
    n === 1
      ? "1 arbete är inte värderat och finns därför inte med i jämförelserna (b) och (c)."
      : `${n} arbeten är inte värderade och finns därför inte med i jämförelserna (b) och (c).`,

  statistics: "Personalstatistik",
  statisticsText: (k: number) =>
    `Fördelningen av kvinnor och män i verksamheten. Grupper med färre än ${k} personer av ett kön visas som dolda.`,
  keyFiguresCaption: "Kvinnor och män: nyckeltal",
  keyFiguresColumns: ["Uppgift", "Kvinnor", "Män"],
  keyFigures: {
    employees: "Antal anställda",
    partTime: "Deltid (under 100\u00A0%)",
    temporary: "Tidsbegränsat anställda",
    parentalLeave: "Föräldraledighet under året",
    longSickLeave: "Sjukfrånvaro mer än 14 dagar",
  },
  countShare: (count: string, percent: string) => `${count} (${percent})`,
  shareFigure: "Andel kvinnor och män per arbete",
  shareAlt: (shown: number, balanced: number, hidden: number) =>
    `Liggande staplar med andelen kvinnor och män i ${shown} arbeten. ${balanced} av dem har en jämn fördelning, 40–60\u00A0% av varje kön.${hidden > 0 ? ` ${hidden} arbeten med dolda siffror finns bara i tabellen.` : ""} Samma siffror står i tabellen.`,
  shareCaption: "Andel kvinnor och män per arbete",
  shareColumns: ["Arbete", "Kvinnor", "Män", "Andel kvinnor", "Jämn (40–60\u00A0%)"],
  managementCaption: "Chefer och övriga",
  managers: "Chefer",
  others: "Övriga",

  equalWork: "(a) Lika arbete",
  equalWorkText:
    "Kvinnor och män som gör samma arbete jämförs med varandra (3 kap. 9 § 1). Skillnaden är männens medellön minus kvinnornas, och i procent av männens.",
  equalWorkFigure: "Skillnad i medellön mellan kvinnor och män per arbete",
  equalWorkAlt: (shown: number, womenLower: number, hidden: number) =>
    `Liggande staplar med skillnaden i medellön i procent för ${shown} arbeten där båda könen finns. I ${womenLower} av dem har kvinnorna lägre medellön.${hidden > 0 ? ` ${hidden} arbeten med dolda siffror finns bara i tabellen.` : ""} Samma siffror står i tabellen.`,
  womenLower: "Kvinnor har lägre lön",
  womenHigher: "Kvinnor har högre lön",
  equalWorkCaption: "Lika arbete: månadslön omräknad till heltid",
  equalWorkColumns: ["Arbete", "Kvinnor", "Medellön kvinnor", "Män", "Medellön män", "Skillnad"],
  difference: (kr: string, percent: string) => `${kr}\n(${percent})`,
  oneSexOnly: "Bara ett kön",
  analysesCaption: (what: string) => `Analys: ${what}`,
  analysisColumns: ["Skillnad", "Bedömning", "Förklaring"],
  notAnalysed: "Inte analyserad",
  noExplanation: "Ingen förklaring skriven.",
  noDifferences: "Det finns inga skillnader att analysera.",

  equivalent: "(b) Likvärdigt arbete",
  equivalentText:
    "Kvinnodominerade arbeten jämförs med arbeten som inte är kvinnodominerade, har samma värde och högre medellön (3 kap. 9 § 2).",
  lowerValue: "(c) Lägre krav men högre lön",
  lowerValueText:
    "Kvinnodominerade arbeten jämförs med arbeten som inte är kvinnodominerade, har lägre värde och ändå högre medellön (3 kap. 9 § 3).",
  pairsCaption: (what: string) => `Jämförelser: ${what}`,
  pairColumns: ["Kvinnodominerat arbete", "Medellön", "Jämförs med", "Medellön", "Skillnad"],
  withValue: (job: string, value: string) => `${job}\nvärde ${value}`,
  noPairs: "Inget kvinnodominerat arbete har lägre medellön än ett sådant arbete.",
  valuePayFigure: "Arbetenas värde och medellön",
  valuePayAlt: (jobs: number, dominated: number) =>
    `Punktdiagram med värde och medellön för ${jobs} värderade arbeten, varav ${dominated} kvinnodominerade (orange trianglar). Arbeten vars lön är dold saknas i diagrammet. Samma siffror står i tabellen.`,
  valuePayCaption: "Värderade arbeten: värde, andel kvinnor och medellön",
  valuePayColumns: ["Arbete", "Värde", "Andel kvinnor", "Kvinno-\ndominerat", "Medellön"],
  valueAxis: "Värde (poäng)",
  payAxis: "Medellön",
  dominatedJobs: "Kvinnodominerade arbeten",
  otherJobs: "Övriga arbeten",
  dominance: {
    share: "Ja",
    manual: "Ja, markerat",
    "share-and-manual": "Ja",
  },

  classification: {
    justified: "Saklig",
    unjustified: "Osaklig",
    investigate: "Behöver utredas",
  },
  pairName: (job: string, other: string) => `${job} – ${other}`,

  regression: "Kompletterande analys: regression",
  regressionText:
    "Som stöd för analysen har lönen jämförts med hjälp av en regressionsmodell av samma slag som Logib: lönen (i logaritm) förklaras med utbildning, anställningstid, erfarenhet, arbetets värdegrupp och chefsansvar, och koefficienten för kvinna visar den skillnad som återstår. Modellen ersätter inte analysen av varje skillnad ovan.",
  regressionFacts: {
    n: "Antal i modellen",
    rSquared: "Förklaringsgrad (R²)",
    female: "Koefficient för kvinna",
    kennedy: "Skillnad i procent (Kennedy)",
    p: "p-värde",
  },
  regressionHidden: (k: number) =>
    `Resultatet visas inte eftersom det gäller färre än ${k} kvinnor eller män.`,
  regressionRefused: (message: string) => `Modellen kunde inte skattas: ${message}`,

  measures: "Lönejusteringar och åtgärder",
  measuresText:
    "Osakliga skillnader ska rättas till så snart som möjligt och senast inom tre år (3 kap. 10 §). Varje lönejustering är också en åtgärd i årets handlingsplan. Kostnaden per år räknas med arbetsgivaravgifter.",
  measuresCaption: "Lönejusteringar med kostnad",
  measuresColumns: [
    "Lönejustering",
    "Vilka",
    "Höjning per månad och person",
    "Kostnad per år",
    "Klart senast",
    "Status",
  ],
  responsible: (who: string) => `Ansvarig: ${who}`,
  measuresNone: "Inga lönejusteringar är beslutade för året.",
  group: (description: string, people: string) => `${description} (${people})`,
  totalCost: (cost: string) => `Sammanlagd kostnad per år: ${cost}.`,
  timetable: "Tidsplan",
  timetableItem: (date: string, title: string) => `Senast ${date}: ${title}`,
  kindName: {
    equal_work: "lika arbete",
    equivalent: "likvärdigt arbete",
    lower_value: "lägre krav men högre lön",
  },
  measureReason: (kind: string, job: string, other: string | null) =>
    other ? `${job} jämfört med ${other} (${kind})` : `${job} (${kind})`,

  lastYear: "Utvärdering av förra årets lönejusteringar",
  lastYearText: (year: number) =>
    `Lönejusteringarna från kartläggningen ${year} och om de har genomförts.`,
  lastYearCaption: (year: number) => `Lönejusteringar från ${year}`,
  lastYearColumns: ["Skillnad", "Vilka", "Klart senast", "Status", "Utvärdering"],
  lastYearNone: (year: number) => `Kartläggningen ${year} ledde inte till några lönejusteringar.`,
  noPreviousSurvey: "Det finns ingen tidigare lönekartläggning i Aktiva att utvärdera.",
  notEvaluatedYet: "Inte utvärderad",
  carriedOver: (year: number) => `Förd vidare till ${year}`,

  payConclusion: "Arbetsgivarens sammanfattning",

  // The EU indicator report
  euAbout: "Om rapporten",
  euAboutText:
    "Rapporten visar de indikatorer som arbetsgivare ska rapportera enligt EU:s lönetransparensdirektiv, artikel 9.1 a–g, beräknade på årslön och timlön. Löneskillnaden är männens lön minus kvinnornas, i procent av männens. Den är positiv när kvinnor har lägre lön.",
  euFacts: {
    snapshot: "Mätdatum",
    employees: "Anställda",
    population: "Kvinnor och män",
    fullTime: "Heltid",
    assumed: "Utan egen veckoarbetstid",
    k: "Minsta gruppstorlek",
  },
  euPopulation: (women: string, men: string) => `${women} kvinnor, ${men} män`,
  hoursPerWeek: (hours: string) => `${hours} timmar i veckan`,
  assumedHours: (n: string) => `${n} anställda har fått heltidens veckoarbetstid`,
  euK: (k: number) => `${k}. Siffror om färre än ${k} kvinnor eller män visas inte.`,
  payLevels:
    "Årslön är grundlön och fasta tillägg för ett år plus rörlig lön. Timlön är årslönen delad med arbetade timmar enligt veckoarbetstid och sysselsättningsgrad.",
  duty: "Vem ska rapportera och när",
  dutyText: {
    large: (n: string) =>
      `Med ${n} anställda ska arbetsgivaren rapportera indikatorerna varje år, första gången senast den 7 juni 2027 (för år 2026).`,
    medium: (n: string) =>
      `Med ${n} anställda ska arbetsgivaren rapportera indikatorerna vart tredje år, första gången senast den 7 juni 2027 (för år 2026).`,
    small: (n: string) =>
      `Med ${n} anställda ska arbetsgivaren rapportera indikatorerna vart tredje år, första gången senast den 7 juni 2031.`,
    none: (n: string) =>
      `Med ${n} anställda har arbetsgivaren ingen skyldighet att rapportera enligt direktivet, som gäller från 100 anställda. Det går ändå att rapportera frivilligt.`,
  },
  dutyNote:
    "Antalet anställda är de som finns i årets löneunderlag. Direktivet ska genomföras i svensk lag, och det är den svenska lagen som avgör detaljerna.",
  gaps: "Löneskillnader och rörlig lön (a–e)",
  gapsCaption: "Indikatorerna a–e",
  gapsColumns: ["Indikator", "Årslön", "Timlön"],
  indicators: {
    a: "(a) Löneskillnad, medel",
    b: "(b) Skillnad i rörlig lön, medel",
    c: "(c) Löneskillnad, median",
    d: "(d) Skillnad i rörlig lön, median",
    eWomen: "(e) Andel kvinnor med rörlig lön",
    eMen: "(e) Andel män med rörlig lön",
  },
  gapCell: (percent: string) => percent,
  noGap: {
    "no-women": "Inga kvinnor",
    "no-men": "Inga män",
    "no-people": "Ingen",
    "male-zero": "Männen har ingen",
  },
  noVariable: {
    "no-women": "Ingen kvinna har rörlig lön",
    "no-men": "Ingen man har rörlig lön",
    "no-people": "Ingen har rörlig lön",
    "male-zero": "Går inte att räkna (männens rörliga lön är 0)",
  },
  quartiles: "Kvinnor och män i lönekvartilerna (f)",
  quartilesText:
    "De anställda delas i fyra lika stora grupper efter lön, från lägst till högst. För varje grupp visas andelen kvinnor och män.",
  quartileFigure: (level: string) => `Kvinnor och män per lönekvartil, ${level}`,
  quartileAlt: (level: string, lowest: string, highest: string) =>
    `Staplade staplar för fyra lönekvartiler, ${level}. Andelen kvinnor är ${lowest} i den lägsta kvartilen och ${highest} i den högsta. Samma siffror står i tabellen.`,
  quartileCaption: (level: string) => `Lönekvartiler, ${level}`,
  quartileColumns: ["Kvartil", "Antal", "Kvinnor", "Män", "Andel kvinnor", "Andel män"],
  quartileName: (band: number) =>
    band === 1 ? "1 (lägst lön)" : band === 4 ? "4 (högst lön)" : String(band),
  annual: "årslön",
  hourly: "timlön",
  annualTitle: "Årslön",
  hourlyTitle: "Timlön",
  categories: "Löneskillnad per kategori av arbetstagare (g)",
  categoriesText: (width: string) =>
    `En kategori är arbeten av lika värde: arbeten vars värde ligger inom samma intervall om ${width} poäng. Ett arbete som inte är värderat är en egen kategori. Skillnaden visas för hela lönen, grundlönen och den rörliga lönen.`,
  jointAssessment:
    "Om skillnaden i en kategori är 5\u00A0% eller mer, åt något håll, och arbetsgivaren inte kan motivera den med könsneutrala kriterier eller rätta till den inom sex månader efter rapporteringen, ska arbetsgivaren göra en gemensam lönebedömning med arbetstagarnas företrädare (artikel 10). Kategorier där skillnaden når gränsen är markerade nedan.",
  flaggedCount: (n: number) =>
    n === 0
      ? "Ingen kategori har en skillnad på 5\u00A0% eller mer."
      : n === 1
        ? "1 kategori har en skillnad på 5\u00A0% eller mer."
        : `${n} kategorier har en skillnad på 5\u00A0% eller mer.`,
  categoriesCaption: "Löneskillnad per kategori",
  categoriesColumns: [
    "Kategori",
    "Kvinnor",
    "Män",
    "Årslön: hela / grund / rörlig",
    "Timlön: hela / grund / rörlig",
    "5\u00A0% eller mer",
  ],
  categoryBand: (range: string) => `Värde ${range}`,
  categoryJob: (job: string) => `${job} (inte värderat)`,
  flagYes: (levels: string) => `Ja – gemensam lönebedömning kan krävas (${levels})`,
  flagNo: "Nej",
  flagHidden: "Dold",
  unevaluated: (n: number) =>
    n === 1 ? "1 arbete är inte värderat." : `${n} arbeten är inte värderade.`,
  yearOverYear: "Utveckling över åren",
  yearFigure: "Löneskillnad i medel, år för år",
  yearAlt: (years: string) =>
    `Linjediagram med löneskillnaden i medel på årslön och timlön för åren ${years}. Samma siffror står i tabellen.`,
  yearCaption: "Löneskillnad år för år",
  yearColumns: [
    "År",
    "Kvinnor",
    "Män",
    "Årslön, medel",
    "Årslön, median",
    "Timlön, medel",
    "Timlön, median",
  ],
};

export type ReportTexts = typeof sv;

const en: ReportTexts = {
  surveyTitle: (year) => `Pay survey and analysis ${year}`,
  surveySubtitle: "Swedish Discrimination Act (2008:567), chapter 3, sections 8–14",
  surveyFile: (year, organisation) => `Pay survey ${year} – ${organisation}`,
  indicatorTitle: (year) => `Pay transparency: indicators ${year}`,
  indicatorSubtitle: "EU Pay Transparency Directive (EU) 2023/970, Article 9",
  indicatorFile: (year, organisation) => `Pay transparency ${year} – ${organisation}`,

  women: "Women",
  men: "Men",
  total: "Total",
  hidden: "Hidden",
  hiddenLong: (k) => `hidden (fewer than ${k})`,
  none: "–",
  yes: "Yes",
  no: "No",
  people: (n) => `${n} people`,
  person: "1 person",

  about: "About the pay survey",
  aboutText:
    "Every year the employer must survey and analyse pay and other terms of employment to detect, remedy and prevent unjustified differences in pay between women and men. This report documents this year's survey, the analysis of the differences, the pay adjustments needed and how the work was done together with the employees' organisations.",
  facts: {
    organisation: "Employer",
    orgNumber: "Corporate ID number",
    year: "Survey year",
    snapshot: "Snapshot date",
    employees: "Employees in the data",
    imported: "The data",
    date: "Date of this report",
  },
  importedBy: (when, who, file) =>
    [`Imported on ${when}`, who ? `by ${who}` : null, file ? `from the file ${file}` : null]
      .filter(Boolean)
      .join(" "),
  notImported: "No data has been imported.",

  summary: "Summary",
  summaryFacts: {
    differences: "Differences to analyse",
    analysed: "Of these analysed",
    unjustified: "Assessed as unjustified",
    adjustments: "Pay adjustments",
    cost: "Total cost per year",
  },
  ofTotal: (done, total) => `${done} of ${total}`,

  cooperation: "How the survey was done and how the parties cooperated",
  cooperationLaw:
    "Employer and employees must cooperate on the pay survey (chapter 3, section 11), and the employer must give the unions the information they need to do so (section 12).",
  who: "Who did the work",
  whoImported: (name, date) =>
    date
      ? `The pay data was imported on ${date}${name ? ` by ${name}` : ""}.`
      : "There is no record of when the pay data was imported.",
  whoEvaluated: (names) => `The job evaluation was done by ${names}.`,
  whoEvaluatedNone: "There is no record of who evaluated the jobs.",
  whoAnalysed: (names, from, to) =>
    from === to
      ? `The differences were analysed on ${from} by ${names}.`
      : `The differences were analysed between ${from} and ${to} by ${names}.`,
  whoAnalysedNone: "None of the differences has been analysed yet.",
  designatedCaption: "Union representatives designated for the pay survey",
  designatedColumns: ["Name", "Organisation"],
  designatedText:
    "The designated representatives can see individual pay in Aktiva so that they can take part in the analysis. Every time they look at individual pay, it is logged.",
  designatedNone:
    "No union representative has been designated for the pay survey in Aktiva, so nobody outside HR has been able to see individual pay here.",
  otherReps: (names) => `Other union representatives in Aktiva (see summaries only): ${names}.`,
  noUnion: "Organisation not stated",
  statement: "The employer's account of the cooperation",
  meetingsCaption: (year) => `Cooperation meetings ${year}`,
  meetingsColumns: ["Date", "Forum", "Topics"],
  meetingsNone: (year) => `No cooperation meetings are recorded for ${year}.`,
  positionsCaption: "The employees' organisations' positions on this year's work",
  positionsColumns: ["Representative", "Organisation", "Position", "Comment"],
  noWorkYear: (year) =>
    `The work year ${year} has not been set up in Aktiva, so there are no cooperation meetings or positions to report.`,
  notRecorded:
    "Aktiva does not record which of the meetings dealt with the pay survey in particular, what material the parties received before them, or whether the union commented on individual analyses. Such things need to be written in the account of the cooperation above or in minutes.",

  method: "Method",
  methodFacts: {
    snapshot: "Snapshot date",
    population: "Who is included",
    payConcept: "Pay concept",
    k: "Minimum group size",
    womenDominated: "Women-dominated job",
    bands: "Equal value",
  },
  population: (women, men) =>
    `Every employee in the pay data on the snapshot date: ${women} women and ${men} men.`,
  payConcept:
    "Monthly pay converted to full time: (base salary + fixed supplements) × 100 / extent of employment. Variable pay is not part of the comparisons but is part of the EU indicators.",
  kText: (k) =>
    `${k} people. Figures about fewer than ${k} women or men are not shown in the report, and further figures are hidden where they would otherwise let them be worked out. The number of people is always shown. Every job is still analysed, small ones included.`,
  womenDominatedText: (share) =>
    `At least ${share} women, or marked as traditionally women's work.`,
  bandsText: (width) =>
    `Jobs whose value in the job evaluation falls within the same interval of ${width} points count as work of equal value.`,
  noIndividualPay:
    "The report contains no individual pay, no names of employees and no personal identity numbers.",

  evaluation: "Job evaluation",
  evaluationText:
    "The jobs have been evaluated by the demands they make, not by the people who do them. The criteria and their weights are below. A job's value is 0–100 points.",
  templateCaption: "Criteria and weights",
  templateColumns: ["Criterion", "Weight", "Sub-criteria (weight within the criterion)"],
  jobsCaption: "The jobs' value",
  jobsColumns: [
    "Job",
    "Value",
    "Value\ngroup",
    "Women /\nmen",
    "Women-\ndominated",
    "Justification",
  ],
  band: (from, to) => `${from}–${to}`,
  notEvaluatedCaption: "Jobs not evaluated",
  notEvaluatedColumns: ["Job", "Women", "Men"],
  noneEvaluated:
    "No job has been evaluated yet, so equivalent work (b) and work with lower demands but higher pay (c) cannot be compared. Evaluate the jobs and produce the report again.",
  someNotEvaluated: (n) =>
    n === 1
      ? "1 job has not been evaluated and is therefore not part of comparisons (b) and (c)."
      : `${n} jobs have not been evaluated and are therefore not part of comparisons (b) and (c).`,

  statistics: "Personnel statistics",
  statisticsText: (k) =>
    `How women and men are distributed in the organisation. Groups with fewer than ${k} people of one sex are shown as hidden.`,
  keyFiguresCaption: "Women and men: key figures",
  keyFiguresColumns: ["Figure", "Women", "Men"],
  keyFigures: {
    employees: "Employees",
    partTime: "Part-time (under 100%)",
    temporary: "Temporary employment",
    parentalLeave: "Parental leave during the year",
    longSickLeave: "Sick leave of more than 14 days",
  },
  countShare: (count, percent) => `${count} (${percent})`,
  shareFigure: "Share of women and men per job",
  shareAlt: (shown, balanced, hidden) =>
    `Horizontal bars with the share of women and men in ${shown} jobs. ${balanced} of them have an even distribution, 40–60% of each sex.${hidden > 0 ? ` ${hidden} jobs with hidden figures are in the table only.` : ""} The table has the same figures.`,
  shareCaption: "Share of women and men per job",
  shareColumns: ["Job", "Women", "Men", "Share of women", "Even (40–60%)"],
  managementCaption: "Managers and others",
  managers: "Managers",
  others: "Others",

  equalWork: "(a) Equal work",
  equalWorkText:
    "Women and men doing the same job are compared (chapter 3, section 9, point 1). The difference is men's mean pay minus women's, and as a percentage of men's.",
  equalWorkFigure: "Difference in mean pay between women and men per job",
  equalWorkAlt: (shown, womenLower, hidden) =>
    `Horizontal bars with the difference in mean pay in per cent for ${shown} jobs done by both sexes. In ${womenLower} of them women have lower mean pay.${hidden > 0 ? ` ${hidden} jobs with hidden figures are in the table only.` : ""} The table has the same figures.`,
  womenLower: "Women paid less",
  womenHigher: "Women paid more",
  equalWorkCaption: "Equal work: monthly pay converted to full time",
  equalWorkColumns: ["Job", "Women", "Mean pay, women", "Men", "Mean pay, men", "Difference"],
  difference: (kr, percent) => `${kr}\n(${percent})`,
  oneSexOnly: "One sex only",
  analysesCaption: (what) => `Analysis: ${what}`,
  analysisColumns: ["Difference", "Assessment", "Explanation"],
  notAnalysed: "Not analysed",
  noExplanation: "No explanation written.",
  noDifferences: "There are no differences to analyse.",

  equivalent: "(b) Equivalent work",
  equivalentText:
    "Women-dominated jobs are compared with jobs that are not women-dominated, have the same value and higher mean pay (chapter 3, section 9, point 2).",
  lowerValue: "(c) Lower demands but higher pay",
  lowerValueText:
    "Women-dominated jobs are compared with jobs that are not women-dominated, have a lower value and yet higher mean pay (chapter 3, section 9, point 3).",
  pairsCaption: (what) => `Comparisons: ${what}`,
  pairColumns: ["Women-dominated job", "Mean pay", "Compared with", "Mean pay", "Difference"],
  withValue: (job, value) => `${job}\nvalue ${value}`,
  noPairs: "No women-dominated job has lower mean pay than such a job.",
  valuePayFigure: "The jobs' value and mean pay",
  valuePayAlt: (jobs, dominated) =>
    `Scatter chart of value and mean pay for ${jobs} evaluated jobs, ${dominated} of them women-dominated (orange triangles). Jobs whose pay is hidden are left out. The table has the same figures.`,
  valuePayCaption: "Evaluated jobs: value, share of women and mean pay",
  valuePayColumns: ["Job", "Value", "Share of women", "Women-\ndominated", "Mean pay"],
  valueAxis: "Value (points)",
  payAxis: "Mean pay",
  dominatedJobs: "Women-dominated jobs",
  otherJobs: "Other jobs",
  dominance: { share: "Yes", manual: "Yes, marked", "share-and-manual": "Yes" },

  classification: {
    justified: "Justified",
    unjustified: "Unjustified",
    investigate: "To be investigated",
  },
  pairName: (job, other) => `${job} – ${other}`,

  regression: "Supporting analysis: regression",
  regressionText:
    "To support the analysis, pay was also compared with a regression model of the same kind as Logib: pay (in logarithms) is explained by education, years of service, experience, the job's value group and management responsibility, and the coefficient for women shows the difference that remains. The model does not replace the analysis of each difference above.",
  regressionFacts: {
    n: "People in the model",
    rSquared: "R²",
    female: "Coefficient for women",
    kennedy: "Difference in per cent (Kennedy)",
    p: "p-value",
  },
  regressionHidden: (k) =>
    `The result is not shown because it concerns fewer than ${k} women or men.`,
  regressionRefused: (message) => `The model could not be estimated: ${message}`,

  measures: "Pay adjustments and measures",
  measuresText:
    "Unjustified differences must be remedied as soon as possible and within three years at the latest (chapter 3, section 10). Every pay adjustment is also a measure in this year's action plan. The cost per year includes the employer's social security contributions.",
  measuresCaption: "Pay adjustments with their cost",
  measuresColumns: [
    "Pay adjustment",
    "Who",
    "Increase per month and person",
    "Cost per year",
    "Deadline",
    "Status",
  ],
  responsible: (who) => `Responsible: ${who}`,
  measuresNone: "No pay adjustments have been decided for the year.",
  group: (description, people) => `${description} (${people})`,
  totalCost: (cost) => `Total cost per year: ${cost}.`,
  timetable: "Timetable",
  timetableItem: (date, title) => `By ${date}: ${title}`,
  kindName: {
    equal_work: "equal work",
    equivalent: "equivalent work",
    lower_value: "lower demands but higher pay",
  },
  measureReason: (kind, job, other) =>
    other ? `${job} compared with ${other} (${kind})` : `${job} (${kind})`,

  lastYear: "Evaluation of last year's pay adjustments",
  lastYearText: (year) => `The pay adjustments from the ${year} survey and whether they were made.`,
  lastYearCaption: (year) => `Pay adjustments from ${year}`,
  lastYearColumns: ["Difference", "Who", "Deadline", "Status", "Evaluation"],
  lastYearNone: (year) => `The ${year} survey led to no pay adjustments.`,
  noPreviousSurvey: "There is no earlier pay survey in Aktiva to evaluate.",
  notEvaluatedYet: "Not evaluated",
  carriedOver: (year) => `Carried over to ${year}`,

  payConclusion: "The employer's summary",

  euAbout: "About this report",
  euAboutText:
    "The report shows the indicators employers must report under the EU Pay Transparency Directive, Article 9(1)(a)–(g), on annual and on hourly pay. The pay gap is men's pay minus women's, as a percentage of men's. It is positive when women are paid less.",
  euFacts: {
    snapshot: "Snapshot date",
    employees: "Employees",
    population: "Women and men",
    fullTime: "Full time",
    assumed: "Without weekly hours of their own",
    k: "Minimum group size",
  },
  euPopulation: (women, men) => `${women} women, ${men} men`,
  hoursPerWeek: (hours) => `${hours} hours a week`,
  assumedHours: (n) => `${n} employees were given the full-time weekly hours`,
  euK: (k) => `${k}. Figures about fewer than ${k} women or men are not shown.`,
  payLevels:
    "Annual pay is a year's base salary and fixed supplements plus variable pay. Hourly pay is annual pay divided by the hours worked according to weekly hours and extent of employment.",
  duty: "Who must report, and when",
  dutyText: {
    large: (n) =>
      `With ${n} employees, the employer must report the indicators every year, the first time by 7 June 2027 (for 2026).`,
    medium: (n) =>
      `With ${n} employees, the employer must report the indicators every three years, the first time by 7 June 2027 (for 2026).`,
    small: (n) =>
      `With ${n} employees, the employer must report the indicators every three years, the first time by 7 June 2031.`,
    none: (n) =>
      `With ${n} employees, the employer has no duty to report under the directive, which applies from 100 employees. Reporting voluntarily is still possible.`,
  },
  dutyNote:
    "The number of employees is those in this year's pay data. The directive is to be transposed into Swedish law, and the Swedish law decides the details.",
  gaps: "Pay gaps and variable pay (a–e)",
  gapsCaption: "Indicators a–e",
  gapsColumns: ["Indicator", "Annual pay", "Hourly pay"],
  indicators: {
    a: "(a) Pay gap, mean",
    b: "(b) Gap in variable pay, mean",
    c: "(c) Pay gap, median",
    d: "(d) Gap in variable pay, median",
    eWomen: "(e) Share of women receiving variable pay",
    eMen: "(e) Share of men receiving variable pay",
  },
  gapCell: (percent) => percent,
  noGap: {
    "no-women": "No women",
    "no-men": "No men",
    "no-people": "Nobody",
    "male-zero": "Men have none",
  },
  noVariable: {
    "no-women": "No woman has variable pay",
    "no-men": "No man has variable pay",
    "no-people": "Nobody has variable pay",
    "male-zero": "Cannot be computed (men's variable pay is 0)",
  },
  quartiles: "Women and men in the pay quartiles (f)",
  quartilesText:
    "The employees are divided into four equal groups by pay, from lowest to highest. Each group shows its share of women and men.",
  quartileFigure: (level) => `Women and men per pay quartile, ${level}`,
  quartileAlt: (level, lowest, highest) =>
    `Stacked bars for four pay quartiles, ${level}. The share of women is ${lowest} in the lowest quartile and ${highest} in the highest. The table has the same figures.`,
  quartileCaption: (level) => `Pay quartiles, ${level}`,
  quartileColumns: ["Quartile", "People", "Women", "Men", "Share of women", "Share of men"],
  quartileName: (band) =>
    band === 1 ? "1 (lowest pay)" : band === 4 ? "4 (highest pay)" : String(band),
  annual: "annual pay",
  hourly: "hourly pay",
  annualTitle: "Annual pay",
  hourlyTitle: "Hourly pay",
  categories: "Pay gap per category of workers (g)",
  categoriesText: (width) =>
    `A category is jobs of equal value: jobs whose value falls within the same interval of ${width} points. A job that has not been evaluated is a category of its own. The gap is shown for total pay, base pay and variable pay.`,
  jointAssessment:
    "If the gap in a category is 5% or more, in either direction, and the employer can neither justify it by gender-neutral criteria nor remedy it within six months of reporting, the employer must carry out a joint pay assessment with the workers' representatives (Article 10). Categories whose gap reaches the threshold are marked below.",
  flaggedCount: (n) =>
    n === 0
      ? "No category has a gap of 5% or more."
      : n === 1
        ? "1 category has a gap of 5% or more."
        : `${n} categories have a gap of 5% or more.`,
  categoriesCaption: "Pay gap per category",
  categoriesColumns: [
    "Category",
    "Women",
    "Men",
    "Annual: total / base / variable",
    "Hourly: total / base / variable",
    "5% or more",
  ],
  categoryBand: (range) => `Value ${range}`,
  categoryJob: (job) => `${job} (not evaluated)`,
  flagYes: (levels) => `Yes – a joint pay assessment may be required (${levels})`,
  flagNo: "No",
  flagHidden: "Hidden",
  unevaluated: (n) =>
    n === 1 ? "1 job has not been evaluated." : `${n} jobs have not been evaluated.`,
  yearOverYear: "Year over year",
  yearFigure: "Mean pay gap, year by year",
  yearAlt: (years) =>
    `Line chart of the mean pay gap on annual and hourly pay for ${years}. The table has the same figures.`,
  yearCaption: "Pay gap year by year",
  yearColumns: [
    "Year",
    "Women",
    "Men",
    "Annual, mean",
    "Annual, median",
    "Hourly, mean",
    "Hourly, median",
  ],
};

export const reportTexts = (locale: "sv" | "en"): ReportTexts => (locale === "en" ? en : sv);
