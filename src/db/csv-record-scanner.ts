const quote = 0x22;
const newline = 0x0a;

/**
 * Follows CSV bytes chunk by chunk and finds where records end: a newline ends a record only
 * outside quotes, and a doubled quote inside quotes toggles the state twice, so counting quote
 * characters is enough. Used to cut a file into whole records for engines that take COPY data
 * in pieces, and to count the records a COPY must report (COPY stops silently at a line holding
 * only "\.", so its own count is checked against this one).
 */
export class CsvRecordScanner {
  private inQuotes = false;
  private pendingBytes = 0;
  /** Records seen so far, counting the last one even when the file does not end in a newline. */
  private completeRecords = 0;

  /**
   * Scans one chunk; returns the offset just past the last record end in it (0 when none ends
   * here), so `chunk.subarray(0, offset)` holds only whole records (with what came before).
   */
  scan(chunk: Uint8Array): number {
    let lastEnd = -1;
    let index = 0;
    while (index < chunk.length) {
      if (this.inQuotes) {
        const next = chunk.indexOf(quote, index);
        if (next === -1) break;
        this.inQuotes = false;
        index = next + 1;
        continue;
      }
      const nextQuote = chunk.indexOf(quote, index);
      const nextNewline = chunk.indexOf(newline, index);
      if (nextNewline !== -1 && (nextQuote === -1 || nextNewline < nextQuote)) {
        this.completeRecords += 1;
        lastEnd = nextNewline;
        index = nextNewline + 1;
      } else if (nextQuote !== -1) {
        this.inQuotes = true;
        index = nextQuote + 1;
      } else {
        break;
      }
    }
    const end = lastEnd + 1;
    this.pendingBytes = end === 0 ? this.pendingBytes + chunk.length : chunk.length - end;
    return end;
  }

  /** Records in everything scanned, including a last record without a newline after it. */
  get records(): number {
    return this.completeRecords + (this.pendingBytes > 0 ? 1 : 0);
  }
}
