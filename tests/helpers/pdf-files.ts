/** PDFs written by hand for tests: the smallest of each kind a reader must tell apart. */

/** A valid PDF of one blank A4 page: no text layer, as a scan (pages of pictures) has none. */
export function textlessPdf(pages = 1): Buffer {
  return pdfOf(blankPages(pages));
}

/**
 * A PDF that needs a password to open: the Standard security handler (RC4, revision 2) with a user password that is
 * not empty. Its /U entry is no hash of the empty password, so a reader without the password cannot open it.
 */
export function passwordPdf(): Buffer {
  const hex = (byte: number) => `<${byte.toString(16).padStart(2, "0").repeat(32)}>`;
  return pdfOf(
    blankPages(1),
    `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex(0x11)} /U ${hex(0x22)} /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`,
  );
}

/** The objects of a document of blank A4 pages: its catalog, its page tree, and the pages. */
function blankPages(pages: number): string[] {
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(" ");
  return [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
  ];
}

/** A PDF of these objects (numbered from 1, the first the catalog), with its cross-reference table and trailer. */
function pdfOf(objects: readonly string[], trailer = ""): Buffer {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Bytes that begin as a PDF and are not one. */
export const brokenPdf = (): Buffer =>
  Buffer.concat([Buffer.from("%PDF-1.7\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from("\n1 0 obj")]);
