import { BulkError, messageOf } from "../errors";
import type { BulkProgress } from "../types";

/** Counts handled rows and reports them to `onProgress` after every batch. */
export class ProgressCounter {
  rows = 0;

  constructor(private readonly onProgress: ((progress: BulkProgress) => void) | undefined) {}

  /**
   * Records a finished (with `transaction: false`, committed) batch of `rows` rows of `entity`;
   * `batches` is the running statement count. A throwing `onProgress` fails the call with a
   * BulkError that names no row: the batch it was told about is done.
   */
  batchDone(rows: number, batches: number, entity: string): void {
    this.rows += rows;
    if (this.onProgress === undefined) return;
    try {
      this.onProgress({ rows: this.rows, batches });
    } catch (error) {
      const reason = messageOf(error);
      throw new BulkError(`${entity}: onProgress threw after batch ${batches - 1}: ${reason}`, { entity, cause: error });
    }
  }
}
