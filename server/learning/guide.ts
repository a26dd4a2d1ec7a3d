/**
 * The printable discussion guide of a learning room: everything a group needs to take the room
 * at a meeting without a screen. It follows the room as the organisation has adapted it (hidden
 * steps left out, own questions added) and is a format-neutral ReportDocument, so the routes
 * render it as DOCX or as a tagged PDF like every other Aktiva document.
 */
import { Marked, type Token, type Tokens } from "marked";
import type { AdaptedRoom, AdaptedStep } from "../../core/learning/adapt.ts";
import { roomMinutes, type StepType } from "../../core/learning/room.ts";
import type { ReportBlock, ReportDocument, ReportLocale } from "../reports/index.ts";
import { roomLibrary } from "./content.ts";

export interface GuideInput {
  locale: ReportLocale;
  organisationName: string;
  orgNumber?: string;
  /** ISO date the guide is printed (today in Sweden). */
  date: string;
  /** The name of another room, for `room:<id>` links; by default from content/rooms. */
  roomTitle?: (roomId: string) => string | undefined;
}

const sv = {
  title: (room: string) => `Samtalsguide: ${room}`,
  subtitle: (minutes: number) => `För ett möte utan skärm · cirka ${minutes} minuter`,
  howTo: "Så använder ni guiden",
  intro: (room: string) =>
    `Med guiden kan ni ta rummet ”${room}” på ett vanligt möte, utan dator eller projektor. Ni behöver ingen samtalsledare – guiden säger vad ni gör i varje steg.`,
  who: "Vilka är med? 4–16 personer, både från arbetsgivaren (chefer, HR) och från facket och skyddsombuden. Arbetsgivaren och de anställdas företrädare gör arbetet med aktiva åtgärder tillsammans, så båda sidor behöver vara där.",
  rolesIntro: "Dela upp tre uppgifter innan ni börjar:",
  roles: [
    "En person läser högt: berättelserna, faktatexterna och frågorna.",
    "En person håller tiden och säger till när det är en minut kvar av steget.",
    "En person skriver ner vad ni kommer fram till vid varje fråga och i den praktiska uppgiften.",
  ],
  time: (minutes: number) =>
    `Hela rummet tar cirka ${minutes} minuter. Minuterna är förslag: blir ett samtal bra får det ta lite längre tid, men se till att ni hinner med den praktiska uppgiften.`,
  order:
    "Ta stegen i den ordning de står här. De bygger på varandra: först berättelser om andra arbetsplatser, sedan vad lagen säger, sedan er egen arbetsplats och sist förslag till handlingsplanen.",
  respect:
    "Tala om villkor, rutiner och grupper – inte om enskilda kollegor. Ingen behöver dela något personligt.",
  overview: "Stegen",
  overviewIntro: "Så här ser mötet ut, steg för steg:",
  overviewCaption: (room: string) => `Stegen i ${room} med förslag på tid`,
  columns: ["Steg", "Typ", "Minuter"],
  total: "Totalt",
  minutes: (n: number) => (n === 1 ? "1 minut" : `${n} minuter`),
  min: (n: number) => `${n} min`,
  types: {
    film: "Film",
    scene: "Scen",
    situation: "Situation",
    facts: "Fakta",
    discussion: "Samtal",
    reflection: "Reflektion",
    summary: "Sammanfattning",
    task: "Praktisk uppgift",
  },
  sceneIntro: "Läs först beskrivningen av scenen högt, så att alla ser den framför sig:",
  filmIntro:
    "I Aktiva är scenen en film. Utan skärm läser ni i stället beskrivningen och texten nedan högt:",
  picture: (alt: string) => `Så ser det ut: ${alt}`,
  sources: "Källor",
  questions: "Frågor att samtala om",
  // A no-break space keeps "(4 min)" together at the end of a line.
  question: (n: number, text: string, minutes: number) =>
    `Fråga ${n}: ${text} (${minutes}\u00a0min)`,
  ownQuestion: (text: string, minutes: number) => `${text} (${minutes}\u00a0min) – egen fråga`,
  ownExplained:
    "Frågor märkta ”egen fråga” har er organisation lagt till. De finns inte i Aktivas gemensamma rum.",
  questionNotes:
    "Anteckningar: skriv några stödord till varje fråga på ett eget papper, med frågans nummer framför. Ni behöver dem i den praktiska uppgiften och när ni för in dem i Aktiva efter mötet.",
  reflectionNotes:
    "Det här steget gör var och en för sig. Vill någon spara en tanke kan den skrivas ner och föras in i Aktiva efteråt.",
  fields: "Ert svar på den praktiska uppgiften",
  fieldColumns: ["Fält", "Ert svar"],
  fieldNotes:
    "Skriv i tabellen eller på ett eget papper. Hittar ni fler än en risk tar ni en ny rad eller ett nytt papper för varje.",
  roomLink: (text: string, title: string) => `${text} (rummet ”${title}” i Aktiva)`,
  after: "Efter mötet",
  afterIntro:
    "Anteckningarna gör nytta först när de finns i Aktiva. Det tar en kvart för en person:",
  afterSteps: (room: string) => [
    `Logga in i Aktiva och öppna rummet ”${room}”. Starta ett tillfälle för gruppen och skriv hur många ni var.`,
    "Skriv in anteckningarna vid rätt fråga och i fälten i den praktiska uppgiften. Kontrollera att risken och åtgärden går att förstå för någon som inte var med.",
    "Avsluta tillfället. I sammanfattningen kan HR eller en administratör göra varje anteckning till ett utkast till en risk eller en åtgärd i årets handlingsplan.",
    "Ta upp utkasten i samverkan. Där bestämmer ni vad som ska göras, vem som ansvarar och när det ska vara klart.",
  ],
  afterEvidence:
    "Tillfället visar också att ni har arbetat med frågorna tillsammans. Det syns i underlaget för årets dokumentation.",
  afterFeedback:
    "Var och en kan sedan ge rummet ett betyg i Aktiva. Betygen är anonyma och hjälper oss att göra rummen bättre.",
};

