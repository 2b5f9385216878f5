import { BulkError } from "../../src";

/** The BulkError `call` rejects with (failing the test if it resolves or rejects otherwise). */
export async function bulkErrorOf(call: Promise<unknown>): Promise<BulkError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BulkError);
  return error as BulkError;
}
