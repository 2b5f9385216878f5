import type { BulkProgress } from "../types";

/** Counts handled rows and reports them to `onProgress` after every batch. */
export class ProgressCounter {
  rows = 0;

  constructor(private readonly onProgress: ((progress: BulkProgress) => void) | undefined) {}

  /** Records a finished batch of `rows` rows; `batches` is the running statement count. */
  batchDone(rows: number, batches: number): void {
    this.rows += rows;
    this.onProgress?.({ rows: this.rows, batches });
  }
}
