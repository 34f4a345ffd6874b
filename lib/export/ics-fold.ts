// RFC 5545 §3.1: content lines are folded at 75 octets (not characters), never inside a UTF-8 sequence: a line of
// "ë" or emoji folded at 75 code points would come out at up to 300 octets.

const encoder = new TextEncoder();

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One unfolded content line as folded lines: 75 octets at most, each continuation starting with a space. */
export function foldContentLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
