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
  /** The 落款 as printed after section 六: signer, 成文日期 and the note under it (（此件公开发布）). */
  signer?: string;
  date?: string;
  publicity?: string;
  /** The date a portal page gives in its header or info box (发布日期：2021-01-20), which is not the 成文日期. */
  pageDate?: { label: string; date: string };
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
/** The date a portal states beside the report (its header, its info box): quoted when the body prints no 成文日期. */
const PAGE_DATE = /(发布日期|发布时间|成文日期|发文日期|生成日期)[:：|]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/u;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
/** Signer and date on one line: 贺兰县交通运输局 2021年1月19日. */
const SIGNER_AND_DATE = /^(.{2,40}?)(\d{4}年\d{1,2}月\d{1,2}日)$/u;
/** The note under the date: （此件公开发布）, （此件主动公开）. */
const PUBLICITY = /^[(（](?:此件|本件).{2,10}[)）]$/u;

/** What a portal prints around a report, never part of it: its footer and its page tools. */
const PAGE_CHROME = /版权所有|copyright|©|网站标识码|ICP备|公网安备|(?:主办|承办|协办|维护|运维)单位[:：]|技术支持[:：]/iu;
const PAGE_TOOLS =
  /^[【[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|分享到?|我要纠错|纠错)[】\]]?|^(?:联系我们|网站地图|网站声明|上一篇|下一篇|相关链接|相关文章|扫一扫|浏览次数|访问次数|阅读次数|字号[:：]|【字体)/u;
/** Whether a paragraph is page chrome: footer text anywhere in it, or a short line of page tools. */
export const isPageChrome = (text: string): boolean => {
  const plain = compact(text);
  return (plain.length <= 300 && PAGE_CHROME.test(plain)) || (plain.length <= 40 && PAGE_TOOLS.test(plain));
};

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

/**
 * The 落款 that ends section 六: the signer's line, the date on the line below (or both on one line), then perhaps the
 * note （此件公开发布）. Only the last lines count: a date elsewhere in 六 is part of its text.
 */
function readSignature(other: string[], outline: Outline): void {
  let end = other.length;
  while (end > 0 && compact(other[end - 1]) === "") end -= 1;
  if (end > 0 && PUBLICITY.test(compact(other[end - 1]))) {
    outline.publicity = other[end - 1].replace(/\s+/gu, "");
    end -= 1;
  }
  const last = compact(other[end - 1] ?? "");
  const together = SIGNER_AND_DATE.exec(last);
  if (DATE.test(last)) {
    outline.date = last;
    end -= 1;
    const signer = compact(other[end - 1] ?? "");
    if (signer.length > 0 && signer.length <= 40 && !/[。；;，,：:]$/.test(signer) && !DATE.test(signer)) {
      outline.signer = signer;
      end -= 1;
    }
  } else if (together && !/[。；;，,：:]/.test(together[1])) {
    [outline.signer, outline.date] = [together[1], together[2]];
    end -= 1;
  } else if (outline.publicity !== undefined) {
    // A note with no 落款 above it is only text.
    delete outline.publicity;
    return;
  } else return;
  other.splice(end);
}

/** The page's own date, from the paragraphs and tables before section 一 (a portal's header or info box). */
function readPageDate(beforeOverview: readonly string[], outline: Outline): void {
  const match = PAGE_DATE.exec(compact(beforeOverview.join("|")));
  if (match) outline.pageDate = { label: match[1], date: `${match[2]}年${Number(match[3])}月${Number(match[4])}日` };
}

export function readOutline(blocks: readonly Block[]): Outline {
  const outline: Outline = { paragraphs: { overview: [], problems: [], other: [] }, tables: [], contact: {}, headings: new Set() };
  const beforeOverview: string[] = [];
  /** Before section 一, the text of tables too: a portal's info box (索引号, 发布日期) is a table. */
  const pageText: string[] = [];
  let section: SectionKey | undefined;
  for (const block of blocks) {
    if (block.kind === "table") {
      if (section === undefined) pageText.push(...block.table.cells.map((cell) => cell.text));
      outline.tables.push({ table: block.table, section });
      continue;
    }
    // The portal's footer and page tools end the report: nothing after them is part of it.
    if (section !== undefined && isPageChrome(block.text)) break;
    const heading = headingOf(block.text, section);
    if (heading) {
      section = heading;
      outline.headings.add(heading);
      continue;
    }
    if (section === undefined) {
      beforeOverview.push(block.text);
      pageText.push(block.text);
    } else if (section === "overview" || section === "problems" || section === "other") outline.paragraphs[section].push(block.text);
  }
  readTitle(beforeOverview, outline);
  const opening = beforeOverview.join("");
  readContact(opening, outline);
  readPageDate(pageText, outline);
  readSignature(outline.paragraphs.other, outline);
  return outline;
}
