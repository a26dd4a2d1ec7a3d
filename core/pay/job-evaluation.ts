import { z } from "zod";
import { bandByWidth } from "./equal-work.ts";

/**
 * Job evaluation (arbetsvärdering) for the pay survey: the demands and nature of each job are
 * assessed by the four criteria of Diskrimineringslagen 3 kap. 9 § and EU 2023/970 Art. 4(4)
 * — knowledge and skills, responsibility, effort and working conditions — through weighted
 * sub-criteria with described levels. The job is scored, never the person doing it.
 *
 * Value formula (0–100):
 *   value = Σ_c (weight_c / 100) · Σ_s∈c (weight_s / 100) · 100 · level_s / maxLevel_s
 * rounded to one decimal, where weight_c is the criterion's share of the total, weight_s the
 * sub-criterion's share within its criterion and maxLevel_s its highest level. Jobs whose
 * values fall in the same band of the survey's band width count as work of equal value.
 */

/** The four criteria of the law, always present and in this order. */
export const CRITERION_IDS = ["knowledge", "responsibility", "effort", "conditions"] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export const MIN_LEVELS = 2;
export const MAX_LEVELS = 7;
/** Weight sums may be off by this much (decimal weights typed by people). */
export const WEIGHT_TOLERANCE = 0.01;

export interface Level {
  /** 1..n, ascending demands. */
  value: number;
  description: string;
}

export interface SubCriterion {
  id: string;
  name: string;
  description: string;
  /** Per cent within its criterion; the sub-criteria of a criterion sum to 100. */
  weight: number;
  /** 2–7 levels, ascending demands. */
  levels: Level[];
}

export interface Criterion {
  id: string;
  name: string;
  description: string;
  /** Per cent of the total value; the four criteria sum to 100. */
  weight: number;
  subCriteria: SubCriterion[];
}

export interface EvaluationTemplate {
  /** The four main criteria, in the order of CRITERION_IDS. */
  criteria: Criterion[];
}

/** Level per sub-criterion id. */
export type JobScores = Record<string, number>;

// Each schema is built in a function call marked pure, so the web app, which uses only the
// functions below, leaves zod out of its bundle. Level counts and numbering are left loose here
// so that checkTemplate can say what is wrong.

/** The shape of a template; checkTemplate checks what the shape cannot (sums, ids, levels). */
export const evaluationTemplateSchema: z.ZodType<EvaluationTemplate> = /* @__PURE__ */ (() => {
  const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
  const name = z.string().trim().min(1).max(120);
  const description = z.string().trim().max(1000);
  const weight = z.number().gt(0).max(100);
  const level = z.object({
    value: z.number().int().min(1).max(20),
    description: z.string().trim().min(1).max(500),
  });
  const subCriterion = z.object({
    id,
    name,
    description,
    weight,
    levels: z.array(level).min(1).max(20),
  });
  const criterion = z.object({
    id,
    name,
    description,
    weight,
    subCriteria: z.array(subCriterion).min(1).max(10),
  });
  return z.object({ criteria: z.array(criterion).length(CRITERION_IDS.length) });
})();

export const jobScoresSchema: z.ZodType<JobScores> = /* @__PURE__ */ (() =>
  z.record(z.string(), z.number().int().min(1).max(20)))();

export type TemplateProblem =
  | { code: "criteria"; path: (string | number)[] }
  | { code: "criteriaWeights"; path: (string | number)[]; sum: number }
  | {
      code: "subCriteriaWeights";
      path: (string | number)[];
      criterion: string;
      sum: number;
    }
  | { code: "duplicateId"; path: (string | number)[]; id: string }
  | {
      code: "levelCount" | "levelValues";
      path: (string | number)[];
      criterion: string;
      subCriterion: string;
    };

const sum = (weights: number[]) => weights.reduce((a, b) => a + b, 0);
const offBy = (total: number) => Math.abs(total - 100) > WEIGHT_TOLERANCE;
/** Sums shown to people: rounded to two decimals so 33.33·3 reads 99.99, not 99.99000000000001. */
const shown = (total: number) => Math.round(total * 100) / 100;