type GuideTexts = typeof sv;

const en: GuideTexts = {
  title: (room) => `Discussion guide: ${room}`,
  subtitle: (minutes) => `For a meeting without a screen · about ${minutes} minutes`,
  howTo: "How to use this guide",
  intro: (room) =>
    `With this guide you can take the room “${room}” at an ordinary meeting, without a computer or projector. You do not need a facilitator – the guide tells you what to do at each step.`,
  who: "Who takes part? 4–16 people, from the employer (managers, HR) and from the unions and the safety representatives. The employer and the employees’ representatives work on active measures together, so both sides need to be there.",
  rolesIntro: "Share out three tasks before you start:",
  roles: [
    "One person reads aloud: the stories, the facts and the questions.",
    "One person keeps time and says when there is one minute left of a step.",
    "One person writes down what you arrive at for each question and in the practical task.",
  ],
  time: (minutes) =>
    `The whole room takes about ${minutes} minutes. The minutes are suggestions: if a conversation goes well it may take a little longer, but make sure you have time for the practical task.`,
  order:
    "Take the steps in the order they appear here. Each builds on the one before: first stories from other workplaces, then what the law says, then your own workplace and finally proposals for the action plan.",
  respect:
    "Talk about conditions, routines and groups – not about individual colleagues. Nobody has to share anything personal.",
  overview: "The steps",
  overviewIntro: "This is the meeting, step by step:",
  overviewCaption: (room) => `The steps of ${room} with suggested times`,
  columns: ["Step", "Type", "Minutes"],
  total: "Total",
  minutes: (n) => (n === 1 ? "1 minute" : `${n} minutes`),
  min: (n) => `${n} min`,
  types: {
    film: "Film",
    scene: "Scene",
    situation: "Situation",
    facts: "Facts",
    discussion: "Discussion",
    reflection: "Reflection",
    summary: "Summary",
    task: "Practical task",
  },
  sceneIntro:
    "First read the description of the scene aloud, so everyone can see it in their mind:",
  filmIntro:
    "In Aktiva the scene is a film. Without a screen, read the description and the text below aloud instead:",
  picture: (alt) => `What it looks like: ${alt}`,
  sources: "Sources",
  questions: "Questions to discuss",
  question: (n, text, minutes) => `Question ${n}: ${text} (${minutes}\u00a0min)`,
  ownQuestion: (text, minutes) => `${text} (${minutes}\u00a0min) – own question`,
  ownExplained:
    "Questions marked “own question” were added by your organisation. They are not part of Aktiva’s shared room.",
  questionNotes:
    "Notes: jot down a few key words for each question on a separate sheet, with the question’s number in front. You will need them in the practical task and when you enter them in Aktiva after the meeting.",
  reflectionNotes:
    "Everyone does this step on their own. Anyone who wants to keep a thought can write it down and enter it in Aktiva afterwards.",
  fields: "Your answer to the practical task",
  fieldColumns: ["Field", "Your answer"],
  fieldNotes:
    "Write in the table or on a separate sheet. If you find more than one risk, use a new row or a new sheet for each.",
  roomLink: (text, title) => `${text} (the room “${title}” in Aktiva)`,
  after: "After the meeting",
  afterIntro:
    "Your notes are only useful once they are in Aktiva. It takes one person about fifteen minutes:",
  afterSteps: (room) => [
    `Sign in to Aktiva and open the room “${room}”. Start a session for the group and enter how many of you there were.`,
    "Type the notes in at the right question and in the fields of the practical task. Check that the risk and the measure make sense to someone who was not there.",
    "Finish the session. In the summary, HR or an administrator can turn each note into a draft risk or measure in this year’s action plan.",
    "Bring the drafts to your cooperation meeting. There you decide what is to be done, who is responsible and when it is to be finished.",
  ],
  afterEvidence:
    "The session also shows that you have worked on these questions together. It appears in the material for this year’s documentation.",
  afterFeedback:
    "Each of you can then rate the room in Aktiva. Ratings are anonymous and help us improve the rooms.",
};

