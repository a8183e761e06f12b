/**
 * The official typefaces of the report by role (formats.md, GB/T 9704-2012 practice), with the names Word and
 * WPS documents also use for them, and the open fonts from Debian that stand in for them where they are not
 * installed (a typical Linux machine has none of them). Substitutes are listed best first and are always
 * simplified-Chinese cuts: a Japanese cut draws some characters (骨, 直, 写) differently.
 */
export interface FontRole {
  role: "title" | "heading" | "kai" | "fangsong" | "song";
  /** The name the template uses, then other names documents use for the same face. */
  official: readonly [string, ...string[]];
  /** Open families that may stand in, with the weight that makes them look like the official face. */
  substitutes: readonly { family: string; bold?: boolean }[];
}

const SERIF_SC = [{ family: "Noto Serif CJK SC" }, { family: "Source Han Serif SC" }, { family: "AR PL UMing CN" }];

export const FONT_ROLES = [
  // 小标宋: a heavy Song face; the nearest open face is a bold serif.
  {
    role: "title",
    official: ["方正小标宋简体", "方正小标宋_GBK", "小标宋", "方正小标宋"],
    substitutes: SERIF_SC.map((s) => ({ ...s, bold: true })),
  },
  {
    role: "heading",
    official: ["黑体", "SimHei", "方正黑体_GBK", "方正黑体简体"],
    substitutes: [{ family: "Noto Sans CJK SC" }, { family: "Source Han Sans SC" }, { family: "WenQuanYi Zen Hei" }],
  },
  {
    role: "kai",
    official: ["楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "方正楷体_GBK", "方正楷体简体"],
    substitutes: [{ family: "AR PL UKai CN" }, { family: "AR PL KaitiM GB" }, { family: "LXGW WenKai" }],
  },
  // No open 仿宋 in simplified Chinese exists in Debian: a plain serif keeps the body readable and upright.
  {
    role: "fangsong",
    official: ["仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "方正仿宋_GBK", "方正仿宋简体"],
    substitutes: SERIF_SC,
  },
  { role: "song", official: ["宋体", "SimSun", "新宋体", "NSimSun", "华文中宋"], substitutes: SERIF_SC },
] as const satisfies readonly FontRole[];

/** The face the template names for each role. */
export const OFFICIAL_FONT = {
  title: FONT_ROLES[0].official[0],
  heading: FONT_ROLES[1].official[0],
  kai: FONT_ROLES[2].official[0],
  fangsong: FONT_ROLES[3].official[0],
  song: FONT_ROLES[4].official[0],
} as const;
