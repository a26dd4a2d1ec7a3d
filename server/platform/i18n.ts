/**
 * Messages the server writes to people: API errors and e-mails. The web app has its own
 * locale files (web/i18n); these are the few texts that are produced on the server.
 */
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const sv = {
  "problem.validation": "Uppgifterna är inte giltiga. Rätta de markerade fälten.",
  "problem.notFound": "Det du letar efter finns inte, eller så har du inte behörighet att se det.",
  "problem.forbidden": "Du har inte behörighet att göra det här.",
  "problem.unauthenticated": "Du behöver logga in.",
  "problem.csrf": "Sidan var för gammal för att skicka in. Ladda om sidan och försök igen.",
  "problem.bodyTooLarge": "Det du skickade är för stort (högst {{limit}}).",
  "problem.rateLimited": "För många förfrågningar. Vänta en stund och försök igen.",
  "problem.internal": "Något gick fel hos oss. Försök igen om en stund.",
  "problem.badJson": "Förfrågan kunde inte läsas (ogiltig JSON).",
  "auth.wrongCredentials": "Fel e-postadress eller lösenord.",
  "auth.lockedOut_one":
    "För många misslyckade inloggningar. Vänta {{count}} minut och försök igen.",
  "auth.lockedOut_other":
    "För många misslyckade inloggningar. Vänta {{count}} minuter och försök igen.",
  "auth.wrongCurrentPassword": "Det nuvarande lösenordet stämmer inte.",
  "auth.tokenInvalid": "Länken är ogiltig, redan använd eller för gammal. Begär en ny.",
  "field.passwordTooShort": "Lösenordet måste ha minst {{min}} tecken.",
  "field.orgNumber.format": "Organisationsnumret ska ha tio siffror, till exempel 212000-1234.",
  "field.orgNumber.checkDigit":
    "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.",
  "field.orgNumber.notLegalEntity": "Det här är ett personnummer, inte ett organisationsnummer.",
  "field.orgNumber.taken": "Det finns redan en organisation med det organisationsnumret.",
  "field.email.invalid": "Skriv en giltig e-postadress, till exempel namn@exempel.se.",
  "field.required": "Fältet måste fyllas i.",
  "field.unionNameRequired":
    "Skriv vilken facklig organisation den fackliga företrädaren företräder.",
  "field.unitNotFound": "Enheten finns inte i organisationen.",
  "field.unitCycle": "En enhet kan inte ligga under sig själv eller sina egna underenheter.",
  "units.hasChildren": "Enheten har underenheter. Flytta eller ta bort dem först.",
  "members.lastAdmin": "Organisationen måste ha minst en administratör.",
  "invitations.alreadyMember": "Personen med den e-postadressen är redan medlem i organisationen.",
  "invitations.alreadyInvited": "Det finns redan en inbjudan till den e-postadressen.",
  "invitations.signInAsInvitee":
    "Inbjudan gäller {{email}}. Logga in med det kontot för att ta emot den.",
  "invitations.accountFieldsRequired":
    "Skriv ditt namn och välj ett lösenord för att skapa ditt konto.",
  "mail.invitation.subject": "Inbjudan till {{organisation}} i Aktiva",
  "mail.invitation.body":
    "Hej!\n\n{{inviter}} har bjudit in dig till {{organisation}} i Aktiva, där ni arbetar med aktiva åtgärder mot diskriminering.\n\nDin roll: {{role}}.\n\nTa emot inbjudan här (länken gäller i {{days}} dagar):\n{{link}}\n\nVill du inte vara med kan du låta bli att svara.\n",
  "mail.passwordReset.subject": "Återställ ditt lösenord i Aktiva",
  "mail.passwordReset.body":
    "Hej {{name}}!\n\nNågon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt konto i Aktiva.\n\nVälj ett nytt lösenord här (länken gäller i {{minutes}} minuter och kan bara användas en gång):\n{{link}}\n\nHar du inte bett om det kan du strunta i det här mejlet. Ditt lösenord är oförändrat.\n",
  "problem.conflict":
    "Någon annan har ändrat det här medan du arbetade med det. Dina ändringar sparades inte. Ladda om, se vad som ändrats och gör om din ändring.",
  "field.date": "Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.",
  "field.responsibleRequired":
    "Välj en ansvarig person eller skriv en befattning, till exempel Personalchef.",
  "field.followUpBeforeStart": "Uppföljningen kan inte ligga före startdatumet.",
  "field.dueBeforeStart": "Slutdatumet kan inte ligga före startdatumet.",
  "field.timesPerYear": "Antal gånger per år ska vara mellan 2 och 52.",
  "field.memberNotFound": "Personen finns inte bland organisationens medlemmar.",
  "field.riskNotFound": "Risken finns inte i det här verksamhetsåret.",
  "field.investigationNotFound": "Undersökningen finns inte i det här verksamhetsåret.",
  "field.genderBalanceGroupNotFound": "Gruppen finns inte i årets könsfördelning.",
  "field.otherNameRequired": "Skriv vad det var för forum eller metod när du valt Annat.",
  "field.reviewBeforeAdopted":
    "Datumet för nästa översyn måste ligga efter datumet då dokumentet antogs.",
  "field.libraryUnknown": "Åtgärden finns inte i åtgärdsbanken.",
  "field.unitNotYours": "Du kan bara lägga åtgärder på enheter som du är chef för.",
  "cycle.yearExists": "Verksamhetsåret {{year}} finns redan.",
  "cycle.notCarriable":
    "Åtgärden kan inte föras över: den hör inte till föregående år eller är redan avslutad.",
  "cycle.alreadyCarried": "Åtgärden har redan förts över till nästa år.",
  "cycle.documentationIncomplete_one":
    "Dokumentationen kan inte markeras som klar: {{count}} obligatorisk punkt saknas i checklistan.",
  "cycle.documentationIncomplete_other":
    "Dokumentationen kan inte markeras som klar: {{count}} obligatoriska punkter saknas i checklistan.",
  "cycle.pdfUnavailable":
    "PDF kan inte skapas just nu eftersom Chromium saknas på servern. Hämta Word-filen i stället.",
  "learning.participantCount": "Antal deltagare ska vara ett heltal mellan 1 och 100.",
  "learning.roomUnknown": "Rummet finns inte bland lärrummen.",
  "learning.roomRemoved":
    "Rummet finns inte längre bland lärrummen. Sessionen kan inte fortsätta, men era anteckningar finns kvar i sammanfattningen.",
  "learning.sessionCompleted":
    "Sessionen är avslutad. Anteckningarna finns kvar i sammanfattningen men kan inte ändras.",
  "learning.stepUnknown": "Steget finns inte i rummet.",
  "learning.keepOneStep": "Minst ett steg måste vara kvar i rummet.",
  "learning.notDiscussion": "Egna frågor kan bara läggas till i ett diskussionssteg.",
  "learning.noteEmpty": "Anteckningen är tom. Skriv något, eller ta bort anteckningen.",
  "learning.yearNotStarted":
    "Verksamhetsåret {{year}} är inte startat. Starta det under Aktiva åtgärder, så kan anteckningen bli ett utkast där.",
  "learning.yearClosed":
    "Dokumentationen för {{year}} är markerad som klar, så inga nya utkast kan läggas till. Öppna dokumentationen igen under Aktiva åtgärder om ni behöver ändra den.",
  "learning.feedbackBeforeEnd": "Omdömen kan ges när sessionen är avslutad.",
  "learning.feedbackFull":
    "Alla {{count}} deltagare har redan lämnat omdöme för den här sessionen.",
  "learning.rating": "Välj ett betyg från 1 till 5.",
  "workbook.unknown": "Arbetsboken finns inte.",
  "workbook.noSuchAnswer": "Frågan finns inte i arbetsboken.",
  "workbook.beforeDecision":
    "Datumet ligger före beslutet. Välj ett datum efter att beslutet fattas.",
  "workbook.finished": "Arbetsboken är markerad som klar. Öppna den igen för att ändra svaren.",
  "workbook.activityWithoutTitle":
    "Aktiviteten har ingen beskrivning. Skriv vad som ska göras först.",
  "workbook.yearNotStarted":
    "Verksamhetsåret {{year}} är inte startat. Starta det under Aktiva åtgärder, så kan aktiviteten bli en åtgärd där.",
  "workbook.yearClosed":
    "Dokumentationen för {{year}} är markerad som klar, så inga nya åtgärder kan läggas till. Öppna dokumentationen igen under Aktiva åtgärder om ni behöver ändra den.",
  "workbook.alreadyInPlan": "Aktiviteten finns redan som åtgärd i handlingsplanen.",
  "workbook.noCycleTargets":
    "Svaren i den här arbetsboken hör inte till årets arbete. Använd arbetsboken Kom igång med aktiva åtgärder för att fylla i året.",
  "workbook.yearDocumented":
    "Dokumentationen för {{year}} är markerad som klar, så årets arbete kan inte fyllas i från arbetsboken. Öppna dokumentationen igen under Aktiva åtgärder om ni behöver ändra den.",
  "workbook.year.workingGroupMissing":
    "Skriv vilka som ingår i årets arbetsgrupp, minst en person.",
  "workbook.year.workingGroupPerson":
    "Varje rad i arbetsgruppen behöver ett namn eller en roll i första kolumnen.",
  "workbook.year.cooperationMissing": "Sammanfatta hur samverkan med facket går till i år.",
  "workbook.year.methodsMissing":
    "Kryssa i minst ett forum eller en metod som ni använder för att undersöka.",
  "workbook.year.stepDatesMissing":
    "Sätt datum i tidplanen för när stegen ska vara klara, minst ett av de fyra stegen.",
  "workbook.year.dateNotInYear":
    "Datumet för ”{{milestone}}” ligger inte i {{year}}. Välj ett datum under året.",
  "workbook.year.stepOrder":
    "”{{milestone}}” ligger före ”{{previous}}”. Stegen görs i ordning: undersöka, analysera, åtgärda och följa upp.",
  "field.unknownColumn": "Tabellen har ingen sådan kolumn.",
  "field.invalid": "Svaret har inte rätt form för frågan.",
  "field.phone": "Skriv telefonnumret med siffror, till exempel 020-50 50 50.",
  "field.url": "Skriv en webbadress som börjar med https://.",
  "field.duplicateRow": "Två rader i tabellen har samma id.",
  "calendar.followUp": "Följ upp",
  "mail.reminder.due.subject": "Påminnelse: {{title}} ska vara klar {{date}}",
  "mail.reminder.due.body":
    'Hej {{name}}!\n\nDu är ansvarig för åtgärden "{{title}}" i {{organisation}}s arbete med aktiva åtgärder. Den ska vara genomförd senast {{date}}.\n\nSe åtgärden och uppdatera status här:\n{{link}}\n',
  "mail.reminder.follow_up.subject": "Påminnelse: följ upp {{title}} senast {{date}}",
  "mail.reminder.follow_up.body":
    'Hej {{name}}!\n\nÅtgärden "{{title}}" i {{organisation}}s arbete med aktiva åtgärder ska följas upp senast {{date}}. Fyll i om den fick avsedd effekt.\n\nSe åtgärden här:\n{{link}}\n',
  "mail.workbookReminder.subject": "Påminnelse: {{milestone}} den {{date}} ({{title}})",
  "mail.workbookReminder.body":
    'Hej {{name}}!\n\nDu är med i arbetsgruppen för "{{title}}" i {{organisation}}. I tidplanen har ni satt {{date}} som datum för "{{milestone}}".\n\nSe tidplanen och ändra datumet om det behövs:\n{{link}}\n',
  "pay.import.tooLarge":
    "Filen är för stor (högst {{limit}}). Dela upp den, eller ta bara med de kolumner som behövs.",
  "pay.import.notFile":
    "Skicka filen som innehållet i förfrågan (Content-Type: application/octet-stream).",
  "pay.import.uploadGone":
    "Den uppladdade filen finns inte längre (den sparas i en timme). Ladda upp den igen.",
  "pay.import.running":
    "En import pågår redan för organisationen. Vänta tills den är klar och försök sedan igen.",
  "pay.import.mapping": "Kolumnerna är inte rätt kopplade. Rätta kopplingarna som är markerade.",
  "pay.import.snapshotYear": "Mätdatumet ska ligga i år {{year}}.",
  "pay.import.templateExists": "Det finns redan en mall med det namnet.",
  "pay.import.mapping.required": "Välj en kolumn för {{fields}}.",
  "pay.import.mapping.unknownColumn": "Kolumnen ”{{column}}” finns inte i filen.",
  "pay.import.mapping.columnTwice":
    "Kolumnen ”{{column}}” är vald för flera uppgifter: {{fields}}.",
  "pay.workYearMissing":
    "Verksamhetsåret {{year}} är inte startat. Starta det under Aktiva åtgärder och fyll sedan i könsfördelningen från lönekartläggningen.",
  "pay.file.empty": "Filen är tom.",
  "pay.file.binary":
    "Filen går inte att läsa som text. Spara den som CSV (semikolon- eller kommaseparerad) eller som Excel-arbetsbok (.xlsx).",
  "pay.file.mixedEncoding":
    "Filen blandar teckenkodningar: på rad {{row}} ser å, ä och ö ut som ”Ã¥”, ”Ã¤” och ”Ã¶”. Spara filen på nytt som UTF-8 från lönesystemet eller Excel och ladda upp den igen.",
  "pay.file.zipBomb":
    "Filen packas upp till mycket mer än ett kalkylblad kan innehålla och har därför inte öppnats. Exportera den på nytt från lönesystemet.",
  "pay.file.notSpreadsheet":
    "Filen ser ut som en zip-fil men är ingen Excel-arbetsbok (.xlsx). Spara den som .xlsx eller CSV.",
  "pay.file.noHeader": "Filen har ingen rubrikrad. Första raden ska ha kolumnernas namn.",
  "pay.file.noSheet": "Arbetsboken har inget blad som heter ”{{sheet}}”.",
  "pay.file.noRows": "Filen har rubriker men inga rader med anställda.",
  "pay.file.duplicateHeading":
    "Två kolumner heter ”{{heading}}”. Ge kolumnerna olika namn i filen så att de går att skilja åt.",
  "pay.file.keyIsPersonnummer":
    "Kolumnen ”{{column}}” innehåller personnummer. Personnummer sparas aldrig i Aktiva: välj en kolumn med anställningsnummer som nyckel, eller ingen.",
  "pay.file.tooManyRows":
    "Filen har fler än {{max}} rader, vilket är fler än någon arbetsgivare har anställda.",
  "pay.file.unreadable":
    "Filen kunde inte läsas till slut. Inget har sparats. Kontrollera att den är hel och försök igen.",
  "pay.jobs.criteria":
    "Mallen ska ha de fyra kriterierna kunskaper och färdigheter, ansvar, ansträngning och arbetsförhållanden, i den ordningen.",
  "pay.jobs.criteriaWeights":
    "Kriteriernas vikter ska tillsammans bli 100 procent. Nu blir de {{sum}} procent.",
  "pay.jobs.subCriteriaWeights":
    "Delkriterierna under ”{{criterion}}” ska tillsammans väga 100 procent. Nu blir de {{sum}} procent.",
  "pay.jobs.duplicateId":
    "Två delar av mallen har samma id ({{id}}). Varje del behöver ett eget id.",
  "pay.jobs.levelCount": "”{{subCriterion}}” under ”{{criterion}}” ska ha mellan 2 och 7 nivåer.",
  "pay.jobs.levelValues":
    "Nivåerna för ”{{subCriterion}}” under ”{{criterion}}” ska numreras 1, 2, 3 och så vidare, i stigande ordning.",
  "pay.jobs.unknownSubCriterion":
    "Delkriteriet finns inte i årets mall för arbetsvärdering. Ladda om sidan och värdera igen.",
  "pay.jobs.level": "Välj en av nivåerna 1–{{max}} för ”{{subCriterion}}”.",
  "pay.jobs.justificationRequired":
    "Skriv en kort motivering till värderingen när alla delkriterier har fått en nivå.",
  "pay.measures.jobNotFound": "Arbetet finns inte i årets lönekartläggning.",
  "pay.measures.otherJobRequired": "Välj vilket arbete jämförelsen gäller.",
  "pay.measures.otherJobNotAllowed":
    "Lika arbete jämför kvinnor och män i samma arbete, så inget annat arbete ska anges.",
  "pay.measures.sameJob": "Ett arbete kan inte jämföras med sig självt.",
  "pay.measures.explanationRequired": "Skriv en förklaring: vad beror skillnaden på?",
  "pay.measures.explanationSentence":
    "En saklig skillnad behöver en förklaring på minst en mening: vad skillnaden beror på och varför det inte har med kön att göra. Ett ord som ”marknadsskäl” räcker inte.",
  "pay.measures.hasMeasures":
    "Skillnaden har lönejusteringar i handlingsplanen, så den måste vara bedömd som osaklig. Ta bort lönejusteringarna i handlingsplanen först om bedömningen ska ändras.",
  "pay.measures.notUnjustified":
    "Bara en skillnad som är bedömd som osaklig kan leda till en lönejustering. Ändra bedömningen först.",
  "pay.measures.keysRequired": "Välj minst en person.",
  "pay.measures.keyTwice": "{{key}} är vald två gånger.",
  "pay.measures.keyNotInJob": "{{key}} har inte arbetet {{job}} i årets lönekartläggning.",
  "pay.measures.peopleMismatch":
    "Antalet ska vara lika stort som antalet valda personer ({{count}}).",
  "pay.measures.groupRequired":
    "Beskriv vilka som ska få lönejusteringen, till exempel ”alla förskollärare”.",
  "pay.measures.peopleRequired": "Skriv hur många personer som ska få lönejusteringen.",
  "pay.measures.peopleTooMany":
    "Arbetet {{job}} har {{count}} anställda i lönekartläggningen. Fler än så kan inte få justeringen.",
  "pay.measures.amount": "Skriv ett belopp i hela kronor, större än 0 och högst 100 000.",
  "pay.measures.deadlinePast": "Sista dagen kan inte redan ha passerat.",
  "pay.measures.deadlineTooLate":
    "Lönejusteringar ska göras så snart som möjligt och senast inom tre år (diskrimineringslagen 3 kap. 10 §). Välj senast {{latest}}.",
  "pay.measures.responsibleRequired":
    "Skriv vem som ansvarar för lönejusteringen, till exempel Personalchef.",
  "pay.measures.yearNotStarted":
    "Verksamhetsåret {{year}} är inte startat, så lönejusteringen kan inte läggas i handlingsplanen. Starta året under Aktiva åtgärder först.",
  "pay.measures.yearClosed":
    "Dokumentationen för {{year}} är markerad som klar, så inga nya åtgärder kan läggas till. Öppna dokumentationen igen under Aktiva åtgärder om ni behöver ändra den.",
  "pay.measures.measureTitle": "Lönejustering: {{job}}",
  "pay.measures.reason.equal_work":
    "Osaklig löneskillnad mellan kvinnor och män som har arbetet {{job}} (lika arbete), enligt lönekartläggningen {{year}}.",
  "pay.measures.reason.equivalent":
    "Osaklig löneskillnad mellan det kvinnodominerade arbetet {{job}} och det likvärdiga arbetet {{other}}, som har högre lön, enligt lönekartläggningen {{year}}.",
  "pay.measures.reason.lower_value":
    "Osaklig löneskillnad: det kvinnodominerade arbetet {{job}} har lägre lön än {{other}}, som har lägre värde, enligt lönekartläggningen {{year}}.",
  "pay.measures.whoPersons_one": "{{people}} person i arbetet får {{amount}} mer i månaden.",
  "pay.measures.whoPersons_other":
    "{{people}} personer i arbetet får {{amount}} mer i månaden var.",
  "pay.measures.whoGroup": "Gäller {{group}} ({{people}} personer), {{amount}} mer i månaden var.",
  "pay.measures.cost":
    "Kostnad per år: {{cost}}, varav {{onCost}} % personalkostnadspålägg. Klart senast {{deadline}}.",
  "pay.measures.followUp": "Följs upp i nästa års lönekartläggning: är skillnaden borta?",
  "pay.regression.tooFew":
    "Modellen behöver minst {{minimum}} anställda med uppgifter i alla valda variabler, men här finns {{n}}.",
  "pay.regression.oneSex":
    "Modellen behöver både kvinnor och män, men bland de {{n}} anställda som är med finns bara {{sex}}.",
  "pay.regression.women": "kvinnor",
  "pay.regression.men": "män",
  "pay.regression.collinear":
    "Modellen går inte att räkna ut: {{variables}} går inte att skilja från de andra variablerna i modellen, eftersom de säger samma sak om de anställda. Ta bort en av variablerna som mäter samma sak.",
  "pay.regression.oneGroup":
    "{{variables}} har bara en grupp bland de anställda som är med och kan därför inte jämföra något. Ta bort variabeln ur modellen.",
  "pay.regression.unusable": "Modellen går inte att räkna ut med de här uppgifterna.",
  "pay.regression.leftOut": "{{count}} anställda {{what}} och är inte med.",
  "pay.regression.noTerms": "Välj minst en variabel till modellen.",
  "pay.regression.tooManyTerms": "Modellen kan ha högst {{max}} delar. Välj färre variabler.",
  "pay.regression.kindNotAllowed": "{{variable}} kan inte tas med som {{kind}}.",
  "pay.regression.duplicate": "{{variable}} finns redan med som {{kind}}.",
  "pay.regression.variable.educationYears": "utbildningsår",
  "pay.regression.variable.yearsOfService": "anställningsår",
  "pay.regression.variable.age": "ålder",
  "pay.regression.variable.experience": "potentiell erfarenhet",
  "pay.regression.variable.extent": "sysselsättningsgrad",
  "pay.regression.variable.manager": "chef",
  "pay.regression.variable.job": "arbete",
  "pay.regression.variable.valueBand": "likvärdighetsgrupp",
  "pay.regression.variable.category": "personalkategori",
  "pay.regression.variable.unit": "enhet",
  "pay.regression.variable.pay": "lön",
  "pay.regression.variable.female": "kön",
  "pay.regression.missing.educationYears": "saknar utbildningsår",
  "pay.regression.missing.yearsOfService": "saknar anställningsdatum",
  "pay.regression.missing.age": "saknar födelseår",
  "pay.regression.missing.experience":
    "saknar födelseår eller utbildningsår (behövs för erfarenheten)",
  "pay.regression.missing.extent": "saknar sysselsättningsgrad",
  "pay.regression.missing.manager": "saknar uppgift om chef",
  "pay.regression.missing.job": "saknar arbete",
  "pay.regression.missing.valueBand": "saknar arbete",
  "pay.regression.missing.category": "saknar personalkategori",
  "pay.regression.missing.unit": "saknar enhet",
  "pay.regression.missing.pay": "har ingen lön över 0 kr",
  "pay.regression.kind.numeric": "tal",
  "pay.regression.kind.squared": "tal i kvadrat",
  "pay.regression.kind.categorical": "grupper",
  "pay.regression.conclusion.less":
    "Kvinnor har i genomsnitt {{percent}} % lägre lön än män när modellens övriga variabler är lika (Kennedys skattning).",
  "pay.regression.conclusion.more":
    "Kvinnor har i genomsnitt {{percent}} % högre lön än män när modellens övriga variabler är lika (Kennedys skattning).",
  "pay.regression.conclusion.lessKronor":
    "Kvinnor har i genomsnitt {{amount}} kr lägre heltidslön i månaden än män när modellens övriga variabler är lika.",
  "pay.regression.conclusion.moreKronor":
    "Kvinnor har i genomsnitt {{amount}} kr högre heltidslön i månaden än män när modellens övriga variabler är lika.",
  "pay.regression.conclusion.notSignificant": "Skillnaden är inte statistiskt säkerställd.",
  "pay.regression.conclusion.significant": "Skillnaden är statistiskt säkerställd.",
  "pay.regression.conclusion.significantNotAboveThreshold":
    "Skillnaden är statistiskt säkerställd men inte säkert större än toleransgränsen 5 %.",
  "pay.regression.conclusion.significantlyAboveThreshold":
    "Skillnaden är statistiskt säkerställd och säkert större än toleransgränsen 5 %.",
  "pay.regression.conclusion.hidden":
    "Resultatet för kön visas inte, eftersom färre än {{k}} kvinnor eller män är med i modellen.",
  "role.admin": "administratör",
  "role.hr": "HR",
  "role.manager": "chef",
  "role.union_rep": "facklig företrädare",
  "role.safety_rep": "skyddsombud",
  "role.participant": "deltagare",
  "role.organiser": "arrangör",
} as const;

