import type { ModelVariable, PAY, PayModelProblem, TermKind } from "../../../core/pay/models.ts";
import type { FemaleCoefficient } from "../../../core/pay/regression.ts";
import type { Locale } from "../../platform/i18n.ts";

/**
 * Why a pay model could not be run, in words that name the variables as the page does. The
 * shared message catalogue (server/platform/i18n.ts) has no keys for these yet.
 */
const VARIABLE = {
  sv: {
    educationYears: "utbildningsår",
    yearsOfService: "anställningsår",
    age: "ålder",
    experience: "potentiell erfarenhet",
    extent: "sysselsättningsgrad",
    manager: "chef",
    job: "arbete",
    valueBand: "likvärdighetsgrupp",
    category: "personalkategori",
    unit: "enhet",
    pay: "lön",
    female: "kön",
  },
  en: {
    educationYears: "years of education",
    yearsOfService: "years of service",
    age: "age",
    experience: "potential experience",
    extent: "employment extent",
    manager: "manager",
    job: "job",
    valueBand: "equal-value group",
    category: "personnel category",
    unit: "unit",
    pay: "pay",
    female: "sex",
  },
} as const;

/** What an employee lacks when left out because of a variable. */
const MISSING = {
  sv: {
    educationYears: "saknar utbildningsår",
    yearsOfService: "saknar anställningsdatum",
    age: "saknar födelseår",
    experience: "saknar födelseår eller utbildningsår (behövs för erfarenheten)",
    extent: "saknar sysselsättningsgrad",
    manager: "saknar uppgift om chef",
    job: "saknar arbete",
    valueBand: "saknar arbete",
    category: "saknar personalkategori",
    unit: "saknar enhet",
    pay: "har ingen lön över 0 kr",
  },
  en: {
    educationYears: "have no years of education",
    yearsOfService: "have no hire date",
    age: "have no birth year",
    experience: "have no birth year or years of education (needed for experience)",
    extent: "have no employment extent",
    manager: "have no manager flag",
    job: "have no job",
    valueBand: "have no job",
    category: "have no personnel category",
    unit: "have no unit",
    pay: "have no pay above 0",
  },
} as const;

const KIND = {
  sv: { numeric: "tal", squared: "tal i kvadrat", categorical: "grupper" },
  en: { numeric: "a number", squared: "a squared number", categorical: "groups" },
} as const;

const TEXT = {
  sv: {
    tooFew:
      "Modellen behöver minst {{minimum}} anställda med uppgifter i alla valda variabler, men här finns {{n}}.",
    oneSex:
      "Modellen behöver både kvinnor och män, men bland de {{n}} anställda som är med finns bara {{sex}}.",
    women: "kvinnor",
    men: "män",
    collinear:
      "Modellen går inte att räkna ut: {{variables}} går inte att skilja från de andra variablerna i modellen, eftersom de säger samma sak om de anställda. Ta bort en av variablerna som mäter samma sak.",
    oneGroup:
      "{{variables}} har bara en grupp bland de anställda som är med och kan därför inte jämföra något. Ta bort variabeln ur modellen.",
    unusable: "Modellen går inte att räkna ut med de här uppgifterna.",
    missing: "{{count}} anställda {{what}} och är inte med.",
    noTerms: "Välj minst en variabel till modellen.",
    tooManyTerms: "Modellen kan ha högst {{max}} delar. Välj färre variabler.",
    kind: "{{variable}} kan inte tas med som {{kind}}.",
    duplicate: "{{variable}} finns redan med som {{kind}}.",
  },
  en: {
    tooFew:
      "The model needs at least {{minimum}} employees with data in every chosen variable, but there are {{n}}.",
    oneSex: "The model needs both women and men, but the {{n}} employees included are all {{sex}}.",
    women: "women",
    men: "men",
    collinear:
      "The model cannot be computed: {{variables}} cannot be told apart from the other variables of the model, because they say the same about the employees. Remove one of the variables that measure the same thing.",
    oneGroup:
      "{{variables}} has only one group among the employees included, so it compares nothing. Remove it from the model.",
    unusable: "The model cannot be computed with this data.",
    missing: "{{count}} employees {{what}} and are left out.",
    noTerms: "Choose at least one variable for the model.",
    tooManyTerms: "A model can have at most {{max}} parts. Choose fewer variables.",
    kind: "{{variable}} cannot be included as {{kind}}.",
    duplicate: "{{variable}} is already included as {{kind}}.",
  },
} as const;

type Params = Record<string, string | number>;
const fill = (template: string, params: Params) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const number = (locale: Locale, value: number) =>
  value.toLocaleString(locale === "en" ? "en-GB" : "sv-SE");

export function variableName(locale: Locale, variable: ModelVariable | typeof PAY | "female") {
  return VARIABLE[locale][variable];
}

function list(locale: Locale, names: string[]) {
  return new Intl.ListFormat(locale === "en" ? "en-GB" : "sv-SE", {
    type: "conjunction",
  }).format(names);
}

/** "12 anställda saknar utbildningsår och är inte med." for each variable that left people out. */
export function missingSentences(
  locale: Locale,
  missing: readonly { variable: ModelVariable | typeof PAY; count: number }[],
): string[] {
  return missing.map(({ variable, count }) =>
    fill(TEXT[locale].missing, { count: number(locale, count), what: MISSING[locale][variable] }),
  );
}

