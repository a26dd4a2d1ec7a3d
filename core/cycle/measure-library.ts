/**
 * The measure library (åtgärdsbank): ready-made measures that an organisation can pick and
 * adapt when it plans its active measures (Diskrimineringslagen 3 kap.). Every area of the
 * yearly cycle has at least three. Texts are written in both Swedish and English; a measure
 * taken from the library is a starting point, and the local parties adjust responsible,
 * schedule and follow-up to their own organisation.
 *
 * No measure records individual employees' ethnicity, religion, sexual orientation, disability
 * or gender identity: investigations look at conditions at group level.
 */

import type { Schedule } from "./schedule.ts";
import { AREAS, type Area, GROUNDS, type Ground } from "./vocabulary.ts";

/** A text in Swedish (shown in the UI) and English. */
export type LocalizedText = { sv: string; en: string };

/** A library measure recurs: yearly in a month, N times a year, or continuously. */
export type LibrarySchedule = Exclude<Schedule, { kind: "date" }>;

export interface LibraryMeasure {
  /** Stable kebab-case id. */
  key: string;
  area: Area;
  /** Short imperative title. */
  title: LocalizedText;
  /** What is done concretely and why it lowers a risk of discrimination. */
  description: LocalizedText;
  /** A role title, not a person. */
  responsibleTitle: LocalizedText;
  schedule: LibrarySchedule;
  /** How and by whom the measure is followed up. */
  followUp: LocalizedText;
  /** 1–12 when the follow-up happens in a fixed month. */
  followUpMonth?: number;
  /** The grounds the measure mainly addresses. */
  grounds: Ground[];
}

const MANAGER: LocalizedText = { sv: "Chef", en: "Manager" };
const HEAD_OF_OPERATIONS: LocalizedText = { sv: "Verksamhetschef", en: "Head of operations" };
const HR_MANAGER: LocalizedText = { sv: "Personalchef", en: "HR manager" };
const RECRUITING_MANAGER: LocalizedText = { sv: "Rekryterande chef", en: "Recruiting manager" };

const allGrounds = (): Ground[] => [...GROUNDS];