/** A message key; plural messages are named without their _one/_other ending. */
export type MessageKey = keyof typeof sv extends infer K
  ? K extends `${infer Base}_${"one" | "other"}`
    ? Base
    : K
  : never;

const en: Record<keyof typeof sv, string> = {
  "problem.validation": "The information is not valid. Correct the marked fields.",
  "problem.notFound": "What you are looking for does not exist, or you are not allowed to see it.",
  "problem.forbidden": "You are not allowed to do this.",
  "problem.unauthenticated": "You need to sign in.",
  "problem.csrf": "The page was too old to submit. Reload the page and try again.",
  "problem.bodyTooLarge": "What you sent is too large (at most {{limit}}).",
  "problem.rateLimited": "Too many requests. Wait a moment and try again.",
  "problem.internal": "Something went wrong on our side. Try again in a moment.",
  "problem.badJson": "The request could not be read (invalid JSON).",
  "auth.wrongCredentials": "Wrong e-mail address or password.",
  "auth.lockedOut_one": "Too many failed sign-ins. Wait {{count}} minute and try again.",
  "auth.lockedOut_other": "Too many failed sign-ins. Wait {{count}} minutes and try again.",
  "auth.wrongCurrentPassword": "The current password is not correct.",
  "auth.tokenInvalid": "The link is invalid, already used or too old. Ask for a new one.",
  "field.passwordTooShort": "The password must have at least {{min}} characters.",
  "field.orgNumber.format": "The organisation number has ten digits, for example 212000-1234.",
  "field.orgNumber.checkDigit":
    "The organisation number is not valid: the check digit does not match.",
  "field.orgNumber.notLegalEntity":
    "This is a personal identity number, not an organisation number.",
  "field.orgNumber.taken": "There is already an organisation with that organisation number.",
  "field.email.invalid": "Enter a valid e-mail address, for example name@example.com.",
  "field.required": "This field is required.",
  "field.unionNameRequired": "Enter the union that the union representative represents.",
  "field.unitNotFound": "The unit does not exist in the organisation.",
  "field.unitCycle": "A unit cannot be placed under itself or one of its own sub-units.",
  "units.hasChildren": "The unit has sub-units. Move or delete them first.",
  "members.lastAdmin": "The organisation must have at least one administrator.",
  "invitations.alreadyMember":
    "The person with that e-mail address is already a member of the organisation.",
  "invitations.alreadyInvited": "There is already an invitation to that e-mail address.",
  "invitations.signInAsInvitee":
    "The invitation is for {{email}}. Sign in with that account to accept it.",
  "invitations.accountFieldsRequired":
    "Enter your name and choose a password to create your account.",
  "mail.invitation.subject": "Invitation to {{organisation}} in Aktiva",
  "mail.invitation.body":
    "Hello!\n\n{{inviter}} has invited you to {{organisation}} in Aktiva, where you work together on active measures against discrimination.\n\nYour role: {{role}}.\n\nAccept the invitation here (the link is valid for {{days}} days):\n{{link}}\n\nIf you do not want to join, you can ignore this e-mail.\n",
  "mail.passwordReset.subject": "Reset your password in Aktiva",
  "mail.passwordReset.body":
    "Hello {{name}}!\n\nSomeone (hopefully you) asked to reset the password of your Aktiva account.\n\nChoose a new password here (the link is valid for {{minutes}} minutes and can be used once):\n{{link}}\n\nIf you did not ask for this, ignore this e-mail. Your password has not changed.\n",
  "problem.conflict":
    "Someone else changed this while you were working on it. Your changes were not saved. Reload, look at what changed and make your change again.",
  "field.date": "Enter a date as YYYY-MM-DD, for example 2026-03-15.",
  "field.responsibleRequired":
    "Choose a responsible person or enter a job title, for example HR manager.",
  "field.followUpBeforeStart": "The follow-up cannot be before the start date.",
  "field.dueBeforeStart": "The due date cannot be before the start date.",
  "field.timesPerYear": "Times per year must be between 2 and 52.",
  "field.memberNotFound": "The person is not a member of the organisation.",
  "field.riskNotFound": "The risk is not part of this work year.",
  "field.investigationNotFound": "The investigation is not part of this work year.",
  "field.genderBalanceGroupNotFound": "The group is not part of this year's gender balance.",
  "field.otherNameRequired": "Enter the name of the forum or method when you choose Other.",
  "field.reviewBeforeAdopted":
    "The next review date must be after the date the document was adopted.",
  "field.libraryUnknown": "The measure is not in the measure library.",
  "field.unitNotYours": "You can only put measures on units that you manage.",
  "cycle.yearExists": "The work year {{year}} already exists.",
  "cycle.notCarriable":
    "The measure cannot be carried over: it is not from the previous year or it is already finished.",
  "cycle.alreadyCarried": "The measure has already been carried over to the next year.",
  "cycle.documentationIncomplete_one":
    "The documentation cannot be marked complete: {{count}} required checklist item is missing.",
  "cycle.documentationIncomplete_other":
    "The documentation cannot be marked complete: {{count}} required checklist items are missing.",
  "cycle.pdfUnavailable":
    "A PDF cannot be made right now because Chromium is missing on the server. Download the Word file instead.",
  "learning.participantCount": "The number of participants must be a whole number from 1 to 100.",
  "learning.roomUnknown": "There is no such learning room.",
  "learning.roomRemoved":
    "The room is no longer among the learning rooms. The session cannot go on, but your notes are kept in the summary.",
  "learning.sessionCompleted":
    "The session is finished. Its notes are kept in the summary but can no longer be changed.",
  "learning.stepUnknown": "The room has no such step.",
  "learning.keepOneStep": "At least one step of the room must stay.",
  "learning.notDiscussion": "Own questions can only be added to a discussion step.",
  "learning.noteEmpty": "The note is empty. Write something, or delete the note.",
  "learning.yearNotStarted":
    "The work year {{year}} has not been started. Start it under Active measures, and the note can become a draft there.",
  "learning.yearClosed":
    "The documentation for {{year}} is marked as complete, so no new drafts can be added. Reopen the documentation under Active measures if you need to change it.",
  "learning.feedbackBeforeEnd": "Feedback can be given once the session is finished.",
  "learning.feedbackFull":
    "All {{count}} participants have already given feedback on this session.",
  "learning.rating": "Choose a rating from 1 to 5.",
  "workbook.unknown": "There is no such workbook.",
  "workbook.noSuchAnswer": "The workbook has no such question.",
  "workbook.beforeDecision":
    "The date is before the decision. Choose a date after the decision is taken.",
  "workbook.finished": "The workbook is marked as finished. Reopen it to change the answers.",
  "workbook.activityWithoutTitle":
    "The activity has no description. Write what is to be done first.",
  "workbook.yearNotStarted":
    "The work year {{year}} has not been started. Start it under Active measures, and the activity can become a measure there.",
  "workbook.yearClosed":
    "The documentation for {{year}} is marked as complete, so no new measures can be added. Reopen the documentation under Active measures if you need to change it.",
  "workbook.alreadyInPlan": "The activity is already a measure in the action plan.",
  "workbook.noCycleTargets":
    "The answers in this workbook do not belong to the year's work. Use the workbook Getting started with active measures to fill in the year.",
  "workbook.yearDocumented":
    "The documentation for {{year}} is marked as complete, so the year's work cannot be filled in from the workbook. Reopen the documentation under Active measures if you need to change it.",
  "workbook.year.workingGroupMissing":
    "Write who is in this year's working group, at least one person.",
  "workbook.year.workingGroupPerson":
    "Every row of the working group needs a name or a role in the first column.",
  "workbook.year.cooperationMissing":
    "Summarise how cooperation with the unions is carried out this year.",
  "workbook.year.methodsMissing": "Tick at least one forum or method you use to investigate.",
  "workbook.year.stepDatesMissing":
    "Set dates in the time plan for when the steps are to be done, at least one of the four steps.",
  "workbook.year.dateNotInYear":
    "The date for “{{milestone}}” is not in {{year}}. Choose a date during the year.",
  "workbook.year.stepOrder":
    "“{{milestone}}” comes before “{{previous}}”. The steps are taken in order: investigate, analyse, act and follow up.",
  "field.unknownColumn": "The table has no such column.",
  "field.invalid": "The answer does not have the right form for the question.",
  "field.phone": "Write the phone number in digits, for example 020-50 50 50.",
  "field.url": "Write a web address that starts with https://.",
  "field.duplicateRow": "Two rows of the table have the same id.",
  "calendar.followUp": "Follow up",
  "mail.reminder.due.subject": "Reminder: {{title}} is due {{date}}",
  "mail.reminder.due.body":
    'Hello {{name}}!\n\nYou are responsible for the measure "{{title}}" in {{organisation}}\'s work on active measures. It is due by {{date}}.\n\nSee the measure and update its status here:\n{{link}}\n',
  "mail.reminder.follow_up.subject": "Reminder: follow up {{title}} by {{date}}",
  "mail.reminder.follow_up.body":
    'Hello {{name}}!\n\nThe measure "{{title}}" in {{organisation}}\'s work on active measures is to be followed up by {{date}}. Record whether it had the intended effect.\n\nSee the measure here:\n{{link}}\n',
  "mail.workbookReminder.subject": "Reminder: {{milestone}} on {{date}} ({{title}})",
  "mail.workbookReminder.body":
    'Hello {{name}}!\n\nYou are in the working group for "{{title}}" in {{organisation}}. In the time plan you set {{date}} as the date for "{{milestone}}".\n\nSee the time plan, and change the date if you need to:\n{{link}}\n',
  "pay.import.tooLarge":
    "The file is too large (at most {{limit}}). Split it, or include only the columns that are needed.",
  "pay.import.notFile":
    "Send the file as the body of the request (Content-Type: application/octet-stream).",
  "pay.import.uploadGone":
    "The uploaded file is no longer here (it is kept for one hour). Upload it again.",
  "pay.import.running":
    "An import is already running for the organisation. Wait until it has finished and try again.",
  "pay.import.mapping": "The columns are not matched correctly. Correct the marked matches.",
  "pay.import.snapshotYear": "The snapshot date must be in {{year}}.",
  "pay.import.templateExists": "There is already a template with that name.",
  "pay.import.mapping.required": "Choose a column for {{fields}}.",
  "pay.import.mapping.unknownColumn": "The file has no column “{{column}}”.",
  "pay.import.mapping.columnTwice":
    "The column “{{column}}” is chosen for several fields: {{fields}}.",
  "pay.workYearMissing":
    "The work year {{year}} has not been started. Start it under Active measures, then fill in the gender balance from the pay survey.",
  "pay.file.empty": "The file is empty.",
  "pay.file.binary":
    "The file cannot be read as text. Save it as CSV (semicolon or comma separated) or as an Excel workbook (.xlsx).",
  "pay.file.mixedEncoding":
    "The file mixes character encodings: on row {{row}}, å, ä and ö look like “Ã¥”, “Ã¤” and “Ã¶”. Save the file again as UTF-8 from the payroll system or Excel and upload it again.",
  "pay.file.zipBomb":
    "The file unpacks to far more than a spreadsheet can hold, so it has not been opened. Export it again from the payroll system.",
  "pay.file.notSpreadsheet":
    "The file looks like a zip file but is not an Excel workbook (.xlsx). Save it as .xlsx or CSV.",
  "pay.file.noHeader": "The file has no heading row. The first row must name the columns.",
  "pay.file.noSheet": "The workbook has no sheet called “{{sheet}}”.",
  "pay.file.noRows": "The file has headings but no rows of employees.",
  "pay.file.duplicateHeading":
    "Two columns are called “{{heading}}”. Give the columns different names in the file so they can be told apart.",
  "pay.file.keyIsPersonnummer":
    "The column “{{column}}” holds personal identity numbers. They are never stored in Aktiva: choose a column of employee numbers as the key, or none.",
  "pay.file.tooManyRows":
    "The file has more than {{max}} rows, more than any employer has employees.",
  "pay.file.unreadable":
    "The file could not be read to the end. Nothing has been saved. Check that it is complete and try again.",
  "pay.jobs.criteria":
    "The template must have the four criteria knowledge and skills, responsibility, effort and working conditions, in that order.",
  "pay.jobs.criteriaWeights":
    "The weights of the criteria must add up to 100 per cent. Now they add up to {{sum}}.",
  "pay.jobs.subCriteriaWeights":
    "The sub-criteria under “{{criterion}}” must add up to 100 per cent. Now they add up to {{sum}}.",
  "pay.jobs.duplicateId":
    "Two parts of the template have the same id ({{id}}). Each part needs its own id.",
  "pay.jobs.levelCount":
    "“{{subCriterion}}” under “{{criterion}}” must have between 2 and 7 levels.",
  "pay.jobs.levelValues":
    "The levels of “{{subCriterion}}” under “{{criterion}}” must be numbered 1, 2, 3 and so on, in ascending order.",
  "pay.jobs.unknownSubCriterion":
    "This year's job-evaluation template has no such sub-criterion. Reload the page and evaluate again.",
  "pay.jobs.level": "Choose one of the levels 1–{{max}} for “{{subCriterion}}”.",
  "pay.jobs.justificationRequired":
    "Write a short justification for the evaluation once every sub-criterion has a level.",
  "pay.measures.jobNotFound": "The job is not part of this year's pay survey.",
  "pay.measures.otherJobRequired": "Choose the job the comparison is with.",
  "pay.measures.otherJobNotAllowed":
    "Equal work compares women and men in the same job, so no other job should be given.",
  "pay.measures.sameJob": "A job cannot be compared with itself.",
  "pay.measures.explanationRequired": "Write an explanation: what is the difference due to?",
  "pay.measures.explanationSentence":
    "A justified difference needs an explanation of at least one sentence: what the difference is due to and why it has nothing to do with sex. A word such as “market reasons” is not enough.",
  "pay.measures.hasMeasures":
    "The difference has pay adjustments in the action plan, so it must stay classified as unjustified. Remove the pay adjustments from the action plan first if the classification is to change.",
  "pay.measures.notUnjustified":
    "Only a difference classified as unjustified can lead to a pay adjustment. Change the classification first.",
  "pay.measures.keysRequired": "Choose at least one person.",
  "pay.measures.keyTwice": "{{key}} is chosen twice.",
  "pay.measures.keyNotInJob": "{{key}} does not have the job {{job}} in this year's pay survey.",
  "pay.measures.peopleMismatch":
    "The number must be the same as the number of people chosen ({{count}}).",
  "pay.measures.groupRequired":
    "Describe who is to get the pay adjustment, for example “all preschool teachers”.",
  "pay.measures.peopleRequired": "Enter how many people are to get the pay adjustment.",
  "pay.measures.peopleTooMany":
    "The job {{job}} has {{count}} employees in the pay survey. No more than that can get the adjustment.",
  "pay.measures.amount": "Enter an amount in whole kronor, greater than 0 and at most 100,000.",
  "pay.measures.deadlinePast": "The last day cannot already have passed.",
  "pay.measures.deadlineTooLate":
    "Pay adjustments are to be made as soon as possible and within three years at the latest (Discrimination Act, chapter 3, section 10). Choose {{latest}} at the latest.",
  "pay.measures.responsibleRequired":
    "Enter who is responsible for the pay adjustment, for example HR manager.",
  "pay.measures.yearNotStarted":
    "The work year {{year}} has not been started, so the pay adjustment cannot be added to the action plan. Start the year under Active measures first.",
  "pay.measures.yearClosed":
    "The documentation for {{year}} is marked as complete, so no new measures can be added. Reopen the documentation under Active measures if you need to change it.",
  "pay.measures.measureTitle": "Pay adjustment: {{job}}",
  "pay.measures.reason.equal_work":
    "Unjustified pay difference between women and men in the job {{job}} (equal work), according to the pay survey {{year}}.",
  "pay.measures.reason.equivalent":
    "Unjustified pay difference between the women-dominated job {{job}} and the equivalent job {{other}}, which is paid more, according to the pay survey {{year}}.",
  "pay.measures.reason.lower_value":
    "Unjustified pay difference: the women-dominated job {{job}} is paid less than {{other}}, which has a lower value, according to the pay survey {{year}}.",
  "pay.measures.whoPersons_one": "{{people}} person in the job gets {{amount}} more a month.",
  "pay.measures.whoPersons_other": "{{people}} people in the job get {{amount}} more a month each.",
  "pay.measures.whoGroup": "For {{group}} ({{people}} people), {{amount}} more a month each.",
  "pay.measures.cost":
    "Cost per year: {{cost}}, including {{onCost}} % on-cost. To be done by {{deadline}}.",
  "pay.measures.followUp": "Followed up in next year's pay survey: is the difference gone?",
  "pay.regression.tooFew":
    "The model needs at least {{minimum}} employees with data in every chosen variable, but there are {{n}}.",
  "pay.regression.oneSex":
    "The model needs both women and men, but the {{n}} employees included are all {{sex}}.",
  "pay.regression.women": "women",
  "pay.regression.men": "men",
  "pay.regression.collinear":
    "The model cannot be computed: {{variables}} cannot be told apart from the other variables of the model, because they say the same about the employees. Remove one of the variables that measure the same thing.",
  "pay.regression.oneGroup":
    "{{variables}} has only one group among the employees included, so it compares nothing. Remove it from the model.",
  "pay.regression.unusable": "The model cannot be computed with this data.",
  "pay.regression.leftOut": "{{count}} employees {{what}} and are left out.",
  "pay.regression.noTerms": "Choose at least one variable for the model.",
  "pay.regression.tooManyTerms": "A model can have at most {{max}} parts. Choose fewer variables.",
  "pay.regression.kindNotAllowed": "{{variable}} cannot be included as {{kind}}.",
  "pay.regression.duplicate": "{{variable}} is already included as {{kind}}.",
  "pay.regression.variable.educationYears": "years of education",
  "pay.regression.variable.yearsOfService": "years of service",
  "pay.regression.variable.age": "age",
  "pay.regression.variable.experience": "potential experience",
  "pay.regression.variable.extent": "employment extent",
  "pay.regression.variable.manager": "manager",
  "pay.regression.variable.job": "job",
  "pay.regression.variable.valueBand": "equal-value group",
  "pay.regression.variable.category": "personnel category",
  "pay.regression.variable.unit": "unit",
  "pay.regression.variable.pay": "pay",
  "pay.regression.variable.female": "sex",
  "pay.regression.missing.educationYears": "have no years of education",
  "pay.regression.missing.yearsOfService": "have no hire date",
  "pay.regression.missing.age": "have no birth year",
  "pay.regression.missing.experience":
    "have no birth year or years of education (needed for experience)",
  "pay.regression.missing.extent": "have no employment extent",
  "pay.regression.missing.manager": "have no manager flag",
  "pay.regression.missing.job": "have no job",
  "pay.regression.missing.valueBand": "have no job",
  "pay.regression.missing.category": "have no personnel category",
  "pay.regression.missing.unit": "have no unit",
  "pay.regression.missing.pay": "have no pay above 0",
  "pay.regression.kind.numeric": "a number",
  "pay.regression.kind.squared": "a squared number",
  "pay.regression.kind.categorical": "groups",
  "pay.regression.conclusion.less":
    "On average women are paid {{percent}} % less than men when the model's other variables are equal (Kennedy's estimate).",
  "pay.regression.conclusion.more":
    "On average women are paid {{percent}} % more than men when the model's other variables are equal (Kennedy's estimate).",
  "pay.regression.conclusion.lessKronor":
    "On average women's full-time monthly pay is SEK {{amount}} lower than men's when the model's other variables are equal.",
  "pay.regression.conclusion.moreKronor":
    "On average women's full-time monthly pay is SEK {{amount}} higher than men's when the model's other variables are equal.",
  "pay.regression.conclusion.notSignificant": "The difference is not statistically significant.",
  "pay.regression.conclusion.significant": "The difference is statistically significant.",
  "pay.regression.conclusion.significantNotAboveThreshold":
    "The difference is statistically significant but not significantly above the 5 % tolerance threshold.",
  "pay.regression.conclusion.significantlyAboveThreshold":
    "The difference is statistically significant and significantly above the 5 % tolerance threshold.",
  "pay.regression.conclusion.hidden":
    "The result for sex is not shown, because fewer than {{k}} women or men are in the model.",
  "role.admin": "administrator",
  "role.hr": "HR",
  "role.manager": "manager",
  "role.union_rep": "union representative",
  "role.safety_rep": "safety representative",
  "role.participant": "participant",
  "role.organiser": "organiser",
};

const catalogues: Record<Locale, Record<string, string>> = { sv, en };
const pluralRules: Record<Locale, Intl.PluralRules> = {
  sv: new Intl.PluralRules("sv-SE"),
  en: new Intl.PluralRules("en-GB"),
};

type Params = Record<string, string | number>;

/** Looks up a message; a `count` parameter picks the `_one`/`_other` form by the language's plural rules. */
export function translate(locale: Locale, key: string, params: Params = {}): string {
  const catalogue = catalogues[locale];
  let template = catalogue[key];
  if (typeof params.count === "number") {
    template =
      catalogue[`${key}_${pluralRules[locale].select(params.count)}`] ??
      catalogue[`${key}_other`] ??
      template;
  }
  if (template === undefined) return key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** Picks sv or en from an Accept-Language header; Swedish unless English is preferred. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return "sv";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("sv")) return "sv";
    if (tag.startsWith("en")) return "en";
  }
  return "sv";
}