/** Why a model was refused: the engine's reason and, for too few people, who was left out. */
export type Refusal =
  | { code: "tooFew"; n: number; minimum: number }
  | { code: "oneSex"; n: number; women: number; men: number }
  | { code: "collinear"; variables: (ModelVariable | "female")[] }
  | { code: "oneGroup"; variables: ModelVariable[] }
  | { code: "unusable" };

export function refusalMessage(
  locale: Locale,
  refusal: Refusal,
  missing: readonly { variable: ModelVariable | typeof PAY; count: number }[],
): string {
  const text = TEXT[locale];
  switch (refusal.code) {
    case "tooFew":
      return [
        fill(text.tooFew, {
          n: number(locale, refusal.n),
          minimum: number(locale, refusal.minimum),
        }),
        ...missingSentences(locale, missing),
      ].join(" ");
    case "oneSex":
      return fill(text.oneSex, {
        n: number(locale, refusal.n),
        sex: refusal.women === 0 ? text.men : text.women,
      });
    case "collinear":
    case "oneGroup":
      return fill(text[refusal.code], {
        variables: capitalise(
          list(
            locale,
            refusal.variables.map((v) => variableName(locale, v)),
          ),
        ),
      });
    case "unusable":
      return text.unusable;
  }
}

/** A problem with the chosen model as a field problem of the request body. */
export function modelProblemMessage(
  locale: Locale,
  problem: PayModelProblem,
): { path: string; message: string } {
  const text = TEXT[locale];
  switch (problem.code) {
    case "noTerms":
      return { path: "terms", message: text.noTerms };
    case "tooManyTerms":
      return { path: "terms", message: fill(text.tooManyTerms, { max: problem.max }) };
    case "kind":
    case "duplicate":
      return {
        path: `terms.${problem.index}.kind`,
        message: fill(text[problem.code], {
          variable: capitalise(variableName(locale, problem.variable)),
          kind: KIND[locale][problem.kind as TermKind],
        }),
      };
  }
}

const CONCLUSION = {
  sv: {
    less: "Kvinnor har i genomsnitt {{percent}} % lägre lön än män när modellens övriga variabler är lika (Kennedys skattning).",
    more: "Kvinnor har i genomsnitt {{percent}} % högre lön än män när modellens övriga variabler är lika (Kennedys skattning).",
    lessKronor:
      "Kvinnor har i genomsnitt {{amount}} kr lägre heltidslön i månaden än män när modellens övriga variabler är lika.",
    moreKronor:
      "Kvinnor har i genomsnitt {{amount}} kr högre heltidslön i månaden än män när modellens övriga variabler är lika.",
    notSignificant: "Skillnaden är inte statistiskt säkerställd.",
    significant: "Skillnaden är statistiskt säkerställd.",
    significantNotAboveThreshold:
      "Skillnaden är statistiskt säkerställd men inte säkert större än toleransgränsen 5 %.",
    significantlyAboveThreshold:
      "Skillnaden är statistiskt säkerställd och säkert större än toleransgränsen 5 %.",
    hidden:
      "Resultatet för kön visas inte, eftersom färre än {{k}} kvinnor eller män är med i modellen.",
  },
  en: {
    less: "On average women are paid {{percent}} % less than men when the model's other variables are equal (Kennedy's estimate).",
    more: "On average women are paid {{percent}} % more than men when the model's other variables are equal (Kennedy's estimate).",
    lessKronor:
      "On average women's full-time monthly pay is SEK {{amount}} lower than men's when the model's other variables are equal.",
    moreKronor:
      "On average women's full-time monthly pay is SEK {{amount}} higher than men's when the model's other variables are equal.",
    notSignificant: "The difference is not statistically significant.",
    significant: "The difference is statistically significant.",
    significantNotAboveThreshold:
      "The difference is statistically significant but not significantly above the 5 % tolerance threshold.",
    significantlyAboveThreshold:
      "The difference is statistically significant and significantly above the 5 % tolerance threshold.",
    hidden:
      "The result for sex is not shown, because fewer than {{k}} women or men are in the model.",
  },
} as const;

/**
 * The model's answer in two sentences: how large the adjusted gap is and what the tests say.
 * On log pay the gap is Kennedy's per cent; on pay in kronor it is the coefficient itself.
 */
export function conclusion(
  locale: Locale,
  female: FemaleCoefficient | null,
  model: { k: number; log: boolean },
): string {
  const text = CONCLUSION[locale];
  if (female === null) return fill(text.hidden, { k: model.k });
  const tag = locale === "en" ? "en-GB" : "sv-SE";
  if (!model.log) {
    const amount = Math.round(Math.abs(female.delta)).toLocaleString(tag);
    const sentence = fill(female.delta < 0 ? text.lessKronor : text.moreKronor, { amount });
    return `${sentence} ${female.significant ? text.significant : text.notSignificant}`;
  }
  const percent = Math.abs(female.kennedy * 100).toLocaleString(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${fill(female.kennedy < 0 ? text.less : text.more, { percent })} ${text[female.outcome]}`;
}