export const MEASURE_LIBRARY: readonly LibraryMeasure[] = [
  // Arbetsförhållanden (5 § 1)
  {
    key: "safety-round-social",
    area: "working_conditions",
    title: {
      sv: "Gör skyddsronder som omfattar organisatorisk och social arbetsmiljö",
      en: "Include the organisational and social work environment in safety rounds",
    },
    description: {
      sv: "Chefen och skyddsombudet går igenom både lokalerna och den organisatoriska och sociala arbetsmiljön: arbetsbelastning, arbetstider, bemötande och kränkande särbehandling. Ställ frågan om någon grupp har sämre villkor eller blir sämre bemött än andra, till exempel utifrån kön, ålder eller funktionsnedsättning. Då fångar ni risker för diskriminering i det arbetsmiljöarbete som ni redan gör.",
      en: "The manager and the safety representative review both the premises and the organisational and social work environment: workload, working hours, how people are treated, and victimisation. Ask whether any group has worse conditions or is treated worse than others, for example because of sex, age or disability. That way you catch risks of discrimination within the work-environment management you already do.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 10 },
    followUp: {
      sv: "Verksamhetschefen går igenom protokollen från skyddsronderna i mars och ser till att varje risk har en åtgärd.",
      en: "In March the head of operations goes through the safety-round records and makes sure every risk has a measure.",
    },
    followUpMonth: 3,
    grounds: allGrounds(),
  },
  {
    key: "apt-theme-equal-treatment",
    area: "working_conditions",
    title: {
      sv: "Ha ett APT-tema om likabehandling och diskrimineringsgrunderna",
      en: "Hold a workplace-meeting theme on equal treatment and the grounds of discrimination",
    },
    description: {
      sv: "En gång om året ägnar arbetsplatsträffen en stund åt likabehandling. Gå igenom de sju diskrimineringsgrunderna och prata om vardagliga situationer på er egen arbetsplats, gärna med hjälp av dialogkort eller korta fall. Samtalet gör normer och oskrivna regler synliga, så att ni tillsammans kan upptäcka och ändra det som stänger ute någon.",
      en: "Once a year the workplace meeting sets aside time for equal treatment. Go through the seven grounds of discrimination and discuss everyday situations at your own workplace, for example with discussion cards or short cases. Talking it through makes norms and unwritten rules visible, so that together you can spot and change what shuts someone out.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 3 },
    followUp: {
      sv: "Verksamhetschefen följer upp i april att alla enheter har haft temat och vilka risker som kom fram.",
      en: "In April the head of operations checks that every unit has held the theme and which risks came up.",
    },
    followUpMonth: 4,
    grounds: allGrounds(),
  },
  {
    key: "accessibility-review-premises-digital",
    area: "working_conditions",
    title: {
      sv: "Se över lokaler och digitala verktyg så att de är tillgängliga",
      en: "Review premises and digital tools for accessibility",
    },
    description: {
      sv: "Gå igenom entréer, hissar, toaletter, ljud och ljus i lokalerna. Gå också igenom de system, det intranät och de e-utbildningar som medarbetarna måste använda, gärna mot WCAG 2.1 nivå AA och tillsammans med medarbetare som använder hjälpmedel. Om någon med funktionsnedsättning missgynnas för att skäliga anpassningar saknas, kan det vara diskriminering i form av bristande tillgänglighet.",
      en: "Go through entrances, lifts, toilets, sound and lighting in the premises. Also go through the systems, intranet and e-learning that staff have to use, ideally against WCAG 2.1 level AA and together with colleagues who use assistive technology. If someone with a disability is put at a disadvantage because reasonable adjustments are missing, that can be discrimination in the form of inadequate accessibility.",
    },
    responsibleTitle: HEAD_OF_OPERATIONS,
    schedule: { kind: "yearly", month: 9 },
    followUp: {
      sv: "Skyddskommittén går igenom listan över brister i november och beslutar vad som ska åtgärdas först.",
      en: "In November the safety committee goes through the list of shortcomings and decides what to fix first.",
    },
    followUpMonth: 11,
    grounds: ["disability", "age"],
  },
  {
    key: "changing-rooms-for-all",
    area: "working_conditions",
    title: {
      sv: "Se till att omklädningsrum och toaletter fungerar för alla",
      en: "Make sure changing rooms and toilets work for everyone",
    },
    description: {
      sv: "Se över om det finns omklädningsrum, duschar och toaletter där man kan vara för sig själv, och om de är tillgängliga för den som har en funktionsnedsättning. Det gör det lättare för till exempel transpersoner och för den som av religiösa skäl inte vill byta om inför andra. Ingen ska behöva förklara sig för att få ett rum som fungerar.",
      en: "Check whether there are changing rooms, showers and toilets where people can be on their own, and whether they are accessible to someone with a disability. That makes things easier for, among others, trans people and those who for religious reasons do not want to change in front of others. Nobody should have to explain themselves to get a room that works.",
    },
    responsibleTitle: HEAD_OF_OPERATIONS,
    schedule: { kind: "yearly", month: 5 },
    followUp: {
      sv: "Verksamhetschefen berättar i juni för skyddskommittén vad som har ändrats och vad som återstår.",
      en: "In June the head of operations tells the safety committee what has changed and what remains.",
    },
    followUpMonth: 6,
    grounds: ["sex", "transgender_identity", "religion", "disability"],
  },
  {
    key: "sam-training-active-measures",
    area: "working_conditions",
    title: {
      sv: "Utbilda chefer och skyddsombud i arbetsmiljöarbete och aktiva åtgärder",
      en: "Train managers and safety representatives in active measures and the work environment",
    },
    description: {
      sv: "Varje år erbjuder personalenheten chefer och skyddsombud en kurs om arbetsmiljöarbetet, och kursen tar också upp aktiva åtgärder mot diskriminering. För nya chefer är kursen obligatorisk. Deltagarna lär sig att hantera risker för diskriminering i samma cykel som andra arbetsmiljörisker: undersöka, analysera, åtgärda och följa upp.",
      en: "Every year HR offers a course in work-environment management that includes active measures. New managers must attend. Participants learn to handle risks of discrimination in the same cycle as other work-environment risks: investigate, analyse, act and follow up.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 2 },
    followUp: {
      sv: "Personalchefen utvärderar innehåll och deltagande i december, med hjälp av en enkät till deltagarna.",
      en: "In December the HR manager evaluates content and attendance, using a survey of participants.",
    },
    followUpMonth: 12,
    grounds: allGrounds(),
  },
  {
    key: "cooperation-standing-item",
    area: "working_conditions",
    title: {
      sv: "Gör aktiva åtgärder till en stående punkt i samverkansgruppen",
      en: "Make active measures a standing item in the cooperation group",
    },
    description: {
      sv: "Arbetsgivaren och de fackliga företrädarna tar upp aktiva åtgärder på varje möte i samverkansgruppen. Där går ni igenom nya risker, hur åtgärderna går och vad som behöver ändras. Lagen kräver att arbetsgivare och arbetstagare samverkar om hela arbetet, och en fast punkt gör att det inte glöms bort mellan årets uppföljningar.",
      en: "The employer and the union representatives take up active measures at every meeting of the cooperation group. There you go through new risks, how the measures are progressing and what needs to change. The law requires employer and employees to cooperate on all of this work, and a fixed item keeps it from being forgotten between the yearly follow-ups.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "times_per_year", times: 10 },
    followUp: {
      sv: "Samverkansgruppen utvärderar i januari hur samverkan fungerade under året. Utvärderingen skrivs in i årets dokumentation.",
      en: "In January the cooperation group evaluates how cooperation worked during the year. The evaluation goes into the year's documentation.",
    },
    followUpMonth: 1,
    grounds: allGrounds(),
  },

  // Löner och andra anställningsvillkor (5 § 2)
  {
    key: "pay-criteria-benefits-review",
    area: "pay_and_terms",
    title: {
      sv: "Granska lönekriterier och förmåner utifrån alla sju diskrimineringsgrunder",
      en: "Review pay criteria and benefits against all seven grounds of discrimination",
    },
    description: {
      sv: "Gå igenom lönepolicyn, lönekriterierna och förmåner som tjänstebil, bonus, friskvårdsbidrag och flexibel arbetstid. Pröva för varje regel om den kan missgynna någon grupp, till exempel äldre, personer med funktionsnedsättning eller den som inte firar samma högtider som majoriteten. Lönekartläggningen gäller bara kön, så den här granskningen behövs för att täcka de andra grunderna.",
      en: "Go through the pay policy, the pay criteria and benefits such as company cars, bonuses, wellness allowances and flexible hours. For each rule, test whether it could disadvantage a group, for example older staff, people with a disability or those who do not celebrate the same holidays as the majority. The pay survey covers sex only, so this review is needed to cover the other grounds.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 9 },
    followUp: {
      sv: "Personalchefen presenterar resultatet för samverkansgruppen i oktober och föreslår ändringar i policyn.",
      en: "In October the HR manager presents the result to the cooperation group and proposes changes to the policy.",
    },
    followUpMonth: 10,
    grounds: allGrounds(),
  },
  {
    key: "manager-training-pay-setting",
    area: "pay_and_terms",
    title: {
      sv: "Utbilda chefer i lönesättning inför lönerevisionen",
      en: "Train managers in pay-setting before the pay review",
    },
    description: {
      sv: "Inför varje lönerevision går cheferna en utbildning i hur lönekriterierna används och hur man för ett bra lönesamtal. Utbildningen tar upp hur föreställningar om kön, ålder eller ursprung kan påverka bedömningen, och hur man motiverar en lön med sakliga skäl. Det minskar risken att lönen sätts efter något annat än prestationen och arbetets krav.",
      en: "Before each pay review, managers attend training in how to apply the pay criteria and how to hold a good pay talk. The training covers how assumptions about sex, age or background can colour an assessment, and how to justify pay on objective grounds. This lowers the risk of pay being set on anything other than performance and the demands of the job.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 2 },
    followUp: {
      sv: "Personalchefen skickar en enkät till deltagarna efter lönerevisionen och går igenom svaren i maj.",
      en: "The HR manager sends a survey to participants after the pay review and goes through the answers in May.",
    },
    followUpMonth: 5,
    grounds: ["sex", "ethnicity", "age"],
  },
  {
    key: "same-terms-sample-check",
    area: "pay_and_terms",
    title: {
      sv: "Kontrollera att samma villkor gäller alla i samma situation",
      en: "Check that the same terms apply to everyone in the same situation",
    },
    description: {
      sv: "Personalenheten gör stickprov på anställningsavtal, tillägg och beslut om ledighet från olika enheter. Personalenheten jämför sedan om medarbetare med samma arbete och anställningsform har fått samma villkor, till exempel för beviljad ledighet, arbetstidens förläggning och ersättning för obekväm arbetstid. Skillnader utan sakliga skäl rättas, och rutinen görs tydligare.",
      en: "HR takes samples of employment contracts, supplements and leave decisions from different units. HR then compares whether employees with the same job and form of employment have received the same terms, for example for granted leave, the scheduling of hours and pay for unsocial hours. Differences without an objective reason are corrected, and the routine is made clearer.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 11 },
    followUp: {
      sv: "Personalchefen redovisar stickproven och vad som har rättats för ledningsgruppen i december.",
      en: "In December the HR manager reports the samples and what has been corrected to the management group.",
    },
    followUpMonth: 12,
    grounds: allGrounds(),
  },
  {
    key: "full-time-norm",
    area: "pay_and_terms",
    title: {
      sv: "Erbjud heltid som norm och deltid som en möjlighet",
      en: "Offer full-time work as the norm and part-time as an option",
    },
    description: {
      sv: "Nya tjänster utlyses på heltid, och den som arbetar deltid men vill arbeta mer får ett erbjudande om högre sysselsättningsgrad. Ofrivillig deltid är vanligast i kvinnodominerade yrken och ger lägre lön, lägre pension och färre chanser att utvecklas. Se över bemanning och schemaläggning över enhetsgränserna, så att fler kan få heltid.",
      en: "New posts are advertised as full-time, and part-time staff who want to work more are offered more hours. Involuntary part-time work is most common in women-dominated jobs and leads to lower pay, a smaller pension and fewer chances to develop. Review staffing and scheduling across units so that more people can work full-time.",
    },
    responsibleTitle: HEAD_OF_OPERATIONS,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten följer varje år i februari upp andelen heltidsanställda och andelen som vill arbeta mer, uppdelat på kön och yrke.",
      en: "Every February HR follows up the share of full-time staff and the share who want more hours, split by sex and occupation.",
    },
    followUpMonth: 2,
    grounds: ["sex"],
  },
  {
    key: "pay-structure-career",
    area: "pay_and_terms",
    title: {
      sv: "Bygg lönestrukturer som ger lönekarriär i alla yrken",
      en: "Build pay structures that allow a pay career in every occupation",
    },
    description: {
      sv: "Se över lönespannen och vad som krävs för att gå vidare i lön inom varje yrke. I många kvinnodominerade yrken är lönespridningen liten, och lönen slutar öka efter några år. Med tydliga steg som bygger på ansvar och kompetens kan alla utvecklas i lön, oavsett yrke.",
      en: "Review the pay ranges and what it takes to progress in pay within each occupation. In many women-dominated occupations the pay spread is narrow and pay stops rising after a few years. With clear steps based on responsibility and competence, everyone can develop in pay whatever their occupation.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 6 },
    followUp: {
      sv: "Personalchefen visar i november hur lönespridningen har förändrats i kvinnodominerade och andra yrken, med siffror från lönekartläggningen.",
      en: "In November the HR manager shows how the pay spread has changed in women-dominated and other occupations, using figures from the pay survey.",
    },
    followUpMonth: 11,
    grounds: ["sex", "age"],
  },

  // Rekrytering och befordran (5 § 3)
  {
    key: "recruitment-routine-competence-based",
    area: "recruitment_and_promotion",
    title: {
      sv: "Rekrytera med strukturerat och kompetensbaserat urval",
      en: "Recruit with structured, competence-based selection",
    },
    description: {
      sv: "Varje rekrytering följer rutinen: en kravprofil innan annonsen publiceras, samma frågor till alla kandidater och en bedömning mot kraven. Minst två personer gör urvalet, och de antecknar varför en kandidat går vidare eller inte. När alla bedöms på samma grunder minskar risken att magkänsla och fördomar om till exempel namn, ålder eller brytning styr valet.",
      en: "Every recruitment follows the routine: a requirement profile before the ad is published, the same questions for every candidate and an assessment against the requirements. At least two people make the selection and note why a candidate goes forward or not. When everyone is judged on the same basis, gut feeling and prejudice about names, age or accent are less likely to steer the choice.",
    },
    responsibleTitle: RECRUITING_MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten granskar ett urval av årets rekryteringar i november och ger cheferna återkoppling.",
      en: "In November HR reviews a sample of the year's recruitments and gives the managers feedback.",
    },
    followUpMonth: 11,
    grounds: allGrounds(),
  },
  {
    key: "inclusive-job-ads",
    area: "recruitment_and_promotion",
    title: {
      sv: "Skriv inkluderande och könsneutrala platsannonser",
      en: "Write inclusive, gender-neutral job ads",
    },
    description: {
      sv: "Annonsen beskriver arbetet och de krav som verkligen behövs. Använd könsneutrala yrkestitlar och undvik onödiga krav, till exempel perfekt svenska eller körkort när arbetet inte kräver det. Alla annonser har organisationens text om att ni välkomnar sökande med olika bakgrund. Ett tydligt och neutralt språk gör att fler söker och att ingen grupp sorteras bort redan innan urvalet börjar.",
      en: "The ad describes the job and the requirements that are really needed. Use gender-neutral job titles and avoid needless demands, such as perfect Swedish or a driving licence when the job does not call for it. Every ad carries the organisation's statement that applicants of all backgrounds are welcome. Clear, neutral language means more people apply and no group is screened out before selection has even begun.",
    },
    responsibleTitle: RECRUITING_MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten gör stickprov på publicerade annonser två gånger om året, i maj och november.",
      en: "HR spot-checks published ads twice a year, in May and November.",
    },
    grounds: allGrounds(),
  },
  {
    key: "manager-training-competence-recruitment",
    area: "recruitment_and_promotion",
    title: {
      sv: "Utbilda chefer i kompetensbaserad rekrytering",
      en: "Train managers in competence-based recruitment",
    },
    description: {
      sv: "Personalenheten erbjuder varje år en utbildning i rekryteringsprocessen, och den är obligatorisk för nya chefer. Cheferna övar på att ta fram en kravprofil, ställa strukturerade frågor och bedöma svaren mot kraven. Utbildningen tar också upp hur omedvetna föreställningar påverkar urvalet och hur man undviker det.",
      en: "Every year HR offers a course in the recruitment process, and it is mandatory for new managers. Managers practise drawing up a requirement profile, asking structured questions and assessing the answers against the requirements. The course also covers how unconscious assumptions affect selection and how to avoid that.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 3 },
    followUp: {
      sv: "Personalchefen utvärderar innehåll och deltagande i december och tar reda på vilka chefer som ännu inte har gått utbildningen.",
      en: "In December the HR manager evaluates content and attendance and finds out which managers have not yet taken the course.",
    },
    followUpMonth: 12,
    grounds: allGrounds(),
  },
  {
    key: "open-internal-vacancies",
    area: "recruitment_and_promotion",
    title: {
      sv: "Utlys interna tjänster och chefsuppdrag öppet",
      en: "Advertise internal posts and management roles openly",
    },
    description: {
      sv: "Lediga tjänster, chefsuppdrag och tillfälliga uppdrag utlyses så att alla medarbetare kan se dem och söka. När en chef tillsätter direkt gynnas ofta de som redan syns och som liknar den som väljer. Med öppen utlysning och samma urval som vid extern rekrytering får fler en rättvis chans att befordras.",
      en: "Vacancies, management roles and temporary assignments are advertised so that all staff can see them and apply. When a manager appoints someone directly, it often favours those who are already visible and who resemble the person choosing. Open advertising and the same selection as for external recruitment give more people a fair chance of promotion.",
    },
    responsibleTitle: RECRUITING_MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten sammanställer i januari hur många tjänster och uppdrag som tillsattes utan utlysning, och varför.",
      en: "In January HR compiles how many posts and assignments were filled without being advertised, and why.",
    },
    followUpMonth: 1,
    grounds: allGrounds(),
  },

  // Utbildning och övrig kompetensutveckling (5 § 4)
  {
    key: "development-talks-competence-plan",
    area: "training_and_development",
    title: {
      sv: "Se till att alla har utvecklingssamtal och en kompetensplan",
      en: "Make sure everyone has a development talk and a competence plan",
    },
    description: {
      sv: "Varje medarbetare har ett utvecklingssamtal om året och en skriftlig kompetensplan. Det gäller även visstidsanställda, deltidsanställda och den som arbetar natt. Den som inte får samtalet riskerar att gå miste om utbildning och nya uppgifter, och därmed också om lönekarriär.",
      en: "Every employee has a development talk each year and a written competence plan. That includes fixed-term and part-time staff and those who work nights. Anyone who misses the talk risks missing out on training and new tasks, and with them on a pay career.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 10 },
    followUp: {
      sv: "Personalenheten tar i december fram andelen som har haft samtal och har en plan, per enhet och anställningsform. Verksamhetschefen följer upp de enheter som ligger lågt.",
      en: "In December HR produces the share who have had a talk and have a plan, per unit and form of employment. The head of operations follows up units with low figures.",
    },
    followUpMonth: 12,
    grounds: allGrounds(),
  },
  {
    key: "equal-access-training",
    area: "training_and_development",
    title: {
      sv: "Ge alla samma tillgång till utbildning oavsett anställningsform och arbetstid",
      en: "Give everyone equal access to training regardless of type of employment or working hours",
    },
    description: {
      sv: "Utbildningar läggs på olika tider, spelas in eller går att gå digitalt, så att även den som arbetar deltid, natt eller helg eller är visstidsanställd kan delta. Chefen ordnar vikarie eller tid i schemat, så att utbildningen inte blir en extra belastning. Om utbildning bara når dem som har fast anställning och arbetar dagtid, halkar andra grupper efter i både kompetens och lön.",
      en: "Courses are held at different times, recorded or offered online, so that people who work part-time, nights or weekends, or are on fixed-term contracts, can also take part. The manager arranges cover or time in the rota so that training does not become an extra burden. If training only reaches those on permanent contracts who work days, other groups fall behind in both skills and pay.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten jämför i januari deltagandet i utbildningar per anställningsform, sysselsättningsgrad och kön.",
      en: "In January HR compares attendance at training by form of employment, working-time percentage and sex.",
    },
    followUpMonth: 1,
    grounds: ["sex", "age", "disability"],
  },
  {
    key: "accessible-learning-materials",
    area: "training_and_development",
    title: {
      sv: "Gör utbildningsmaterial och lärplattformar tillgängliga",
      en: "Make training materials and learning platforms accessible",
    },
    description: {
      sv: "Kontrollera att e-utbildningar, filmer och dokument är textade, fungerar med skärmläsare och är skrivna på klarspråk. Låt deltagarna gå igenom materialet i sin egen takt. Då kan även den som har en funktionsnedsättning, läs- och skrivsvårigheter eller svenska som andraspråk ta till sig utbildningen på samma villkor som andra.",
      en: "Check that e-learning, videos and documents have captions, work with screen readers and are written in plain language. Let participants go through the material at their own pace. Then people with a disability, reading and writing difficulties or Swedish as a second language can take in the training on the same terms as others.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 8 },
    followUp: {
      sv: "Personalchefen går i september igenom deltagarnas synpunkter och vad som har rättats.",
      en: "In September the HR manager goes through participants' feedback and what has been fixed.",
    },
    followUpMonth: 9,
    grounds: ["disability", "ethnicity", "age"],
  },
  {
    key: "transition-fund-plan",
    area: "training_and_development",
    title: {
      sv: "Planera hur medel för omställning och kompetensutveckling används",
      en: "Plan how funds for transition and skills development are used",
    },
    description: {
      sv: "Gör en plan för hur pengarna från omställningsfonden eller liknande avtal ska användas för att utveckla och behålla kompetens. Planen visar vilka grupper som får del av insatserna, så att inte bara vissa yrken eller åldersgrupper gynnas. Erbjud till exempel yrkesutbildning eller validering av kunskaper till den som vill utvecklas i sitt yrke eller byta inriktning.",
      en: "Draw up a plan for how money from the transition fund or similar agreements will be used to develop and retain skills. The plan shows which groups benefit, so that it is not only certain occupations or age groups that gain. Offer, for example, vocational training or validation of existing skills to those who want to develop in their occupation or change direction.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 1 },
    followUp: {
      sv: "Personalchefen redovisar i juni för samverkansgruppen vilka insatser som har gjorts och vilka grupper som har deltagit.",
      en: "In June the HR manager reports to the cooperation group on what has been done and which groups have taken part.",
    },
    followUpMonth: 6,
    grounds: ["age", "sex", "ethnicity"],
  },

  // Möjligheter att förena arbete och föräldraskap (5 § 5)
  {
    key: "parental-leave-contact",
    area: "parenthood_and_work",
    title: {
      sv: "Håll kontakt med föräldralediga och dela viktig information",
      en: "Keep in touch with staff on parental leave and share important information",
    },
    description: {
      sv: "Kom överens före ledigheten om hur och hur ofta ni ska höras. Se till att den som är föräldraledig får veta om omorganisationer, lediga tjänster, lönerevision och viktiga beslut, till exempel via mejl eller en inbjudan till APT. Den som är borta länge ska inte gå miste om chansen att påverka sitt arbete eller söka nya tjänster.",
      en: "Agree before the leave how and how often you will be in touch. Make sure staff on parental leave hear about reorganisations, vacancies, the pay review and important decisions, for example by email or an invitation to workplace meetings. Someone who is away for a long time should not miss the chance to influence their work or apply for new posts.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Chefen frågar i utvecklingssamtalet efter återkomsten hur kontakten fungerade och tar upp erfarenheterna på APT.",
      en: "At the development talk after the return the manager asks how the contact worked, and raises what was learned at a workplace meeting.",
    },
    grounds: ["sex"],
  },
  {
    key: "meeting-times-parents",
    area: "parenthood_and_work",
    title: {
      sv: "Lägg möten på tider som passar den som har barn",
      en: "Hold meetings at times that suit parents",
    },
    description: {
      sv: "Lägg APT, utbildningar och andra gemensamma aktiviteter inom ordinarie arbetstid och undvik tidiga morgnar och sena eftermiddagar. Se över mötestiderna en gång om året, så att även deltidsanställda och den som arbetar natt eller helg kan delta. Då slipper föräldrar välja mellan att hämta på förskolan och att vara med när viktiga frågor avgörs.",
      en: "Schedule workplace meetings, training and other shared activities within normal working hours, and avoid early mornings and late afternoons. Review the meeting times once a year so that part-time staff and those who work nights or weekends can also take part. Then parents do not have to choose between collecting children from preschool and being there when important matters are decided.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 8 },
    followUp: {
      sv: "Chefen tar upp mötestiderna på APT i september och ändrar dem om någon inte kan delta.",
      en: "At the September workplace meeting the manager raises the meeting times and changes them if anyone cannot attend.",
    },
    followUpMonth: 9,
    grounds: ["sex"],
  },
  {
    key: "return-after-parental-leave",
    area: "parenthood_and_work",
    title: {
      sv: "Ge en strukturerad introduktion vid återgång efter föräldraledighet",
      en: "Give a structured introduction on returning from parental leave",
    },
    description: {
      sv: "Boka ett samtal med medarbetaren innan hen kommer tillbaka. Gå igenom vad som har ändrats, vilka uppgifter som väntar och om det behövs utbildning i nya system eller rutiner. En planerad återgång gör att ledigheten inte leder till sämre uppgifter, och det blir lättare för båda föräldrarna att ta ut sin ledighet.",
      en: "Book a meeting with the employee before they come back. Go through what has changed, which tasks are waiting and whether training in new systems or routines is needed. A planned return means that the leave does not lead to poorer tasks, and it becomes easier for both parents to take their leave.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Chefen följer upp hur återgången gick i nästa utvecklingssamtal, och erfarenheterna tas upp på APT.",
      en: "The manager follows up how the return went at the next development talk, and the experience is discussed at a workplace meeting.",
    },
    grounds: ["sex"],
  },
  {
    key: "reduced-hours-right",
    area: "parenthood_and_work",
    title: {
      sv: "Informera om rätten att gå ner i arbetstid som förälder",
      en: "Inform parents of their right to reduce their working hours",
    },
    description: {
      sv: "Enligt föräldraledighetslagen har föräldrar rätt att korta sin arbetstid med upp till en fjärdedel tills barnet fyller åtta år eller, om det är senare, har gått ut första klass. Beskriv rätten i personalhandboken och nämn den i samtal med blivande föräldrar. Hantera alla anmälningar på samma sätt, och se till att ingen som går ner i tid får sämre uppgifter eller går miste om utveckling.",
      en: "Under the Parental Leave Act, parents have the right to shorten their working hours by up to a quarter until the child turns eight or, if later, finishes the first year of school. Describe the right in the staff handbook and mention it in conversations with expectant parents. Handle every notification in the same way, and make sure nobody who reduces their hours is given poorer tasks or misses out on development.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten går i mars igenom hur många kvinnor och män som har gått ner i tid och stämmer av med cheferna att anmälningarna har hanterats lika.",
      en: "In March HR reviews how many women and men have reduced their hours and checks with managers that notifications have been handled alike.",
    },
    followUpMonth: 3,
    grounds: ["sex"],
  },
  {
    key: "pay-development-parental-leave",
    area: "parenthood_and_work",
    title: {
      sv: "Låt inte föräldraledighet sänka löneutvecklingen",
      en: "Do not let parental leave hold back pay development",
    },
    description: {
      sv: "Den som är föräldraledig under lönerevisionen får ny lön på samma villkor som andra, bedömd utifrån prestationen före ledigheten. Chefen håller lönesamtalet per telefon, digitalt eller innan ledigheten börjar. Kvinnor tar fortfarande ut mest föräldraledighet, så en sämre löneökning under ledigheten skulle öka löneskillnaderna mellan kvinnor och män.",
      en: "Staff on parental leave during the pay review get new pay on the same terms as others, assessed on their performance before the leave. The manager holds the pay talk by phone, online or before the leave starts. Women still take most parental leave, so a smaller rise during leave would widen the pay gap between women and men.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 4 },
    followUp: {
      sv: "I lönekartläggningen jämför personalenheten löneökningen för föräldralediga med andras och redovisar resultatet för samverkansgruppen i oktober.",
      en: "In the pay survey HR compares the pay rises of staff on parental leave with those of others and reports the result to the cooperation group in October.",
    },
    followUpMonth: 10,
    grounds: ["sex"],
  },

  // Riktlinjer och rutiner mot trakasserier (6 §)
  {
    key: "harassment-training-managers",
    area: "harassment",
    title: {
      sv: "Utbilda chefer i att förebygga och hantera trakasserier",
      en: "Train managers to prevent and handle harassment",
    },
    description: {
      sv: "Alla chefer går en utbildning om trakasserier, sexuella trakasserier och repressalier, och den är obligatorisk för nya chefer. Cheferna lär sig att känna igen tidiga tecken, ta emot en anmälan och starta en utredning utan dröjsmål. Utbildningen gör klart att skyddet också gäller praktikanter, inhyrd personal och den som söker arbete.",
      en: "All managers take a course on harassment, sexual harassment and reprisals, and it is mandatory for new managers. Managers learn to recognise early signs, receive a report and start an investigation without delay. The course makes clear that the protection also covers trainees, agency staff and job applicants.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 9 },
    followUp: {
      sv: "Personalchefen utvärderar innehåll och deltagande i december. Medarbetarenkäten visar om fler vet vart de ska vända sig.",
      en: "In December the HR manager evaluates content and attendance. The staff survey shows whether more people know where to turn.",
    },
    followUpMonth: 12,
    grounds: allGrounds(),
  },
  {
    key: "harassment-training-staff",
    area: "harassment",
    title: {
      sv: "Ge alla medarbetare kunskap om trakasserier och sexuella trakasserier",
      en: "Give all staff knowledge of harassment and sexual harassment",
    },
    description: {
      sv: "Alla medarbetare går en kort utbildning, digitalt eller på APT, om vad trakasserier och sexuella trakasserier är och vad man gör om man blir utsatt eller ser någon annan bli det. Utbildningen visar att samma regler gäller mot praktikanter, vikarier och inhyrd personal. När alla känner till gränserna och vet vart de ska vända sig, är det lättare att säga ifrån tidigt.",
      en: "All staff take a short course, online or at a workplace meeting, on what harassment and sexual harassment are and what to do if you are targeted or see it happen to someone else. The course shows that the same rules apply towards trainees, temporary staff and agency staff. When everyone knows the limits and where to turn, it is easier to speak up early.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 10 },
    followUp: {
      sv: "Verksamhetschefen kontrollerar i december att alla enheter har genomfört utbildningen. Medarbetarenkäten visar om medarbetarna vet vart de ska vända sig.",
      en: "In December the head of operations checks that every unit has completed the course. The staff survey shows whether employees know where to turn.",
    },
    followUpMonth: 12,
    grounds: allGrounds(),
  },
  {
    key: "harassment-routines-review",
    area: "harassment",
    title: {
      sv: "Se över riktlinjer och rutiner mot trakasserier varje år",
      en: "Review the guidelines and routines against harassment every year",
    },
    description: {
      sv: "Personalchefen går igenom riktlinjerna och rutinerna tillsammans med fackliga företrädare och skyddsombud. Kontrollera att det står att trakasserier, sexuella trakasserier och repressalier inte accepteras, inte heller mot praktikanter och inhyrd personal. Kontrollera också att det framgår vem den som är utsatt kan vända sig till, vad arbetsgivaren gör när den får veta något och vem som utreder. Ändra det som är otydligt och gör dokumenten lätta att hitta.",
      en: "The HR manager goes through the guidelines and routines with union and safety representatives. Check that they say harassment, sexual harassment and reprisals are not accepted, including towards trainees and agency staff. Also check that they make clear whom a targeted person can turn to, what the employer does on learning of something, and who investigates. Change anything that is unclear and make the documents easy to find.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 1 },
    followUp: {
      sv: "Samverkansgruppen går igenom de reviderade dokumenten i februari och utvärderar hur rutinerna fungerade i årets ärenden.",
      en: "In February the cooperation group goes through the revised documents and evaluates how the routines worked in the year's cases.",
    },
    followUpMonth: 2,
    grounds: allGrounds(),
  },
  {
    key: "apt-theme-harassment-routines",
    area: "harassment",
    title: {
      sv: "Ha ett APT-tema om rutinerna mot trakasserier",
      en: "Hold a workplace-meeting theme on the routines against harassment",
    },
    description: {
      sv: "Chefen går igenom riktlinjerna och rutinerna på en arbetsplatsträff: vad som inte accepteras, vart man vänder sig och vad som händer efter en anmälan. Låt gärna gruppen diskutera ett par korta fall. När rutinerna är kända vågar fler säga ifrån, och chefen får veta när något händer.",
      en: "The manager goes through the guidelines and routines at a workplace meeting: what is not accepted, where to turn and what happens after a report. It helps to let the group discuss a couple of short cases. When the routines are known, more people dare to speak up, and the manager hears when something happens.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "yearly", month: 4 },
    followUp: {
      sv: "Temat skrivs in i minnesanteckningarna från APT. Verksamhetschefen kontrollerar i maj att alla enheter har haft det.",
      en: "The theme is recorded in the workplace-meeting notes. In May the head of operations checks that every unit has held it.",
    },
    followUpMonth: 5,
    grounds: allGrounds(),
  },
  {
    key: "introduce-trainees-agency-staff",
    area: "harassment",
    title: {
      sv: "Introducera praktikanter, vikarier och inhyrd personal i rutinerna",
      en: "Introduce trainees, temporary and agency staff to the routines",
    },
    description: {
      sv: "Den som är ny, gör praktik eller är inhyrd får vid introduktionen veta att trakasserier inte accepteras och vart man kan vända sig. Ge en kort skriftlig sammanfattning på lättläst svenska och gärna på engelska. Den som bara är på arbetsplatsen en kort tid är ofta mer utsatt och känner sällan till rutinerna.",
      en: "Anyone who is new, on a placement or hired through an agency learns during the introduction that harassment is not accepted and where to turn. Give them a short written summary in easy Swedish, and ideally in English too. People who are at the workplace only for a short time are often more exposed and seldom know the routines.",
    },
    responsibleTitle: MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Checklistan för introduktion har en punkt om rutinerna som chefen bockar av. Personalenheten gör stickprov på checklistorna i oktober.",
      en: "The introduction checklist has an item on the routines, which the manager ticks off. HR spot-checks the checklists in October.",
    },
    followUpMonth: 10,
    grounds: allGrounds(),
  },

  // Jämn könsfördelning (7 §)
  {
    key: "mixed-shortlist-leadership",
    area: "gender_balance",
    title: {
      sv: "Ha både kvinnor och män på slutlistan till chefstjänster",
      en: "Include both women and men on shortlists for leading positions",
    },
    description: {
      sv: "Vid rekrytering av chefer och ledamöter i ledningsgrupper ska slutlistan ha sökande av båda könen när det finns sökande som uppfyller kraven. Om det inte går, skriv ner vad ni gjorde för att bredda sökandegruppen. Valet görs fortfarande på meriter, men kravet gör att ni letar brett och inte bara bland dem som brukar synas.",
      en: "When recruiting managers and members of management groups, the shortlist should include applicants of both sexes whenever there are applicants who meet the requirements. If that is not possible, write down what you did to widen the pool. The choice is still made on merit, but the requirement makes you search widely rather than only among those who are usually visible.",
    },
    responsibleTitle: RECRUITING_MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten går i januari igenom årets chefsrekryteringar och redovisar hur många slutlistor som hade båda könen.",
      en: "In January HR goes through the year's management recruitments and reports how many shortlists included both sexes.",
    },
    followUpMonth: 1,
    grounds: ["sex"],
  },
  {
    key: "mentorship-underrepresented-sex",
    area: "gender_balance",
    title: {
      sv: "Starta ett mentorsprogram för det underrepresenterade könet",
      en: "Start a mentoring programme for the under-represented sex",
    },
    description: {
      sv: "Erbjud mentorer till medarbetare av det kön som är i minoritet bland chefer eller i ett visst yrke, till exempel kvinnor som vill bli chefer inom teknik eller män inom förskola och omsorg. Mentorn är en erfaren kollega som under ett år delar med sig av kunskaper och kontakter. Det gör det lättare att gå vidare, och att stanna kvar i yrken där man är få.",
      en: "Offer mentors to employees of the sex that is in the minority among managers or in a particular occupation, for example women who want to become managers in technical services or men in preschool and care work. The mentor is an experienced colleague who shares knowledge and contacts over a year. That makes it easier to move on, and to stay in jobs where you are one of few.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 9 },
    followUp: {
      sv: "Personalchefen utvärderar programmet med deltagarna i juni och följer upp hur många som senare har sökt eller fått en ny roll.",
      en: "In June the HR manager evaluates the programme with the participants and follows up how many have later applied for or taken on a new role.",
    },
    followUpMonth: 6,
    grounds: ["sex"],
  },
  {
    key: "sex-distribution-follow-up",
    area: "gender_balance",
    title: {
      sv: "Följ upp könsfördelningen per yrke och chefsnivå varje år",
      en: "Follow up the sex distribution per occupation and management level every year",
    },
    description: {
      sv: "Ta fram andelen kvinnor och män i varje yrkesgrupp, personalkategori och chefsnivå, och jämför med förra året. En fördelning mellan 40 och 60 procent brukar räknas som jämn. Siffrorna visar var ni behöver rikta rekrytering, utbildning och andra insatser. Redovisa inte grupper som är så små att enskilda personer kan pekas ut.",
      en: "Produce the share of women and men in each occupational group, staff category and management level, and compare it with last year. A split between 40 and 60 per cent is usually counted as even. The figures show where you need to target recruitment, training and other efforts. Do not report groups so small that individuals can be identified.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 2 },
    followUp: {
      sv: "Personalchefen visar siffrorna för ledningsgruppen och samverkansgruppen i mars. De ingår också i personalredovisningen.",
      en: "In March the HR manager presents the figures to the management group and the cooperation group. They are also included in the annual staff report.",
    },
    followUpMonth: 3,
    grounds: ["sex"],
  },
  {
    key: "showcase-jobs-underrepresented-sex",
    area: "gender_balance",
    title: {
      sv: "Visa upp yrken för det kön som är underrepresenterat",
      en: "Showcase occupations to the under-represented sex",
    },
    description: {
      sv: "Använd bilder och förebilder i annonser, på webben och på mässor som bryter mot bilden av vem som gör vilket jobb. Ta emot sommarjobbare och praktikanter av det kön som är i minoritet i yrket. Så väcker ni intresse hos fler och breddar rekryteringen på sikt.",
      en: "Use images and role models in ads, on the website and at job fairs that challenge the picture of who does which job. Take on summer workers and trainees of the sex that is in the minority in the occupation. That way you spark interest in more people and broaden recruitment over time.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "continuous" },
    followUp: {
      sv: "Personalenheten följer i november upp andelen sökande av det underrepresenterade könet till de yrken det gäller.",
      en: "In November HR follows up the share of applicants of the under-represented sex for the occupations concerned.",
    },
    followUpMonth: 11,
    grounds: ["sex"],
  },

  // Lönekartläggning (8–10 §§)
  {
    key: "pay-survey-yearly",
    area: "pay_survey",
    title: {
      sv: "Gör den årliga lönekartläggningen tillsammans med facket",
      en: "Carry out the yearly pay survey together with the unions",
    },
    description: {
      sv: "Varje år kartlägger ni regler och praxis för lön och andra villkor och jämför lönerna för kvinnor och män. Jämförelserna gäller lika och likvärdiga arbeten, och kvinnodominerade arbeten jämförs också med arbeten som har lägre krav men högre lön. Ni gör arbetet i samverkan med de fackliga organisationerna och ger dem den information de behöver. Skillnader utan sakliga skäl förs in i en handlingsplan och rättas så snart som möjligt, senast inom tre år.",
      en: "Each year you map the rules and practice for pay and other terms and compare the pay of women and men. The comparisons cover equal work and work of equal value, and women-dominated jobs are also compared with jobs that have lower demands but higher pay. You do the work in cooperation with the unions and give them the information they need. Differences without an objective reason go into an action plan and are corrected as soon as possible, within three years at most.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 9 },
    followUp: {
      sv: "Resultatet dokumenteras i oktober och blir underlag för nästa lönerevision. Nästa års kartläggning utvärderar om förra årets åtgärder gav effekt.",
      en: "The result is documented in October and feeds into the next pay review. Next year's survey evaluates whether last year's measures had an effect.",
    },
    followUpMonth: 10,
    grounds: ["sex"],
  },
  {
    key: "pay-survey-action-plan",
    area: "pay_survey",
    title: {
      sv: "Ta fram en handlingsplan för lönejusteringar med kostnad och tidsplan",
      en: "Draw up an action plan for pay adjustments with costs and a timetable",
    },
    description: {
      sv: "Handlingsplanen visar vilka grupper eller personer som ska få en lönejustering, vad det kostar och när det ska vara klart. Tidsplanen sträcker sig högst tre år, och de största skillnaderna rättas först. Berörda chefer får planen före lönerevisionen, så att justeringarna verkligen blir av.",
      en: "The action plan shows which groups or individuals are to get a pay adjustment, what it costs and when it will be done. The timetable runs for three years at most, and the largest differences are corrected first. The managers concerned receive the plan before the pay review so that the adjustments actually happen.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 11 },
    followUp: {
      sv: "Personalchefen kontrollerar i maj, efter lönerevisionen, att justeringarna har gjorts enligt planen och redovisar det för samverkansgruppen.",
      en: "In May, after the pay review, the HR manager checks that the adjustments have been made as planned and reports this to the cooperation group.",
    },
    followUpMonth: 5,
    grounds: ["sex"],
  },
  {
    key: "job-evaluation-review",
    area: "pay_survey",
    title: {
      sv: "Se över arbetsvärderingen så att kriterierna är könsneutrala",
      en: "Review the job evaluation so that its criteria are gender-neutral",
    },
    description: {
      sv: "Gå igenom hur arbetena värderas utifrån kunskaper och färdigheter, ansvar, ansträngning och arbetsförhållanden. Kontrollera att krav som är vanliga i kvinnodominerade arbeten, som omsorg, bemötande och att arbeta under tidspress, inte värderas lägre än tekniska krav. Om värderingen visar att ett kvinnodominerat arbete har lägre lön än ett likvärdigt arbete utan sakliga skäl, förs skillnaden in i handlingsplanen och rättas inom högst tre år.",
      en: "Go through how jobs are valued on knowledge and skills, responsibility, effort and working conditions. Check that demands common in women-dominated jobs, such as care, dealing with people and working under time pressure, are not valued lower than technical demands. If the evaluation shows that a women-dominated job is paid less than a job of equal value without an objective reason, the difference goes into the action plan and is corrected within three years at most.",
    },
    responsibleTitle: HR_MANAGER,
    schedule: { kind: "yearly", month: 8 },
    followUp: {
      sv: "Personalchefen stämmer av värderingen med de fackliga organisationerna i september, innan lönerna jämförs.",
      en: "In September the HR manager goes through the evaluation with the unions, before pay is compared.",
    },
    followUpMonth: 9,
    grounds: ["sex"],
  },
];

const BY_KEY = new Map(MEASURE_LIBRARY.map((measure) => [measure.key, measure]));

/** The library measure with this key, if there is one. */
export function libraryMeasure(key: string): LibraryMeasure | undefined {
  return BY_KEY.get(key);
}

/** The library grouped by area, with every area present and in the order of `AREAS`. */
export function libraryByArea(): Map<Area, LibraryMeasure[]> {
  const byArea = new Map<Area, LibraryMeasure[]>(AREAS.map((area) => [area, []]));
  for (const measure of MEASURE_LIBRARY) byArea.get(measure.area)!.push(measure);
  return byArea;
}
