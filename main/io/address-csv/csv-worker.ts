import { parentPort } from 'node:worker_threads'
import { parseAddressCsv } from './parse-address-csv'
import { type TimeSlices } from '../time-slices'

/** In a worker nothing else waits for the thread: read the file in one go. */
const noPauses: TimeSlices = {
  continuous: true,
  due: () => false,
  pause: () => Promise.resolve(),
  maybePause: () => Promise.resolve(),
}

// The worker thread that reads one CSV file: its bytes in, the parsed file out (its row columns
// transferred, not copied), then it ends.
parentPort?.once('message', (bytes: Uint8Array) => {
  void parseAddressCsv(bytes, noPauses).then((parsed) => {
    const { rows } = parsed
    const buffers = [rows.line, rows.houseNumber, rows.street, rows.addition, rows.postcode, rows.place].map(
      (column) => column.buffer as ArrayBuffer,
    )
    parentPort?.postMessage(parsed, buffers)
  })
})
