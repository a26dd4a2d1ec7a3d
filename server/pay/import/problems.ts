/**
 * What the import says about a payroll file, in Swedish and English: the name and a hint for
 * each field of the column mapping, and one message per problem found in the mapping or in a
 * row. A row message names the row and the column heading as the user sees them in the file,
 * says what is wrong and what to do about it.
 */
import type { MappingProblem, PayrollField, RowProblem } from "../../../core/pay/payroll.ts";
import type { Locale } from "../../platform/i18n.ts";

type Text = { sv: string; en: string };

export const FIELD_LABELS: Record<PayrollField, Text & { hint: Text }> = {
  employeeKey: {
    sv: "Anställningsnummer",
    en: "Employee number",
    hint: {
      sv: "Lönesystemets id för personen. Sparas bara som en kod, så att samma person känns igen nästa år.",
      en: "The payroll system's id for the person. Kept only as a code, so the same person is recognised next year.",
    },
  },
  personnummer: {
    sv: "Personnummer",
    en: "Personal identity number",
    hint: {
      sv: "Används bara för att räkna ut födelseår och juridiskt kön. Sparas aldrig.",
      en: "Used only to work out birth year and legal sex. Never saved.",
    },
  },
  sex: {
    sv: "Kön",
    en: "Sex",
    hint: {
      sv: "K eller M, kvinna eller man, eller 2 och 1 som SCB skriver kön.",
      en: "K or M, kvinna or man, female or male, or 2 and 1 as Statistics Sweden codes them.",
    },
  },
  birthYear: {
    sv: "Födelseår",
    en: "Birth year",
    hint: {
      sv: "Året med fyra siffror, till exempel 1984.",
      en: "The year in four digits, for example 1984.",
    },
  },
  unit: {
    sv: "Enhet",
    en: "Unit",
    hint: {
      sv: "Avdelning, enhet eller kostnadsställe. Kopplas till organisationens enheter om namnen stämmer.",
      en: "Department, unit or cost centre. Linked to the organisation's units when the names match.",
    },
  },
  jobTitle: {
    sv: "Befattning",
    en: "Job title",
    hint: {
      sv: "Befattningen som den står i lönesystemet, till exempel Undersköterska.",
      en: "The job title as the payroll system has it, for example Undersköterska.",
    },
  },
  jobCode: {
    sv: "Yrkeskod (BESTA, SSYK)",
    en: "Occupation code (BESTA, SSYK)",
    hint: {
      sv: "En kod för yrket, till exempel BESTA, SSYK eller AID.",
      en: "A code for the occupation, for example BESTA, SSYK or AID.",
    },
  },
  job: {
    sv: "Arbete (lika arbete)",
    en: "Job (equal work)",
    hint: {
      sv: "Gruppen av anställda som gör lika arbete. Saknas den används yrkeskoden eller befattningen.",
      en: "The group of employees doing equal work. Without it the occupation code or the job title is used.",
    },
  },
  category: {
    sv: "Personalkategori",
    en: "Staff category",
    hint: {
      sv: "Till exempel arbetare, tjänstemän eller ett avtalsområde.",
      en: "For example blue-collar, white-collar or a collective agreement area.",
    },
  },
  employmentType: {
    sv: "Anställningsform",
    en: "Employment type",
    hint: {
      sv: "Tillsvidare eller visstid. Vikariat, provanställning, säsong och timanställning räknas som visstid. Tom cell betyder tillsvidare.",
      en: "Permanent or temporary. Substitutes, probation, seasonal and hourly work count as temporary. An empty cell means permanent.",
    },
  },
  extent: {
    sv: "Sysselsättningsgrad %",
    en: "Extent of employment %",
    hint: {
      sv: "Procent av heltid, mer än 0 och högst 100, till exempel 75.",
      en: "Per cent of full time, more than 0 and at most 100, for example 75.",
    },
  },
  weeklyHours: {
    sv: "Veckoarbetstid",
    en: "Weekly working hours",
    hint: {
      sv: "Timmar per vecka, till exempel 40 eller 37,5.",
      en: "Hours per week, for example 40 or 37.5.",
    },
  },
  baseSalary: {
    sv: "Grundlön per månad",
    en: "Base pay per month",
    hint: {
      sv: "Månadslön i kronor för den tid personen arbetar, till exempel 32 500 eller 32 500,50.",
      en: "Monthly pay in kronor for the time the person works, for example 32,500 or 32,500.50.",
    },
  },
  fixedSupplements: {
    sv: "Fasta tillägg per månad",
    en: "Fixed supplements per month",
    hint: {
      sv: "Fasta lönetillägg i kronor per månad. Tom cell betyder 0.",
      en: "Fixed pay supplements in kronor per month. An empty cell means 0.",
    },
  },
  variablePay: {
    sv: "Rörlig lön per år",
    en: "Variable pay per year",
    hint: {
      sv: "Bonus, provision och andra rörliga delar i kronor för hela året. Tom cell betyder 0.",
      en: "Bonus, commission and other variable pay in kronor for the whole year. An empty cell means 0.",
    },
  },
  manager: {
    sv: "Chef",
    en: "Manager",
    hint: {
      sv: "Ja eller nej, till exempel Ja, J, X eller 1. Tom cell betyder nej.",
      en: "Yes or no, for example Yes, Y, X or 1. An empty cell means no.",
    },
  },
  hireDate: {
    sv: "Anställningsdatum",
    en: "Hire date",
    hint: {
      sv: "Datum som ÅÅÅÅ-MM-DD, till exempel 2019-03-01, och inte efter mätdatumet.",
      en: "A date as YYYY-MM-DD, for example 2019-03-01, and not after the snapshot date.",
    },
  },
  educationYears: {
    sv: "Utbildningsår",
    en: "Years of education",
    hint: {
      sv: "Antal år av utbildning, från 0 till 30, till exempel 12 för gymnasiet.",
      en: "Years of education, from 0 to 30, for example 12 for upper secondary school.",
    },
  },
  parentalLeaveDays: {
    sv: "Föräldraledighet (dagar)",
    en: "Parental leave (days)",
    hint: {
      sv: "Antal dagar föräldraledighet under året, ett heltal från 0 till 366.",
      en: "Days of parental leave during the year, a whole number from 0 to 366.",
    },
  },
  sickLeaveDays: {
    sv: "Sjukfrånvaro (dagar)",
    en: "Sick leave (days)",
    hint: {
      sv: "Antal sjukdagar under året, ett heltal från 0 till 366.",
      en: "Days of sick leave during the year, a whole number from 0 to 366.",
    },
  },
};