const TEXTS: Record<ReportLocale, GuideTexts> = { sv, en };
export const guideTexts = (locale: ReportLocale) => TEXTS[locale];

// ---------------------------------------------------------------------------------------------
// Markdown → report blocks

export interface MarkdownOptions {
  locale: ReportLocale;
  /** The name of a room, for `room:<id>` links. */
  roomTitle?: (roomId: string) => string | undefined;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Inline Markdown as plain text: emphasis dropped, links written out for paper. */
function inlineText(tokens: readonly Token[] | undefined, options: MarkdownOptions): string {
  let out = "";
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "text":
        // A line break in the source is a space on the page; "tokens" holds a list item's inline.
        out += token.tokens
          ? inlineText(token.tokens, options)
          : decodeEntities(token.text).replace(/\n/g, " ");
        break;
      case "escape":
      case "codespan":
        out += decodeEntities(token.text);
        break;
      case "strong":
      case "em":
      case "del":
        out += inlineText(token.tokens, options);
        break;
      case "br":
        out += "\n";
        break;
      case "link":
        out += linkText(token as Tokens.Link, options);
        break;
      case "image":
        out += decodeEntities((token as Tokens.Image).text);
        break;
      // Inline HTML tags are dropped; the text between them comes as text tokens.
      case "html":
        break;
      default:
        out += "text" in token && typeof token.text === "string" ? decodeEntities(token.text) : "";
    }
  }
  return out;
}

/**
 * Whether a link's text already names the room: "Trakasserier" for "Trakasserier, sexuella
 * trakasserier och repressalier" does, "lönerna" for "Löner och anställningsvillkor" does not.
 */
function namesRoom(text: string, title: string): boolean {
  const [t, name] = [text.toLocaleLowerCase(), title.toLocaleLowerCase()];
  return name === t || [",", " –", ":", " ("].some((after) => name.startsWith(t + after));
}

