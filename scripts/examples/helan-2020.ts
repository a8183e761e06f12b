/**
 * The reference report (../shared/spec/reference-report-2020.txt) as a standardized workbook: 贺兰县交通运输局,
 * 2020, edition 2019. Its figures as published, zeros where it left blanks; its narrative retold from its facts
 * (with its slips put right: the channels add up to 1623 items, not 1823).
 */
import { EDITIONS } from "../../src/schema/index.js";
import type { FillValue } from "../../src/workbook/fill-workbook.js";

/** Tables 三 and 四 were blank in the published report: no applications, no cases. They are zeros. */
const emptyTables = Object.fromEntries(
  EDITIONS["2019"].fields.filter((f) => (f.table === "requests" || f.table === "review") && !f.derived).map((f) => [f.id, 0]),
);

const zeros = (prefix: string, keys: string[]) => Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, 0]));

export const HELAN_2020 = {
  edition: "2019",
  file: "inputs/2020-贺兰县交通运输局.xlsx",
  values: {
    "meta.agency": "贺兰县交通运输局",
    "meta.year": 2020,
    "meta.address": "贺兰县光明西路仁和巷1号",
    "meta.phone": "0951-8061440",
    "meta.email": "helanjt@126.com",
    "meta.website": "贺兰县人民政府网站",
    "meta.date": new Date(Date.UTC(2021, 0, 19)),
    ...zeros("active.rules", ["made", "published", "total"]),
    ...zeros("active.normative", ["made", "published", "total"]),
    "active.licensing.lastYear": 278,
    "active.licensing.change": -7,
    "active.licensing.decisions": 271,
    "active.otherServices.lastYear": 5822,
    "active.otherServices.change": 505,
    "active.otherServices.decisions": 6327,
    "active.penalty.lastYear": 231,
    "active.penalty.change": -198,
    "active.penalty.decisions": 33,
    "active.coercion.lastYear": 15,
    "active.coercion.change": 11,
    "active.coercion.decisions": 26,
    ...zeros("active.fees", ["lastYear", "change"]),
    ...zeros("active.procurement", ["projects", "amount"]),
    ...emptyTables,
    "text.overview": [
      { level: "标题（一）", text: "（一）主动公开情况" },
      {
        text: "2020年，本局通过贺兰县人民政府网站、“贺兰交通”政务微博和“贺兰微交通”微信公众号共发布政府信息1623条，其中政府网站182条、政务微博1131条、微信公众号310条，并向县政府信息查阅点提供可公开的文件和资料80余份。全年办理普通货物运输行政许可271件，在网站公示行政许可决定271件、行政处罚决定33件。",
      },
      { level: "标题（一）", text: "（二）依申请公开情况" },
      { text: "2020年，本局未收到政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼，也没有收到有关信息公开工作的举报。" },
      { level: "标题（一）", text: "（三）政府信息管理" },
      {
        text: "本局制定了2020年政府信息公开工作要点，更新了政府信息公开指南和基本目录，并印发指南手册。信息发布前由承办股室初审、分管领导审核、主要领导签发，逐级把关。",
      },
      { level: "标题（一）", text: "（四）政府信息公开平台建设" },
      {
        text: "政府网站是本局公开信息的主渠道，全年发布部门动态116条、公示公告2条、财政资金信息5条、业务工作信息15条、其他信息42条，在重点建设项目专栏发布项目开工、进展和验收信息25条。局机关政务公开栏更新10余次，政府信息查阅点配备专用查阅电脑和打印复印设备。",
      },
      { level: "标题（一）", text: "（五）监督保障" },
      {
        text: "本局成立由局长任组长、分管领导任副组长的政务公开工作领导小组，各股室负责人为本股室信息公开第一责任人。组织工作人员参加全县政务公开培训，印发政务公开宣传彩页500余份。",
      },
    ],
    "text.problems": [
      { level: "标题（一）", text: "（一）存在的主要问题" },
      {
        text: "一是宣传力度不够，群众参与政府信息公开的意识不强；二是公开的渠道和方式较为单一，个别股室和下属单位主动公开不够积极；三是部分公开内容较为简单，与《条例》要求还有差距。",
      },
      { level: "标题（一）", text: "（二）改进情况" },
      { level: "标题 1.", text: "1.加强宣传引导。" },
      { text: "通过多种形式宣传政府信息公开工作，让群众了解获取政府信息的渠道和方式。" },
      { level: "标题 1.", text: "2.丰富公开内容。" },
      { text: "重点公开与交通运输工作和群众生活密切相关的信息，把信息公开与网上办事结合起来。" },
      { level: "标题 1.", text: "3.强化督促检查。" },
      { text: "对各股室和下属单位落实《条例》的情况开展检查，并加强业务培训，提高工作人员的业务能力。" },
    ],
    "text.other": [{ text: "无其他需要报告的事项。" }],
  } satisfies Record<string, FillValue>,
} as const;