/** 70001 → "70 001" (with a no-break space, so it never wraps) or "70,001". */
function rowNumber(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "sv" ? "\u00a0" : ",");
}

const quote = (text: string, locale: Locale) => (locale === "sv" ? `”${text}”` : `“${text}”`);

const NEGATIVE: Partial<Record<PayrollField, Text>> = {
  baseSalary: {
    sv: "Lönen kan inte vara mindre än 0.",
    en: "Pay cannot be less than 0.",
  },
  fixedSupplements: {
    sv: "Fasta tillägg kan inte vara mindre än 0.",
    en: "Fixed supplements cannot be less than 0.",
  },
  variablePay: {
    sv: "Den rörliga lönen kan inte vara mindre än 0.",
    en: "Variable pay cannot be less than 0.",
  },
};

/** How to write a number in the field, for "is not a number". */
function numberExample(field: PayrollField): Text {
  switch (field) {
    case "extent":
      return {
        sv: "Skriv procent av heltid med siffror, till exempel 75.",
        en: "Write the per cent of full time in digits, for example 75.",
      };
    case "weeklyHours":
      return {
        sv: "Skriv timmar per vecka, till exempel 40 eller 37,5.",
        en: "Write hours per week, for example 40 or 37.5.",
      };
    case "birthYear":
      return {
        sv: "Skriv året med fyra siffror, till exempel 1984.",
        en: "Write the year in four digits, for example 1984.",
      };
    case "educationYears":
      return {
        sv: "Skriv antal år med siffror, till exempel 12.",
        en: "Write the number of years in digits, for example 12.",
      };
    case "parentalLeaveDays":
    case "sickLeaveDays":
      return {
        sv: "Skriv antal dagar med siffror, till exempel 12.",
        en: "Write the number of days in digits, for example 12.",
      };
    default:
      return {
        sv: "Skriv beloppet med siffror, till exempel 32 500 eller 32 500,50.",
        en: "Write the amount in digits, for example 32,500 or 32,500.50.",
      };
  }
}

