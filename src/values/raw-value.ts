/** A cell or JSON value as found, before it is interpreted against its field's type. */
export type RawValue =
  | { kind: "blank" }
  | { kind: "missing" } // a JSON key that is absent: there is no blank in JSON
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "date"; value: Date } // built by exceljs as if the serial were UTC
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string } // #REF!, #VALUE!, …
  | { kind: "formula"; formula: string } // a formula with no cached result
  | { kind: "derived" }; // our own total formula: recompute it from its parts

export const BLANK: RawValue = { kind: "blank" };

export function describeRaw(raw: RawValue): string {
  switch (raw.kind) {
    case "number":
    case "text":
    case "boolean":
    case "error":
      return String(raw.value);
    case "date":
      return raw.value.toISOString().slice(0, 10);
    case "formula":
      return raw.formula;
    default:
      return "";
  }
}
