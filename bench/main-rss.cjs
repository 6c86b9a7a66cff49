// Preloaded (NODE_OPTIONS=--require) into every Node process of a CLI run
// by bench/run.mjs: the CLI's own process appends its peak resident set, in
// bytes, to $SEMINAR_BENCH_RSS_FILE as it exits, so that the benchmark can
// tell it from its worker processes' (/usr/bin/time reports the largest of
// the whole tree).
const {appendFileSync} = require('node:fs')

if (/seminar-report\.js$/.test(process.argv[1] ?? '') && process.env.SEMINAR_BENCH_RSS_FILE) {
  process.on('exit', () => appendFileSync(process.env.SEMINAR_BENCH_RSS_FILE, `${process.resourceUsage().maxRSS * 1024}\n`))
}