/**
 * What is wrong with a template that has the right shape: the four criteria in order, weights
 * summing to 100 (criteria, and sub-criteria within each), ids unique across the template,
 * and 2–7 levels numbered 1..n in ascending order. Empty when the template can be used.
 */
export function checkTemplate(template: EvaluationTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const { criteria } = template;
  if (
    criteria.length !== CRITERION_IDS.length ||
    criteria.some((c, i) => c.id !== CRITERION_IDS[i])
  )
    problems.push({ code: "criteria", path: ["criteria"] });
  const criteriaSum = sum(criteria.map((c) => c.weight));
  if (offBy(criteriaSum))
    problems.push({ code: "criteriaWeights", path: ["criteria"], sum: shown(criteriaSum) });

  const seen = new Set<string>();
  const unique = (value: string, path: (string | number)[]) => {
    if (seen.has(value)) problems.push({ code: "duplicateId", path, id: value });
    seen.add(value);
  };
  criteria.forEach((criterion, c) => {
    unique(criterion.id, ["criteria", c, "id"]);
    const subSum = sum(criterion.subCriteria.map((s) => s.weight));
    if (offBy(subSum))
      problems.push({
        code: "subCriteriaWeights",
        path: ["criteria", c, "subCriteria"],
        criterion: criterion.name,
        sum: shown(subSum),
      });
    criterion.subCriteria.forEach((sub, s) => {
      const path = ["criteria", c, "subCriteria", s];
      unique(sub.id, [...path, "id"]);
      const where = { criterion: criterion.name, subCriterion: sub.name };
      if (sub.levels.length < MIN_LEVELS || sub.levels.length > MAX_LEVELS)
        problems.push({ code: "levelCount", path: [...path, "levels"], ...where });
      else if (sub.levels.some((level, i) => level.value !== i + 1))
        problems.push({ code: "levelValues", path: [...path, "levels"], ...where });
    });
  });
  return problems;
}

/** The sub-criteria of a template with their criterion, in template order. */
export function subCriteriaOf(template: EvaluationTemplate) {
  return template.criteria.flatMap((criterion) =>
    criterion.subCriteria.map((sub) => ({ criterion, sub, maxLevel: maxLevel(sub) })),
  );
}

function maxLevel(sub: SubCriterion): number {
  return sub.levels.reduce((max, level) => Math.max(max, level.value), 0);
}

/** Whether a score is one of the sub-criterion's levels. */
export function isLevelOf(sub: SubCriterion, level: number): boolean {
  return sub.levels.some((l) => l.value === level);
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * A job's total value (see the formula at the top) and the points of each criterion (out of
 * its weight). Unscored sub-criteria, and scores that are not a level of their sub-criterion,
 * are `missing`; the value of a job and of a criterion is null until all of theirs are scored.
 */
export function jobValue(
  template: EvaluationTemplate,
  scores: JobScores,
): {
  value: number | null;
  byCriterion: { id: string; points: number | null }[];
  missing: string[];
} {
  const missing: string[] = [];
  let total = 0;
  const byCriterion = template.criteria.map((criterion) => {
    let points = 0;
    let complete = true;
    for (const sub of criterion.subCriteria) {
      const level = scores[sub.id];
      if (level === undefined || !isLevelOf(sub, level)) {
        missing.push(sub.id);
        complete = false;
        continue;
      }
      points += (((criterion.weight / 100) * sub.weight) / 100) * 100 * (level / maxLevel(sub));
    }
    total += points;
    return { id: criterion.id, points: complete ? oneDecimal(points) : null };
  });
  return { value: missing.length === 0 ? oneDecimal(total) : null, byCriterion, missing };
}

/** The equal-value band of a value: jobs in the same band do work of equal value. */
export function valueBand(value: number, width: number): number {
  return bandByWidth(width)({ value });
}

/**
 * Scores that a new template no longer accepts: sub-criteria that are gone and levels out of
 * range. Returns the scores to keep and the sub-criterion ids cleared.
 */
