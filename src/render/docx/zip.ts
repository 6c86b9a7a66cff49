/**
 * The package's zip: parts in a fixed order, each entry dated `timestamp`,
 * deflated by Node's zlib (about three times faster than deflate in
 * JavaScript on these parts), written by fflate's Zip, so equal parts give
 * equal bytes whatever the clock says.
 */
import {deflateRawSync} from 'node:zlib'
import {Zip, ZipPassThrough, type ZipInputFile} from 'fflate'

/**
 * A zip entry deflated natively: fflate's pass-through entry counts the size
 * and CRC of what it is given, and `process` (its documented extension
 * point) hands on the deflated bytes.
 */
class NativeDeflate extends ZipPassThrough {
  constructor(name: string, mtime: Date) {
    super(name)
    this.compression = 8
    this.mtime = mtime
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, new Uint8Array(deflateRawSync(chunk, {level: 6})), final)
  }
}

/**
 * Zip entries hold a DOS date in local time (fflate reads the local fields of
 * the Date), and DOS dates cannot go before 1980: the UTC fields of the
 * timestamp are given as local ones so the bytes do not depend on the time
 * zone of the machine.
 */
export function zipDate(timestamp: Date): Date {
  const time = Math.min(Math.max(timestamp.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31))
  const utc = new Date(time)
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds())
}

/** A part deflated ahead of time, with what its zip entry records of it. */
export interface Deflated {
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly crc: number
  readonly size: number
}

/** Deflates a part once, for parts shared by many documents (the skeleton's). */
export function deflated(data: Uint8Array): Deflated {
  const entry = new NativeDeflate('', new Date(0))
  let bytes = new Uint8Array()
  entry.ondata = (error, chunk) => {
    if (error) throw error
    bytes = chunk
  }
  entry.push(data, true)
  return {bytes, crc: entry.crc, size: entry.size}
}

/** Zips `parts` in the order given; a part already deflated goes in as it is. */
export function zipParts(parts: readonly (readonly [name: string, data: Uint8Array | Deflated])[], timestamp: Date): Uint8Array {
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure = error
    else chunks.push(chunk)
  })
  const mtime = zipDate(timestamp)
  for (const [name, data] of parts) {
    if (data instanceof Uint8Array) {
      const entry = new NativeDeflate(name, mtime)
      zip.add(entry)
      entry.push(data, true)
    } else {
      // fflate's ZipInputFile: the sizes and CRC are known, the data comes deflated.
      const entry: ZipInputFile = {filename: name, size: data.size, crc: data.crc, compression: 8, mtime}
      zip.add(entry)
      entry.ondata!(null, data.bytes, true)
    }
  }
  zip.end()
  if (failure) throw failure
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}
