import { FONT_ROLES, type FontRole } from "../schema/fonts.js";

/** How one official face named by the document is set in the PDF on this machine. */
export interface FontSubstitution {
  official: string;
  role: FontRole["role"];
  /** The open family that stands in, or null: the official face is installed, or no substitute is. */
  substitute: string | null;
  bold?: boolean;
  /** True when the official face itself is installed, so no substitute is needed. */
  installed: boolean;
}

/**
 * For each official face the document names: itself when installed, else the first substitute of its role
 * that is installed (schema/fonts.ts), else nothing (LibreOffice then falls back on its own).
 */
export function planFonts(used: ReadonlySet<string>, installed: ReadonlySet<string>): FontSubstitution[] {
  const plan: FontSubstitution[] = [];
  for (const role of FONT_ROLES as readonly FontRole[]) {
    for (const official of role.official.filter((name) => used.has(name))) {
      if (installed.has(official)) {
        plan.push({ official, role: role.role, substitute: null, installed: true });
        continue;
      }
      const substitute = role.substitutes.find((candidate) => installed.has(candidate.family));
      plan.push({
        official,
        role: role.role,
        substitute: substitute?.family ?? null,
        ...(substitute?.bold ? { bold: true } : {}),
        installed: false,
      });
    }
  }
  return plan;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A fontconfig configuration that keeps the system's and binds each official name to its substitute, strongly,
 * so that LibreOffice (which asks fontconfig for a missing face) gets the simplified-Chinese family instead of
 * its own fallback, the Japanese cut of Noto CJK.
 */
export function fontconfigXml(plan: readonly FontSubstitution[], systemConfig = "/etc/fonts/fonts.conf"): string {
  const rules = plan
    .filter((entry) => entry.substitute !== null)
    .map((entry) => {
      const weight = entry.bold ? `\n    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>` : "";
      return `  <match target="pattern">
    <test name="family"><string>${escapeXml(entry.official)}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${escapeXml(entry.substitute!)}</string></edit>${weight}
  </match>`;
    });
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${escapeXml(systemConfig)}</include>
${rules.join("\n")}
</fontconfig>
`;
}

/** What converting one document to PDF came to (convert-to-pdf.ts); a type of its own so the page's modules can name it. */
export type PdfOutcome =
  | { status: "ok"; bytes: Buffer; /** How each official face was set on this machine. */ fonts: FontSubstitution[] }
  | { status: "unavailable" }
  | { status: "failed"; reason: string };
