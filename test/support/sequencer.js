const Sequencer = require("@jest/test-sequencer").default;

/**
 * Jest's order, except that the heap-bound streaming test runs first, while the worker's heap
 * is small: later in a run its forced GCs take seconds each, as the heap holds the earlier suites.
 */
class StreamingFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const first = sorted.filter((test) => test.path.endsWith("streaming.test.ts"));
    return [...first, ...sorted.filter((test) => !first.includes(test))];
  }
}

module.exports = StreamingFirst;