/** What to do when a required cell is empty. */
function missing(field: PayrollField): Text {
  switch (field) {
    case "employeeKey":
      return {
        sv: "Anställningsnumret saknas. Varje rad behöver ett när kolumnen används, så att samma person känns igen nästa år.",
        en: "The employee number is missing. Every row needs one when the column is used, so the same person is recognised next year.",
      };
    case "sex":
    case "personnummer":
      return {
        sv: "Kön saknas. Fyll i kön eller personnummer för varje anställd.",
        en: "Sex is missing. Fill in the sex or the personal identity number of every employee.",
      };
    case "job":
    case "jobCode":
    case "jobTitle":
      return {
        sv: "Arbete saknas. Varje anställd behöver ett arbete, en yrkeskod eller en befattning för att kunna jämföras med andra.",
        en: "The job is missing. Every employee needs a job, an occupation code or a job title to be compared with others.",
      };
    case "extent":
      return {
        sv: "Sysselsättningsgraden saknas. Fyll i hur många procent av heltid personen arbetar, till exempel 100 eller 75.",
        en: "The extent of employment is missing. Fill in the per cent of full time the person works, for example 100 or 75.",
      };
    case "baseSalary":
      return {
        sv: "Grundlönen saknas. Fyll i månadslönen i kronor, eller 0 om personen inte har någon grundlön.",
        en: "The base pay is missing. Fill in the monthly pay in kronor, or 0 if the person has no base pay.",
      };
    default:
      return {
        sv: `${FIELD_LABELS[field].sv} saknas.`,
        en: `${FIELD_LABELS[field].en} is missing.`,
      };
  }
}

/** The part after "Rad n, kolumn ”X”: ". `v` is the cell in quotes, or a stand-in without one. */
function rowText(problem: RowProblem, v: Text): Text {
  const { field } = problem;
  switch (problem.code) {
    case "row.missing":
      return missing(field);
    case "row.number": {
      const example = numberExample(field);
      return {
        sv: `${v.sv} är inte ett tal. ${example.sv}`,
        en: `${v.en} is not a number. ${example.en}`,
      };
    }
    case "row.negative": {
      const rule = NEGATIVE[field] ?? {
        sv: "Beloppet kan inte vara mindre än 0.",
        en: "The amount cannot be less than 0.",
      };
      return { sv: `${v.sv} är negativt. ${rule.sv}`, en: `${v.en} is negative. ${rule.en}` };
    }
    case "row.extentRange":
      return {
        sv: `${v.sv} är ingen möjlig sysselsättningsgrad. Ange procent av heltid: mer än 0 och högst 100.`,
        en: `${v.en} is not a possible extent of employment. Give the per cent of full time: more than 0 and at most 100.`,
      };
    case "row.hoursRange":
      return {
        sv: `${v.sv} är ingen möjlig veckoarbetstid. Ange timmar per vecka: mer än 0 och högst 80.`,
        en: `${v.en} is not a possible number of weekly hours. Give the hours per week: more than 0 and at most 80.`,
      };
    case "row.integerRange":
      return {
        sv: `${v.sv} går inte att använda. Ange ett helt antal dagar från 0 till 366.`,
        en: `${v.en} cannot be used. Give a whole number of days from 0 to 366.`,
      };
    case "row.sex":
      return {
        sv: `${v.sv} går inte att tolka som kön. Skriv till exempel K eller M, eller ange i kolumnvalet hur filen skriver kön.`,
        en: `${v.en} cannot be read as a sex. Write for example K or M, or say in the column choices how the file writes sex.`,
      };
    case "row.sexConflict":
      return {
        sv: `${v.sv} stämmer inte med personnumret, som anger ett annat juridiskt kön. Kontrollera vilken uppgift som är rätt och rätta filen.`,
        en: `${v.en} does not agree with the personal identity number, which gives another legal sex. Check which is right and correct the file.`,
      };
    case "row.personnummer":
      return {
        sv: "Personnumret är inte giltigt: formen, datumet eller kontrollsiffran stämmer inte. Skriv det som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.",
        en: "The personal identity number is not valid: its form, date or check digit is wrong. Write it as YYYYMMDD-NNNN or YYMMDD-NNNN.",
      };
    case "row.date":
      return {
        sv: `${v.sv} är inte ett datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2019-03-01.`,
        en: `${v.en} is not a date. Write the date as YYYY-MM-DD, for example 2019-03-01.`,
      };
    case "row.dateAfterSnapshot":
      return {
        sv: `${v.sv} ligger efter mätdatumet. En anställd i lönekartläggningen ska ha börjat senast den dag lönerna avser.`,
        en: `${v.en} is after the snapshot date. An employee in the pay survey must have started by the day the pay data describes.`,
      };
    case "row.boolean":
      return {
        sv: `${v.sv} går inte att tolka som ja eller nej. Skriv Ja eller Nej, eller lämna cellen tom för nej.`,
        en: `${v.en} cannot be read as yes or no. Write Yes or No, or leave the cell empty for no.`,
      };
    case "row.employmentType":
      return {
        sv: `${v.sv} är ingen anställningsform som går att känna igen. Skriv Tillsvidare eller Visstid.`,
        en: `${v.en} is not an employment type that can be recognised. Write Permanent or Temporary.`,
      };
    case "row.birthYearRange":
      return field === "personnummer"
        ? {
            sv: "Personnumret ger ett födelseår som inte är möjligt för en anställd. Kontrollera personnumret.",
            en: "The personal identity number gives a birth year that is not possible for an employee. Check the number.",
          }
        : {
            sv: `${v.sv} är inget möjligt födelseår. Skriv året med fyra siffror, från 1900 till det år personen fyllde 14.`,
            en: `${v.en} is not a possible birth year. Write the year in four digits, from 1900 to the year the person turned 14.`,
          };
    case "row.educationRange":
      return {
        sv: `${v.sv} är inget möjligt antal utbildningsår. Ange antal år från 0 till 30.`,
        en: `${v.en} is not a possible number of years of education. Give the years from 0 to 30.`,
      };
    case "row.duplicateKey": {
      const first = problem.firstRow ?? 0;
      const key = problem.value ?? "";
      return {
        sv: `${key} finns redan på rad ${rowNumber(first, "sv")}. Varje anställd ska finnas på en rad.`,
        en: `${key} is already on row ${rowNumber(first, "en")}. Every employee should be on one row.`,
      };
    }
    case "row.cellError":
      return {
        sv: `Cellen innehåller ett fel från kalkylprogrammet (${problem.value ?? "#"}). Rätta formeln eller skriv in värdet i filen.`,
        en: `The cell holds an error from the spreadsheet (${problem.value ?? "#"}). Correct the formula or type in the value in the file.`,
      };
    case "row.tooLong": {
      const value = problem.value;
      const sv = value === undefined ? "Texten" : `Texten som börjar med ${quote(value, "sv")}`;
      const en = value === undefined ? "The text" : `The text starting ${quote(value, "en")}`;
      return {
        sv: `${sv} är för lång: högst 200 tecken går. Korta den i filen.`,
        en: `${en} is too long: at most 200 characters. Shorten it in the file.`,
      };
    }
  }
}

