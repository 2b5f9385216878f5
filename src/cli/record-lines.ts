/**
 * Which physical line each input record ends on, kept as the points where `line - record`
 * changes (records spanning several lines, skipped empty lines): a few entries for most files
 * however long, where a line per record would hold millions.
 */
export class RecordLines {
  private readonly records: number[] = [];
  private readonly lines: number[] = [];

  /** Notes that record `record` (0-based, noted in order) ends on `line` (1-based). */
  note(record: number, line: number): void {
    const last = this.records.length - 1;
    if (last >= 0 && this.lines[last]! - this.records[last]! === line - record) return;
    this.records.push(record);
    this.lines.push(line);
  }

  /** The line record `record` ends on; `firstLine` for record 0 when nothing was noted. */
  lineOf(record: number, firstLine: number): number {
    let low = 0;
    let high = this.records.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.records[mid]! <= record) low = mid;
      else high = mid - 1;
    }
    if (high < 0 || this.records[low]! > record) return record + firstLine;
    return this.lines[low]! + (record - this.records[low]!);
  }
}