/** "text (url)" on paper; a link to another room names the room instead of an address. */
function linkText(link: Tokens.Link, options: MarkdownOptions): string {
  const text = inlineText(link.tokens, options).trim();
  if (link.href.startsWith("room:")) {
    const id = link.href.slice("room:".length);
    const title = options.roomTitle?.(id);
    if (!title || !text || namesRoom(text, title)) return text || title || id;
    return guideTexts(options.locale).roomLink(text, title);
  }
  if (!text || text === link.href) return link.href;
  return `${text} (${link.href})`;
}

const tidy = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .trim();

/** A list item's text; a list inside it follows on new lines, its items marked with a dash. */
function listItemText(item: Tokens.ListItem, options: MarkdownOptions): string {
  const parts: string[] = [];
  for (const token of item.tokens) {
    if (token.type === "list")
      parts.push(
        ...(token as Tokens.List).items.map(
          (sub, i) =>
            `${(token as Tokens.List).ordered ? `${Number((token as Tokens.List).start || 1) + i}.` : "–"} ${listItemText(sub, options)}`,
        ),
      );
    else if (token.type === "space") continue;
    else if ("tokens" in token && token.tokens) parts.push(tidy(inlineText(token.tokens, options)));
    else if ("text" in token && typeof token.text === "string")
      parts.push(tidy(decodeEntities(token.text)));
  }
  return parts.filter(Boolean).join("\n");
}

/**
 * A step's Markdown as report blocks: paragraphs, lists (ordered or not), headings (level 3,
 * below the step's own heading), quotes as notes; bold and italics become plain text, links
 * "text (address)" and links to other rooms the room's name.
 */
export function markdownToBlocks(markdown: string, options: MarkdownOptions): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const walk = (tokens: readonly Token[], quoted: boolean) => {
    for (const token of tokens) {
      switch (token.type) {
        case "paragraph":
        case "text": {
          const text = tidy(
            token.tokens ? inlineText(token.tokens, options) : decodeEntities(token.text),
          );
          if (text)
            blocks.push(
              quoted ? { type: "paragraph", text, style: "note" } : { type: "paragraph", text },
            );
          break;
        }
        case "heading": {
          const text = tidy(inlineText(token.tokens, options));
          if (text) blocks.push({ type: "heading", level: 3, text });
          break;
        }
        case "list": {
          const list = token as Tokens.List;
          const items = list.items.map((item) => listItemText(item, options)).filter(Boolean);
          if (items.length > 0) blocks.push({ type: "list", items, ordered: list.ordered });
          break;
        }
        case "blockquote":
          walk((token as Tokens.Blockquote).tokens, true);
          break;
        case "code": {
          const text = token.text.trim();
          if (text) blocks.push({ type: "paragraph", text });
          break;
        }
        case "table": {
          const table = token as Tokens.Table;
          blocks.push({
            type: "table",
            caption: table.header.map((cell) => tidy(inlineText(cell.tokens, options))).join(", "),
            columns: table.header.map((cell) => ({
              header: tidy(inlineText(cell.tokens, options)),
            })),
            rows: table.rows.map((row) =>
              row.map((cell) => tidy(inlineText(cell.tokens, options))),
            ),
          });
          break;
        }
        // Space, rules and raw HTML carry no text for the reader.
        default:
          break;
      }
    }
  };
  walk(new Marked({ gfm: true }).lexer(markdown), false);
  // Quoted lines that follow each other form one note.
  return blocks.reduce<ReportBlock[]>((merged, block) => {
    const last = merged.at(-1);
    if (
      block.type === "paragraph" &&
      block.style === "note" &&
      last?.type === "paragraph" &&
      last.style === "note"
    )
      merged[merged.length - 1] = { ...last, text: `${last.text}\n${block.text}` };
    else merged.push(block);
    return merged;
  }, []);
}

// ---------------------------------------------------------------------------------------------
// The guide

function typeLabel(t: GuideTexts, step: AdaptedStep): string {
  if (step.type === "film") return step.video ? t.types.film : t.types.scene;
  return t.types[step.type as Exclude<StepType, "film">];
}