export function rescore(
  template: EvaluationTemplate,
  scores: JobScores,
): { scores: JobScores; cleared: string[] } {
  const subs = new Map(subCriteriaOf(template).map(({ sub }) => [sub.id, sub]));
  const kept: JobScores = {};
  const cleared: string[] = [];
  for (const [subId, level] of Object.entries(scores)) {
    const sub = subs.get(subId);
    if (sub && isLevelOf(sub, level)) kept[subId] = level;
    else cleared.push(subId);
  }
  return { scores: kept, cleared };
}

/*
 * The default template. Weights are the organisation's own choice, to be set and written down
 * together with the union (ILO, Chicha 2008: "Promoting equity — gender-neutral job evaluation
 * for equal pay"): no weighting is neutral in itself, and a heavy weight on formal education
 * or on responsibility for money and machines, with little for care of people, emotional
 * strain and working conditions, is the classic way women-dominated jobs end up undervalued.
 * The default gives knowledge and skills 35 %, responsibility 30 %, effort 20 % and working
 * conditions 15 %, and its levels name care work, emotional strain and responsibility for
 * people as demands on a par with technical and financial ones.
 */
export const DEFAULT_EVALUATION_TEMPLATE: EvaluationTemplate = {
  criteria: [
    {
      id: "knowledge",
      name: "Kunskaper och färdigheter",
      description:
        "Vilka kunskaper och färdigheter arbetet kräver, oavsett om de fåtts genom utbildning, yrkeserfarenhet eller på annat sätt.",
      weight: 35,
      subCriteria: [
        {
          id: "education-experience",
          name: "Utbildning och erfarenhet",
          description:
            "Den utbildning och erfarenhet som arbetet kräver för att utföras fullt ut, inte den som personen i tjänsten råkar ha.",
          weight: 45,
          levels: [
            {
              value: 1,
              description:
                "Arbetet kan utföras efter en kort introduktion på arbetsplatsen, utan krav på särskild utbildning.",
            },
            {
              value: 2,
              description:
                "Arbetet kräver gymnasieutbildning eller motsvarande kunskaper och några månaders erfarenhet.",
            },
            {
              value: 3,
              description:
                "Arbetet kräver yrkesutbildning, till exempel undersköterska, elektriker eller redovisningsekonom, eller motsvarande erfarenhet.",
            },
            {
              value: 4,
              description:
                "Arbetet kräver högskoleutbildning, till exempel sjuksköterska, ingenjör eller lärare, eller motsvarande erfarenhet.",
            },
            {
              value: 5,
              description:
                "Arbetet kräver högskoleutbildning med fördjupning eller specialisering och flera års erfarenhet inom området.",
            },
          ],
        },
        {
          id: "problem-solving",
          name: "Problemlösning",
          description:
            "Hur självständigt och i hur nya eller oförutsedda situationer arbetet kräver att man bedömer, väljer och löser problem.",
          weight: 30,
          levels: [
            {
              value: 1,
              description: "Uppgifterna följer fasta rutiner och det är tydligt vad som ska göras.",
            },
            {
              value: 2,
              description:
                "Man väljer mellan kända sätt att lösa uppgifterna och får stöd vid avvikelser.",
            },
            {
              value: 3,
              description:
                "Man bedömer själv situationer som skiftar, till exempel en brukares behov från dag till dag eller ett fel i en maskin, och väljer åtgärd.",
            },
            {
              value: 4,
              description:
                "Man löser sammansatta problem utan färdiga lösningar och väger olika intressen eller behov mot varandra.",
            },
            {
              value: 5,
              description:
                "Man hanterar nya, komplexa frågor där metoder och lösningar måste tas fram, ofta med stor osäkerhet.",
            },
          ],
        },
        {
          id: "communication",
          name: "Social och kommunikativ förmåga",
          description:
            "Förmåga att bemöta, lyssna på, informera, motivera och samarbeta med andra, till exempel patienter, elever, kunder eller kolleger.",
          weight: 25,
          levels: [
            {
              value: 1,
              description: "Kontakterna gäller enkla frågor och ett vänligt bemötande räcker.",
            },
            {
              value: 2,
              description:
                "Arbetet kräver att man ger information och service och anpassar sig efter den man möter.",
            },
            {
              value: 3,
              description:
                "Arbetet kräver att man förklarar, instruerar eller motiverar, även människor som är oroliga, sjuka eller har svårt att förstå.",
            },
            {
              value: 4,
              description:
                "Arbetet kräver att man hanterar svåra samtal, till exempel i kris, sorg eller konflikt, eller förhandlar och övertygar.",
            },
            {
              value: 5,
              description:
                "Arbetet kräver att man leder samtal i mycket känsliga eller motstridiga situationer där mycket står på spel för andra.",
            },
          ],
        },
      ],
    },
    {
      id: "responsibility",
      name: "Ansvar",
      description:
        "Det ansvar arbetet för med sig för människor, för resultat och resurser och för information och säkerhet.",
      weight: 30,
      subCriteria: [
        {
          id: "people",
          name: "Ansvar för människor",
          description:
            "Ansvar för andras hälsa, omsorg, utveckling, lärande eller säkerhet, och ansvar för att leda medarbetare. Vård och omsorg väger lika tungt som att leda.",
          weight: 40,
          levels: [
            {
              value: 1,
              description:
                "Arbetet innebär inget särskilt ansvar för andra människor utöver att vara en god kollega.",
            },
            {
              value: 2,
              description:
                "Man hjälper eller handleder andra ibland, till exempel introducerar nya kolleger eller ger enklare stöd till brukare.",
            },
            {
              value: 3,
              description:
                "Man ansvarar för omsorg, vård, undervisning eller säkerhet för en grupp människor under arbetspasset, eller leder ett arbetslag.",
            },
            {
              value: 4,
              description:
                "Man ansvarar för människor i beroendeställning där misstag kan skada deras hälsa eller utveckling, eller leder medarbetare med personalansvar.",
            },
            {
              value: 5,
              description:
                "Man har det avgörande ansvaret för människors liv och hälsa, till exempel i akut vård, eller leder en större verksamhet med chefer under sig.",
            },
          ],
        },
        {
          id: "results-resources",
          name: "Ansvar för resultat och resurser",
          description:
            "Ansvar för verksamhetens resultat, kvalitet, ekonomi, utrustning, lokaler och material.",
          weight: 35,
          levels: [
            {
              value: 1,
              description:
                "Man ansvarar för att det egna arbetet blir rätt gjort och för de verktyg man använder.",
            },
            {
              value: 2,
              description:
                "Man ansvarar för en avgränsad del av ett flöde, till exempel beställningar, kassa eller skötsel av utrustning.",
            },
            {
              value: 3,
              description:
                "Man ansvarar för kvaliteten i en verksamhet eller ett område, eller för en budget eller dyr utrustning.",
            },
            {
              value: 4,
              description:
                "Man ansvarar för resultatet i en enhet eller ett större projekt, med beslut om ekonomi och prioriteringar.",
            },
            {
              value: 5,
              description:
                "Man ansvarar för resultat och ekonomi för flera enheter eller hela verksamheten.",
            },
          ],
        },
        {
          id: "information-safety",
          name: "Ansvar för information och säkerhet",
          description:
            "Ansvar för att uppgifter blir korrekta och hanteras rätt, för sekretess och för att arbetet sker säkert för andra.",
          weight: 25,
          levels: [
            {
              value: 1,
              description: "Man hanterar i huvudsak allmänna uppgifter och följer givna rutiner.",
            },
            {
              value: 2,
              description:
                "Man hanterar uppgifter om enskilda, till exempel journaler, personalärenden eller kunduppgifter, enligt fasta rutiner.",
            },
            {
              value: 3,
              description:
                "Man hanterar känsliga eller sekretessbelagda uppgifter och bedömer själv vad som får lämnas ut, eller ansvarar för att rutiner för säkerhet följs.",
            },
            {
              value: 4,
              description:
                "Man ansvarar för att ta fram rutiner för informationshantering eller säkerhet, eller för uppgifter där fel får allvarliga följder för andra.",
            },
          ],
        },
      ],
    },
    {
      id: "effort",
      name: "Ansträngning",
      description:
        "Den fysiska, psykiska och emotionella ansträngning som arbetet kräver, sett över en vanlig arbetsperiod.",
      weight: 20,
      subCriteria: [
        {
          id: "physical-effort",
          name: "Fysisk ansträngning",
          description:
            "Tunga lyft och förflyttningar (även av människor), statiska eller ensidiga arbetsställningar, gång och stående.",
          weight: 40,
          levels: [
            {
              value: 1,
              description:
                "Arbetet sker mest sittande med möjlighet att variera ställning, och lyft är sällsynta.",
            },
            {
              value: 2,
              description:
                "Arbetet innebär mycket stående eller gående, ensidiga rörelser eller lättare lyft.",
            },
            {
              value: 3,
              description:
                "Arbetet innebär ofta tunga lyft, förflyttningar av människor eller påfrestande arbetsställningar.",
            },
            {
              value: 4,
              description:
                "Arbetet innebär tunga lyft, förflyttningar eller påfrestande ställningar under stora delar av dagen.",
            },
          ],
        },
        {
          id: "mental-emotional-effort",
          name: "Psykisk och emotionell ansträngning",
          description:
            "Koncentration, tidspress, många samtidiga krav och att möta andras oro, sorg, ilska eller lidande.",
          weight: 60,
          levels: [
            {
              value: 1,
              description:
                "Arbetet har jämn belastning och man möter sällan människor i svåra situationer.",
            },
            {
              value: 2,
              description:
                "Arbetet kräver periodvis hög koncentration eller tempo, eller kontakt med människor som är missnöjda eller oroliga.",
            },
            {
              value: 3,
              description:
                "Arbetet kräver ofta hög koncentration under tidspress, eller att man regelbundet möter människors sjukdom, sorg eller ilska.",
            },
            {
              value: 4,
              description:
                "Arbetet innebär ständig hög koncentration med många samtidiga krav, eller att man dagligen bär andras lidande, kriser eller svåra beslut.",
            },
          ],
        },
      ],
    },
    {
      id: "conditions",
      name: "Arbetsförhållanden",
      description:
        "Förhållanden i arbetsmiljön och arbetstiden som gör arbetet påfrestande, utöver själva arbetsuppgifterna.",
      weight: 15,
      subCriteria: [
        {
          id: "physical-environment",
          name: "Fysisk arbetsmiljö",
          description:
            "Buller, värme, kyla, smuts, smittrisk, kemikalier, trånga eller växlande arbetsplatser.",
          weight: 50,
          levels: [
            {
              value: 1,
              description: "Arbetet sker i en bra inomhusmiljö utan påtagliga störningar.",
            },
            {
              value: 2,
              description:
                "Arbetet innebär ibland buller, drag, smuts eller arbete i andras hem eller utomhus.",
            },
            {
              value: 3,
              description:
                "Arbetet innebär ofta buller, smittrisk, kroppsvätskor, kemikalier eller växlande väder.",
            },
            {
              value: 4,
              description:
                "Arbetet sker större delen av tiden i en påfrestande miljö, med skyddsutrustning eller trånga utrymmen.",
            },
          ],
        },
        {
          id: "hours-risks",
          name: "Obekväma arbetstider och risker",
          description:
            "Kvälls-, natt- och helgarbete, delade turer, jour och risk för hot, våld eller olyckor.",
          weight: 50,
          levels: [
            {
              value: 1,
              description:
                "Arbetet sker dagtid på vardagar och risken för hot, våld eller olyckor är liten.",
            },
            {
              value: 2,
              description:
                "Arbetet innebär ibland kvällar, helger eller jour, eller viss risk för hot eller olyckor.",
            },
            {
              value: 3,
              description:
                "Arbetet sker regelbundet på kvällar, nätter eller helger, eller med återkommande risk för hot, våld eller olyckor.",
            },
            {
              value: 4,
              description:
                "Arbetet sker i skift dygnet runt eller med delade turer, och med påtaglig risk för hot, våld eller allvarliga olyckor.",
            },
          ],
        },
      ],
    },
  ],
};
