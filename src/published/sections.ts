/**
 * A published report's outline: its title (agency and year), the six official section headings, the paragraphs of
 * the narrative sections, the signature and date. Headings are found by their numeral and their words, whatever
 * the exact wording a report gives them (二、主动公开政府信息情况 and 二、主动公开情况 are both section 二).
 */
import type { Block, DocumentTable } from "../document/types.js";
import { compact } from "./labels.js";

export type SectionKey = "overview" | "active" | "requests" | "review" | "problems" | "other";

const HEADINGS: readonly { key: SectionKey; pattern: RegExp }[] = [
  { key: "overview", pattern: /^一[、.,]?.{0,4}(总体情况|概述|基本情况)/u },
  { key: "active", pattern: /^二[、.,]?.{0,6}主动公开/u },
  { key: "requests", pattern: /^三[、.,]?.{0,6}(收到和处理|依申请)/u },
  { key: "review", pattern: /^四[、.,]?.{0,16}(行政复议|行政诉讼)/u },
  { key: "problems", pattern: /^五[、.,]?.{0,16}问题/u },
  { key: "other", pattern: /^六[、.,]?.{0,6}其他/u },
];
const MAX_HEADING = 40;
const MAX_TITLE = 60;

export interface Outline {
  /** The title's paragraphs, as printed. */
  title?: string;
  agency?: string;
  year?: number;
  /** Paragraphs of each narrative section, in order. */
  paragraphs: Record<"overview" | "problems" | "other", string[]>;
  /** Tables under each table section; a table found elsewhere is placed by its labels by the caller. */
  tables: { table: DocumentTable; section?: SectionKey }[];
  signer?: string;
  date?: string;
  /** Contact details the opening states (formats.md): address, phone, email and where to download the report. */
  contact: Partial<Record<"address" | "phone" | "email" | "website", string>>;
  headings: Set<SectionKey>;
}

/** How openings state each contact detail; the first match wins. 联系电话（传真）：0951-8061440。 */
const CONTACT = {
  website: /电子版可(?:在|从|于)(.{2,60}?)(?:下载|查阅|获取)/u,
  address: /(?:联系|通讯|办公)?地址[:：](.{2,80}?)(?=[，,；;。）)]|邮编|$)/u,
  phone: /(?:联系|咨询)?电话(?:[(（]传真[)）])?[:：]([0-9０-９\-－—()（） 、/]{5,40}?)(?=[，,；;。]|[(（]?传真|$)/u,
  email: /(?:电子)?邮箱[:：]\s*([\w.+-]+@[\w.-]+\w)/u,
} as const;

function readContact(opening: string, outline: Outline): void {
  for (const [key, pattern] of Object.entries(CONTACT) as [keyof typeof CONTACT, RegExp][]) {
    // A detail at the end of a bracketed aside keeps no closing bracket: （…电话：0718-6277499）.
    const raw = pattern.exec(opening)?.[1]?.trim();
    const value = raw && !/[(（]/u.test(raw) ? raw.replace(/[)）]$/u, "") : raw;
    if (value) outline.contact[key] = value;
  }
}

const TITLE = /^(.*?)(\d{4})(?:年度?(.*?)政府信息公开(?:工作)?年度?报告|年报)/u;
/** The date a portal page states it was published, for a page that prints no 落款. */
const PUBLISHED_ON = /(?:发布日期|发布时间|成文日期|发文日期)[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/u;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

function headingOf(text: string, after: SectionKey | undefined): SectionKey | undefined {
  const plain = compact(text);
  if (plain.length > MAX_HEADING) return undefined;
  const order = HEADINGS.findIndex((h) => h.key === after);
  return HEADINGS.slice(order + 1).find((h) => h.pattern.test(plain))?.key;
}

/** The title, up to section 一: agency and year from 「贺兰县交通运输局2020年政府信息公开工作年度报告」, on one or two lines. */
function readTitle(paragraphs: readonly string[], outline: Outline): void {
  paragraphs.forEach((text, i) => {
    // A title is a short line: an opening sentence that names the report (编制我单位2021年…年度报告) is not one.
    if (outline.year !== undefined || compact(text).length > MAX_TITLE) return;
    const match = TITLE.exec(compact(text));
    if (!match) return;
    outline.year = Number(match[2]);
    const previous = compact(paragraphs[i - 1] ?? "");
    // 贺兰县交通运输局2020年…, 2019年上海市人民政府办公厅…, or the agency on the line above the year.
    const named = match[1] || (match[3] ?? "").replace(/^(?:本级|本机关|度)$/u, "");
    outline.agency = named || (previous.length > 0 && previous.length <= 40 && !/[。，]/.test(previous) ? previous : undefined);
    outline.title = compact(text);
  });
}

/** The signature block at the end of section 六: the agency's name, then the date; what follows it is not the report. */
function readSignature(other: string[], outline: Outline): void {
  let dateAt = -1;
  other.forEach((text, i) => {
    if (DATE.test(compact(text))) dateAt = i;
  });
  if (dateAt < 0) return;
  outline.date = compact(other[dateAt]);
  let end = dateAt;
  const signer = compact(other[dateAt - 1] ?? "");
  if (signer.length > 0 && signer.length <= 40 && !/[。；;，,]$/.test(signer)) {
    outline.signer = signer;
    end -= 1;
  }
  other.splice(end);
}

export function readOutline(blocks: readonly Block[]): Outline {
  const outline: Outline = { paragraphs: { overview: [], problems: [], other: [] }, tables: [], contact: {}, headings: new Set() };
  const beforeOverview: string[] = [];
  let section: SectionKey | undefined;
  for (const block of blocks) {
    if (block.kind === "table") {
      outline.tables.push({ table: block.table, section });
      continue;
    }
    const heading = headingOf(block.text, section);
    if (heading) {
      section = heading;
      outline.headings.add(heading);
      continue;
    }
    if (section === undefined) beforeOverview.push(block.text);
    else if (section === "overview" || section === "problems" || section === "other") outline.paragraphs[section].push(block.text);
  }
  readTitle(beforeOverview, outline);
  const opening = beforeOverview.join("");
  readContact(opening, outline);
  if (outline.date === undefined) {
    const published = PUBLISHED_ON.exec(compact(opening));
    if (published) outline.date = `${published[1]}年${Number(published[2])}月${Number(published[3])}日`;
  }
  readSignature(outline.paragraphs.other, outline);
  return outline;
}