const libraryTitle =
  (locale: ReportLocale) =>
  (roomId: string): string | undefined =>
    roomLibrary().get(roomId)?.[locale].title;

export function buildGuide(room: AdaptedRoom, input: GuideInput): ReportDocument {
  const t = guideTexts(input.locale);
  const options: MarkdownOptions = {
    locale: input.locale,
    roomTitle: input.roomTitle ?? libraryTitle(input.locale),
  };
  const total = roomMinutes(room);
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ type: "heading", level, text });
  const paragraph = (text: string, style?: "muted" | "note") =>
    blocks.push(style ? { type: "paragraph", text, style } : { type: "paragraph", text });

  heading(1, t.howTo);
  paragraph(t.intro(room.title));
  paragraph(room.summary, "note");
  paragraph(t.who);
  paragraph(t.rolesIntro);
  blocks.push({ type: "list", items: [...t.roles] });
  paragraph(t.time(total));
  paragraph(t.order);
  paragraph(t.respect);

  heading(1, t.overview);
  paragraph(t.overviewIntro);
  blocks.push({
    type: "table",
    caption: t.overviewCaption(room.title),
    columns: [
      { header: t.columns[0]!, width: 5 },
      { header: t.columns[1]!, width: 2 },
      { header: t.columns[2]!, width: 1 },
    ],
    rows: [
      ...room.steps.map((step, i) => [
        `${i + 1}. ${step.title}`,
        typeLabel(t, step),
        String(step.minutes),
      ]),
      [t.total, "", String(total)],
    ],
  });

  // The room's questions are numbered through the whole room, as the steps' texts refer to them
  // that way ("question 3" is the first of the second discussion). A report list numbers from 1,
  // so the numbers are part of the text; the organisation's own questions are marked instead.
  let questionNo = 0;
  room.steps.forEach((step, i) => {
    heading(2, `${i + 1}. ${step.title}`);
    paragraph(`${typeLabel(t, step)} · ${t.minutes(step.minutes)}`, "muted");

    if (step.type === "film" && step.illustration) {
      paragraph(step.video ? t.filmIntro : t.sceneIntro);
      paragraph(step.illustration.alt, "note");
    } else if (step.illustration) paragraph(t.picture(step.illustration.alt), "muted");

    blocks.push(...markdownToBlocks(room.bodies[step.id] ?? "", options));

    if (step.sources?.length) {
      heading(3, t.sources);
      blocks.push({
        type: "list",
        items: step.sources.map((s) => `${s.title} (${s.url})`),
      });
    }
    if (step.type === "discussion" && step.questions?.length) {
      heading(3, t.questions);
      blocks.push({
        type: "list",
        items: step.questions.map((q) =>
          q.own ? t.ownQuestion(q.text, q.minutes) : t.question(++questionNo, q.text, q.minutes),
        ),
      });
      if (step.questions.some((q) => q.own)) paragraph(t.ownExplained, "muted");
      paragraph(t.questionNotes, "muted");
    }
    if (step.type === "reflection") paragraph(t.reflectionNotes, "muted");
    if (step.type === "task" && step.fields?.length) {
      blocks.push({
        type: "table",
        caption: t.fields,
        columns: [
          { header: t.fieldColumns[0]!, width: 1 },
          { header: t.fieldColumns[1]!, width: 3 },
        ],
        rows: step.fields.map((f) => [f.label, ""]),
      });
      paragraph(t.fieldNotes, "muted");
    }
  });

  heading(1, t.after);
  paragraph(t.afterIntro);
  blocks.push({ type: "list", ordered: true, items: t.afterSteps(room.title) });
  paragraph(t.afterEvidence);
  paragraph(t.afterFeedback);

  return {
    title: t.title(room.title),
    subtitle: t.subtitle(total),
    organisationName: input.organisationName,
    ...(input.orgNumber ? { orgNumber: input.orgNumber } : {}),
    date: input.date,
    locale: input.locale,
    blocks,
  };
}
