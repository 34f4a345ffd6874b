// What XML 1.0 cannot carry, dropped. Text fields refuse these characters now (lib/validation/primitives), but
// stored data may predate that rule or come in another way; one such character makes a whole Atom feed or workbook
// unreadable for every subscriber, so the exports encode defensively anyway.

/** Characters outside XML 1.0's Char production: C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; lone surrogates. */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/** Plain text for formats with no control characters at all (iCalendar TEXT, RFC 5545 §3.3.11): line breaks become LF. */
export function plainText(text: string): string {
  return xmlSafe(text).replace(/\r\n?/g, "\n");
}
