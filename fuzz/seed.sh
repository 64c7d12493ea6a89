#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the repository's own sample files.
# The corpus is gitignored; run this once before the first `cargo fuzz run`.
# Safe to re-run: it only adds files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
corpus="$here/corpus"
mkdir -p "$corpus/ingest" "$corpus/extract" "$corpus/record" "$corpus/record_roundtrip"

# Articles (plain text with front matter) and the gold test texts.
for f in "$repo"/articles/*.txt "$repo"/tests/gold/*.txt; do
  [ -f "$f" ] || continue
  cp "$f" "$corpus/ingest/"
  cp "$f" "$corpus/extract/"
done

# A small HTML page, so the ingest target starts on the dom_smoothie path.
cat > "$corpus/ingest/page.html" <<'HTML'
<!doctype html><html><head>
<title>Putin will not rule out arms to North Korea | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-06-21T08:39:00Z">
<link rel="canonical" href="https://example.org/news/putin-arms">
</head><body><nav>Home News World</nav><article>
<h1>Putin will not rule out arms to North Korea</h1>
<p>Vladimir Putin has said that he will “not rule out” sending weapons to North Korea, in remarks to reporters in Hanoi on Thursday.</p>
<p>“This would be a very big mistake,” Putin warned Seoul.</p>
</article><footer>Leave a Comment</footer></body></html>
HTML
cp "$corpus/ingest/page.html" "$corpus/extract/"

# Stored YAML records.
for f in "$repo"/claims/*/*.yaml; do
  [ -f "$f" ] || continue
  cp "$f" "$corpus/record/"
  cp "$f" "$corpus/record_roundtrip/"
done

for t in ingest extract record record_roundtrip; do
  echo "$t: $(ls "$corpus/$t" | wc -l) seed files"
done
