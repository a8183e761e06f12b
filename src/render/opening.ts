/**
 * The opening every report states before 一 (formats.md): the basis, the statistics period, where to download it
 * and whom to ask. Sentences name fields as {field}; an optional contact detail's sentence is left out when the
 * detail is, so a missing one leaves no gap. The Word template and the web page both print it from here.
 */
import type { FieldId } from "../schema/types.js";

export interface OpeningSentence {
  text: string;
  /** Printed only when this field has a value. */
  when?: FieldId;
}

export const OPENING: readonly OpeningSentence[] = [
  {
    text: "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式要求编制。",
  },
  { text: "本报告所列数据的统计期限自{meta.year}年1月1日起至{meta.year}年12月31日止。" },
  { text: "本报告电子版可在{meta.website}下载。", when: "meta.website" },
  { text: "如对本报告有疑问，请与{meta.agency}联系。" },
  { text: "联系地址：{meta.address}。", when: "meta.address" },
  { text: "联系电话（传真）：{meta.phone}。", when: "meta.phone" },
  { text: "电子邮箱：{meta.email}。", when: "meta.email" },
];

/** The opening as one docxtemplater paragraph: each optional sentence a condition on its field. */
export const openingTemplate = (): string => OPENING.map(({ text, when }) => (when ? `{#${when}}${text}{/${when}}` : text)).join("");

/** The opening filled with a report's printed values. */
export const openingText = (values: Readonly<Record<string, unknown>>): string =>
  OPENING.filter(({ when }) => !when || (values[when] !== undefined && values[when] !== ""))
    .map(({ text }) => text.replace(/\{([\w.]+)\}/g, (_, field: string) => String(values[field] ?? "")))
    .join("");
