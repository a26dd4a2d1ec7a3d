/**
 * A deliberately small model formula language for the custom regression (and the CLI's
 * --model option):  log(wage) ~ education + experience + experience^2 + occupation
 * The response may be wrapped in log(); terms are variable names joined by +, and x^2 adds a
 * square. Which variables are categorical is the caller's decision (e.g. non-numeric columns).
 */
import { type ModelSpec, type ModelTerm, PayModelError } from "./regression.ts";

export interface FormulaContext {
  /** Variables that exist in the data. */
  readonly variables: readonly string[];
  readonly isCategorical: (variable: string) => boolean;
}

type Token = { readonly text: string; readonly at: number };

// Letters of any language: Swedish payroll exports name columns "Månadslön", "Kön" …
const TOKEN = /\s*(?:([\p{L}_][\p{L}\p{N}_.]*)|(\d+)|([~+^()]))/uy;

function tokenise(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) {
      const position = at + (formula.slice(at).length - formula.slice(at).trimStart().length);
      throw new PayModelError("pay.formula.syntax", {
        at: position + 1,
        near: formula.slice(position, position + 10),
      });
    }
    const text = match[1] ?? match[2] ?? match[3]!;
    tokens.push({ text, at: match.index + match[0].length - text.length });
  }
  return tokens;
}

export function parseModelFormula(formula: string, context: FormulaContext): ModelSpec {
  const tokens = tokenise(formula);
  let next = 0;
  const peek = () => tokens[next]?.text;
  const fail = (): never => {
    const token = tokens[next];
    throw new PayModelError("pay.formula.syntax", {
      at: token ? token.at + 1 : formula.length + 1,
      near: token ? token.text : "",
    });
  };
  const expect = (text: string) => {
    if (peek() !== text) fail();
    next++;
  };
  const variable = (): string => {
    const name = peek();
    if (name === undefined || !/^[A-Za-z_]/.test(name)) return fail();
    if (!context.variables.includes(name))
      throw new PayModelError("pay.formula.unknownVariable", { variable: name });
    next++;
    return name;
  };

  let logResponse = false;
  let response: string;
  if (peek() === "log" && tokens[next + 1]?.text === "(") {
    next += 2;
    logResponse = true;
    response = variable();
    expect(")");
  } else response = variable();
  expect("~");

  const terms: ModelTerm[] = [];
  const seen = new Set<string>();
  for (;;) {
    const name = variable();
    let square = false;
    if (peek() === "^") {
      next++;
      expect("2");
      square = true;
    }
    const key = square ? `${name}^2` : name;
    if (seen.has(key)) throw new PayModelError("pay.formula.duplicateTerm", { term: key });
    seen.add(key);
    if (name === response)
      throw new PayModelError("pay.formula.responseAsTerm", { variable: name });
    const categorical = context.isCategorical(name);
    if (square && categorical)
      throw new PayModelError("pay.formula.categoricalSquare", { variable: name });
    terms.push({
      kind: square ? "square" : categorical ? "categorical" : "numeric",
      variable: name,
    });
    if (next === tokens.length) break;
    expect("+");
  }
  return { response, logResponse, terms };
}
