/**
 * The template of the Python peer (bench/peer/peer.py): ours with its docxtemplater tags turned into Jinja for
 * docxtpl, each value looked up by its defined name. Sections become conditions that hold, so the peer renders a
 * document of the same size and structure (one paragraph per narrative section where ours may have several).
 */
import PizZip from "pizzip";

const TAG = /\{([#/^]?)([A-Za-z0-9_.]+)\}/g;

function jinja(_: string, kind: string, name: string): string {
  if (kind === "#" || kind === "^") return "{% if 1 %}";
  if (kind === "/") return "{% endif %}";
  return `{{ v.get('${name.replaceAll(".", "_")}', '') }}`;
}

export function peerTemplate(template: Buffer): Buffer {
  const zip = new PizZip(template);
  const document = zip.file("word/document.xml")!.asText();
  zip.file("word/document.xml", document.replace(TAG, jinja));
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}
