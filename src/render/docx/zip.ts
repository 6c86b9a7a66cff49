/**
 * The package's zip: parts in a fixed order, each entry dated `timestamp`,
 * deflated by Node's zlib (about three times faster than deflate in
 * JavaScript on these parts), written by fflate's Zip, so equal parts give
 * equal bytes whatever the clock says.
 */
import {constants, deflateRawSync} from 'node:zlib'
import {Zip, ZipPassThrough, type ZipInputFile} from 'fflate'
import {concatenate} from './xml.js'

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

  /**
   * Each chunk is deflated on its own; all but the last end with a full
   * flush (byte-aligned, no final block), so that their concatenation is
   * one valid deflate stream, as pigz writes it.
   */
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    const deflated = deflateRawSync(chunk, {level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_FULL_FLUSH})
    this.ondata(null, new Uint8Array(deflated), final)
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

/**
 * A package being zipped, entry after entry, in the order they are added;
 * a part already deflated goes in as it is, a large one can be streamed.
 */
export class PackageZip {
  private readonly chunks: Uint8Array[] = []
  private failure: Error | null = null
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error
    else this.chunks.push(chunk)
  })
  private readonly mtime: Date

  constructor(timestamp: Date) {
    this.mtime = zipDate(timestamp)
  }

  add(name: string, data: Uint8Array | Deflated): void {
    if (data instanceof Uint8Array) {
      this.stream(name)(data, true)
      return
    }
    // fflate's ZipInputFile: the sizes and CRC are known, the data comes deflated.
    const entry: ZipInputFile = {filename: name, size: data.size, crc: data.crc, compression: 8, mtime: this.mtime}
    this.zip.add(entry)
    entry.ondata!(null, data.bytes, true)
  }

  /** An entry whose data comes in chunks: call the result with each, the last with `final`. */
  stream(name: string): (chunk: Uint8Array, final: boolean) => void {
    const entry = new NativeDeflate(name, this.mtime)
    this.zip.add(entry)
    return (chunk, final) => entry.push(chunk, final)
  }

  /** The zip's bytes. */
  finish(): Uint8Array {
    this.zip.end()
    if (this.failure) throw this.failure
    return concatenate(this.chunks)
  }
}

/** Zips `parts` in the order given. */
export function zipParts(parts: readonly (readonly [name: string, data: Uint8Array | Deflated])[], timestamp: Date): Uint8Array {
  const zip = new PackageZip(timestamp)
  for (const [name, data] of parts) zip.add(name, data)
  return zip.finish()
}