/** «Rad 70 001, kolumn ”Grundlön”: ”-100” är negativt. Lönen kan inte vara mindre än 0.» */
export function describeRowProblem(problem: RowProblem, locale: Locale): string {
  const v =
    problem.value === undefined
      ? { sv: "Värdet", en: "The value" }
      : { sv: quote(problem.value, "sv"), en: quote(problem.value, "en") };
  const text = rowText(problem, v)[locale];
  const where =
    locale === "sv"
      ? `Rad ${rowNumber(problem.row, "sv")}, kolumn ${quote(problem.column, "sv")}`
      : `Row ${rowNumber(problem.row, "en")}, column ${quote(problem.column, "en")}`;
  return `${where}: ${text}`;
}

/** "A", "A eller B", "A, B eller C". */
function list(items: string[], word: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

export function describeMappingProblem(
  problem: MappingProblem,
  locale: Locale,
  fieldLabel: (f: PayrollField) => string,
): string {
  const sv = locale === "sv";
  switch (problem.code) {
    case "mapping.required": {
      const labels = problem.fields.map(fieldLabel);
      if (labels.length === 1) {
        return sv
          ? `Välj vilken kolumn som innehåller ${labels[0]}. Uppgiften behövs för lönekartläggningen.`
          : `Choose the column that holds ${labels[0]}. The pay survey needs it.`;
      }
      return sv
        ? `Välj en kolumn för ${list(labels, "eller")}. Minst en av dem behövs för lönekartläggningen.`
        : `Choose a column for ${list(labels, "or")}. The pay survey needs at least one of them.`;
    }
    case "mapping.unknownColumn":
      return sv
        ? `Kolumnen ${quote(problem.column, "sv")} som valts för ${fieldLabel(problem.field)} finns inte i filen. Välj en av filens kolumner.`
        : `The column ${quote(problem.column, "en")} chosen for ${fieldLabel(problem.field)} is not in the file. Choose one of the file's columns.`;
    case "mapping.columnTwice": {
      const labels = problem.fields.map(fieldLabel);
      const both = labels.length === 2;
      return sv
        ? `Kolumnen ${quote(problem.column, "sv")} är vald för ${both ? "både " : ""}${list(labels, "och")}. En kolumn kan bara användas för en uppgift.`
        : `The column ${quote(problem.column, "en")} is chosen for ${both ? "both " : ""}${list(labels, "and")}. A column can only be used for one thing.`;
    }
  }
}
