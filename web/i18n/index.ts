import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../app/types.ts";
import cycleEn from "../cycle/locales/en.json" with { type: "json" };
import cycleFollowEn from "../cycle/locales/follow.en.json" with { type: "json" };
import cycleFollowSv from "../cycle/locales/follow.sv.json" with { type: "json" };
import cyclePlanEn from "../cycle/locales/plan.en.json" with { type: "json" };
import cyclePlanSv from "../cycle/locales/plan.sv.json" with { type: "json" };
import cycleSv from "../cycle/locales/sv.json" with { type: "json" };
import eventsEn from "../events/locales/en.json" with { type: "json" };
import eventsSv from "../events/locales/sv.json" with { type: "json" };
import learningEn from "../learning/locales/en.json" with { type: "json" };
import learningSessionEn from "../learning/locales/session.en.json" with { type: "json" };
import learningSessionSv from "../learning/locales/session.sv.json" with { type: "json" };
import learningSv from "../learning/locales/sv.json" with { type: "json" };
import payAnalysisEn from "../pay/locales/analysis.en.json" with { type: "json" };
import payAnalysisSv from "../pay/locales/analysis.sv.json" with { type: "json" };
import payComparisonsEn from "../pay/locales/comparisons.en.json" with { type: "json" };
import payComparisonsSv from "../pay/locales/comparisons.sv.json" with { type: "json" };
import payEn from "../pay/locales/en.json" with { type: "json" };
import payJobsEn from "../pay/locales/jobs.en.json" with { type: "json" };
import payJobsSv from "../pay/locales/jobs.sv.json" with { type: "json" };
import payStatisticsEn from "../pay/locales/statistics.en.json" with { type: "json" };
import payStatisticsSv from "../pay/locales/statistics.sv.json" with { type: "json" };
import paySv from "../pay/locales/sv.json" with { type: "json" };
import workbooksEn from "../workbooks/locales/en.json" with { type: "json" };
import supportEn from "../workbooks/locales/support.en.json" with { type: "json" };
import supportSv from "../workbooks/locales/support.sv.json" with { type: "json" };
import workbooksSv from "../workbooks/locales/sv.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import sv from "./locales/sv.json" with { type: "json" };

const STORAGE_KEY = "aktiva.locale";

export function isLocale(value: unknown): value is Locale {
  return value === "sv" || value === "en";
}

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : "sv";
  } catch {
    return "sv";
  }
}

/** The BCP 47 tag used for Intl formatting of dates and numbers. */
export function intlLocale(locale: string): string {
  return locale === "en" ? "en-GB" : "sv-SE";
}

i18n.on("languageChanged", (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

void i18n.use(initReactI18next).init({
  // One namespace per capability (and per part of a large one), so their texts live with them.
  resources: {
    sv: {
      translation: sv,
      cycle: cycleSv,
      cyclePlan: cyclePlanSv,
      cycleFollow: cycleFollowSv,
      learning: learningSv,
      learningSession: learningSessionSv,
      workbooks: workbooksSv,
      support: supportSv,
      pay: paySv,
      payStatistics: payStatisticsSv,
      payJobs: payJobsSv,
      payAnalysis: payAnalysisSv,
      payComparisons: payComparisonsSv,
      events: eventsSv,
    },
    en: {
      translation: en,
      cycle: cycleEn,
      cyclePlan: cyclePlanEn,
      cycleFollow: cycleFollowEn,
      learning: learningEn,
      learningSession: learningSessionEn,
      workbooks: workbooksEn,
      support: supportEn,
      pay: payEn,
      payStatistics: payStatisticsEn,
      payJobs: payJobsEn,
      payAnalysis: payAnalysisEn,
      payComparisons: payComparisonsEn,
      events: eventsEn,
    },
  },
  lng: storedLocale(),
  fallbackLng: "sv",
  supportedLngs: ["sv", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

document.documentElement.lang = i18n.language;

export default i18n;
