//! Rendering: the only layer that prints. Results arrive as data and leave
//! as tables, JSON, JSON Lines, YAML or CSV; errors leave as one line on
//! standard error.

pub mod claims;
mod diff;
mod file;
pub mod html;

pub use claims::{added_table, claim_detail, claims_output, stories_output};
pub use diff::diff_output;
pub use file::write_file;

use crate::{Error, Result};
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::Serialize;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Yaml,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Standard output with the colour decision made once.
pub struct Printer {
    out: std::io::BufWriter<std::io::Stdout>,
    pub color: bool,
}

impl Printer {
    pub fn new(choice: ColorChoice) -> Printer {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
            }
        };
        Printer { out: std::io::BufWriter::new(std::io::stdout()), color }
    }

    /// Bytes produced elsewhere (completions, man page), written as they are.
    pub fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(Error::output)
    }

    /// A line of output. Control characters from articles and file names
    /// (an escape sequence that retitles the terminal, a stray carriage
    /// return) are shown as symbols, never sent raw; the colour sequences
    /// `paint` adds are the only escapes kept.
    pub fn line(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{}", visible(text, self.color)).map_err(Error::output)
    }

    pub fn json<T: Serialize>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.out, value).map_err(|e| Error::output(e.into()))?;
        self.line("")
    }

    pub fn jsonl<T: Serialize>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer(&mut self.out, value).map_err(|e| Error::output(e.into()))?;
        self.line("")
    }

    pub fn yaml<T: Serialize>(&mut self, value: &T) -> Result<()> {
        let text = crate::store::yaml::to_string(value)?;
        write!(self.out, "{text}").map_err(Error::output)
    }

    /// Rows as a table that fits the terminal (160 columns when piped).
    /// Every cell and heading is cut to [`MAX_CELL_CHARS`] (see [`clip_cell`]),
    /// so a huge outlet, title or sentence from an article cannot make the
    /// table slow; the machine formats always carry the full text.
    pub fn table(&mut self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let width = (!std::io::stdout().is_terminal()).then_some(160);
        self.line(&table_text(header, rows, width))
    }

    /// Rows as CSV. Shown on a terminal, control characters from articles
    /// are replaced by symbols as in tables; to a file or pipe every byte is kept.
    pub fn csv(&mut self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let terminal = std::io::stdout().is_terminal();
        write_csv(&mut self.out, header, rows, terminal)
    }

    /// Rows as a table or CSV (`cells`), or the items themselves as JSON, JSON Lines or YAML.
    pub fn rows<T: Serialize>(
        &mut self,
        format: Format,
        header: &[&str],
        cells: Vec<Vec<String>>,
        items: &[T],
    ) -> Result<()> {
        match format {
            Format::Table => self.table(header, cells),
            Format::Csv => self.csv(header, cells),
            Format::Json => self.json(&items),
            Format::Jsonl => items.iter().try_for_each(|i| self.jsonl(i)),
            Format::Yaml => self.yaml(&items),
        }
    }

    pub fn paint(&self, text: &str, style: Style) -> String {
        use owo_colors::OwoColorize;
        if !self.color {
            return text.to_string();
        }
        match style {
            Style::Removed => text.red().strikethrough().to_string(),
            Style::Added => text.green().underline().to_string(),
            Style::High => text.red().bold().to_string(),
            Style::Medium => text.yellow().bold().to_string(),
            Style::Low => text.cyan().to_string(),
            Style::Dim => text.dimmed().to_string(),
            Style::Bold => text.bold().to_string(),
        }
    }

    pub fn finish(mut self) -> Result<()> {
        self.out.flush().map_err(Error::output)
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Style {
    Removed,
    Added,
    High,
    Medium,
    Low,
    Dim,
    Bold,
}

/// A progress bar on standard error for long runs on a terminal; hidden
/// otherwise, so pipelines and logs stay clean.
pub fn progress(len: usize) -> indicatif::ProgressBar {
    if len < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles ({eta} left)") {
        bar.set_style(style);
    }
    bar
}

/// Notes for the user that are not the command's output (skipped files, hints).
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "claimtrack: {}", one_line(text));
}

/// The one-line message for an error that ends the command.
pub fn error_line(e: &Error) {
    let _ = writeln!(std::io::stderr(), "claimtrack: error: {}", one_line(&e.to_string()));
}

/// CSV of `header` and `rows` to `out`, with control characters in cells
/// shown as symbols when `terminal` (an escape sequence in an article must
/// not reach the terminal); otherwise every byte is kept.
fn write_csv(out: impl Write, header: &[&str], rows: Vec<Vec<String>>, terminal: bool) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let to_err = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::output(io),
        other => Error::Usage(format!("cannot write CSV: {other:?}")),
    };
    w.write_record(header).map_err(to_err)?;
    for r in rows {
        match terminal {
            true => w.write_record(r.iter().map(|c| visible(c, false).into_owned())).map_err(to_err)?,
            false => w.write_record(&r).map_err(to_err)?,
        }
    }
    w.flush().map_err(Error::output)
}

/// `text` with control characters shown as symbols ("␛", "␍"); line breaks
/// and tabs stay, and so do colour (SGR) sequences when `keep_color`.
pub fn visible(text: &str, keep_color: bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let sgr = (c == '\u{1b}' && keep_color).then(|| sgr_len(rest)).flatten();
        if let Some(len) = sgr {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        out.push(if c == '\n' || c == '\t' { c } else { picture(c) });
        rest = &rest[c.len_utf8()..];
    }
    out.into()
}

/// The table `Printer::table` prints: `width` columns wide, or the
/// terminal's width when `None`; cells and headings cut by [`clip_cell`].
fn table_text(header: &[&str], rows: Vec<Vec<String>>, width: Option<u16>) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().map(|h| clip(h, MAX_CELL_CHARS)));
    if let Some(w) = width {
        t.set_width(w);
    }
    for r in rows {
        t.add_row(r.into_iter().map(clip_cell));
    }
    t.to_string()
}

/// The most characters a table cell shows. Table layout (comfy-table's
/// wrapping of a long word) costs time quadratic in a cell's length: a 2 MB
/// `outlet:` took minutes to print. No claim text, sentence, speaker or
/// outlet seen in the sample and test corpora comes near this (the longest
/// sentence is under 450 characters), so only pathological input is cut.
pub const MAX_CELL_CHARS: usize = 1000;

/// A table cell cut to [`MAX_CELL_CHARS`] characters, the last an ellipsis
/// "…" when anything was cut; a cell that fits is returned as it is, uncopied.
pub fn clip_cell(mut cell: String) -> String {
    if let Some(at) = clip_at(&cell, MAX_CELL_CHARS) {
        cell.truncate(at);
        cell.push('…');
    }
    cell
}

/// `text` cut to at most `max` characters (`max` at least 1), on a character
/// boundary, ending in "…" when anything was cut. Looks at no more than the
/// first `max + 1` characters, whatever the length of `text`.
pub fn clip(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match clip_at(text, max) {
        Some(at) => format!("{}…", &text[..at]).into(),
        None => text.into(),
    }
}

/// Where to cut `text` so that it and an ellipsis make `max` characters;
/// `None` when `text` has no more than `max` characters.
fn clip_at(text: &str, max: usize) -> Option<usize> {
    let mut starts = text.char_indices().map(|(i, _)| i);
    let cut = match max.checked_sub(1) {
        Some(keep) => starts.nth(keep)?,
        None => 0,
    };
    starts.next().map(|_| cut)
}

/// A message that stays on one line whatever the file name holds.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { picture(c) } else { c }).collect()
}

fn picture(c: char) -> char {
    match c as u32 {
        0..=0x1f => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ if c.is_control() => '\u{fffd}',
        _ => c,
    }
}

/// Length of a colour sequence ("ESC [ 1 ; 31 m") at the start of `text`.
fn sgr_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix("\u{1b}[")?;
    let params = body.bytes().take_while(|b| b.is_ascii_digit() || *b == b';').count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

/// `eval` results: one row per article and a total.
pub fn eval_output(p: &mut Printer, format: Format, scores: &[crate::eval::Score], verbose: bool) -> Result<()> {
    let f = |x: f64| format!("{x:.3}");
    match format {
        Format::Json | Format::Yaml | Format::Jsonl => p.json(&scores),
        Format::Table | Format::Csv => {
            let header = [
                "article", "gold", "extracted", "matched", "precision", "recall", "speaker acc.", "kind acc.",
                "date acc.", "date prec.",
            ];
            let rows = scores
                .iter()
                .map(|s| {
                    vec![
                        s.article.clone(),
                        s.gold.to_string(),
                        s.extracted.to_string(),
                        s.matched.to_string(),
                        f(s.precision()),
                        f(s.recall()),
                        f(s.speaker_accuracy()),
                        f(s.kind_accuracy()),
                        f(s.date_accuracy()),
                        f(s.date_precision()),
                    ]
                })
                .collect();
            if format == Format::Csv {
                return p.csv(&header, rows);
            }
            p.table(&header, rows)?;
            if verbose {
                for s in scores {
                    for m in &s.missed {
                        p.line(&format!("{}: missed: {m}", s.article))?;
                    }
                    for m in &s.spurious {
                        p.line(&format!("{}: spurious: {m}", s.article))?;
                    }
                    for m in &s.wrong_speaker {
                        p.line(&format!("{}: speaker: {m}", s.article))?;
                    }
                    for m in &s.wrong_date {
                        p.line(&format!("{}: date: {m}", s.article))?;
                    }
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{clip, clip_cell, one_line, table_text, visible, write_csv, MAX_CELL_CHARS};

    #[test]
    fn huge_table_cell_is_cut_and_normal_cell_untouched() {
        let huge = "A".repeat(2_000_000);
        let cut = clip_cell(huge.clone());
        assert_eq!(cut.chars().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with('…') && cut.starts_with("AAAA"), "{}", &cut[..20]);
        for normal in ["", "Vladimir Putin", "The Daily Clarion", "he will “not rule out” sending weapons"] {
            assert_eq!(clip_cell(normal.to_string()), normal);
        }
        // The limit itself: exactly MAX_CELL_CHARS stays, one more is cut.
        let exact = "é".repeat(MAX_CELL_CHARS);
        assert_eq!(clip_cell(exact.clone()), exact);
        let over = clip_cell(format!("{exact}x"));
        assert_eq!(over.chars().count(), MAX_CELL_CHARS);
        assert_eq!(over, format!("{}…", "é".repeat(MAX_CELL_CHARS - 1)));
        // Multi-byte text is cut on a character boundary.
        let wide = clip("日本語のテキスト", 4);
        assert_eq!(wide, "日本語…");
        assert_eq!(clip("short", 90), "short");
        assert!(matches!(clip("short", 90), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn table_with_huge_cells_is_cut() {
        let huge = "A".repeat(8_000_000);
        let spaced = "word ".repeat(400_000);
        let header = ["article", "outlet", "story"];
        let rows = vec![
            vec!["a.txt".to_string(), huge.clone(), "s".to_string()],
            vec!["b.txt".to_string(), "The Daily Clarion".to_string(), spaced],
        ];
        // The cut is what keeps this fast (uncut, comfy-table's wrapping is
        // quadratic); its size shows the cut happened, benches time it.
        let text = table_text(&header, rows, Some(160));
        assert!(text.contains('…') && text.contains("The Daily Clarion"));
        assert!(text.len() < 20_000, "{} bytes", text.len());
        // A huge heading (an outlet in the diff coverage table) is cut too.
        let text = table_text(&[huge.as_str(), "claim"], vec![vec!["✓".into(), "x".into()]], Some(160));
        assert!(text.len() < 20_000, "{} bytes", text.len());
        // Normal tables are laid out exactly as comfy-table lays out the uncut cells.
        let normal = vec![vec!["c-1".to_string(), "Vladimir Putin".to_string(), "said".to_string()]];
        let mut plain = comfy_table::Table::new();
        plain
            .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
            .set_header(vec!["id", "speaker", "cue"])
            .set_width(160);
        plain.add_row(normal[0].clone());
        assert_eq!(table_text(&["id", "speaker", "cue"], normal, Some(160)), plain.to_string());
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let hostile = "Title\u{1b}]0;pwned\u{7}\u{1b}[2J\r\u{9b}31m";
        let shown = visible(hostile, true);
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\r'), "{shown:?}");
        assert!(!shown.contains('\u{9b}'));
        assert_eq!(visible("plain\ttext\nnext", false), "plain\ttext\nnext");
        // Colour that `paint` added survives when colour is on, and only then.
        assert_eq!(visible("\u{1b}[1;31mhigh\u{1b}[0m", true), "\u{1b}[1;31mhigh\u{1b}[0m");
        assert!(!visible("\u{1b}[1;31mhigh\u{1b}[0m", false).contains('\u{1b}'));
        assert_eq!(one_line("bad\nname.txt: error"), "bad\u{240a}name.txt: error");
    }

    #[test]
    fn csv_on_a_terminal_carries_no_control_characters_and_piped_keeps_every_byte() {
        let rows = || vec![vec!["Evil\u{1b}]0;TITLE\u{7}Outlet".to_string(), "a\tb\u{1b}[2J".to_string()]];
        let mut shown = Vec::new();
        write_csv(&mut shown, &["outlet", "text"], rows(), true).unwrap();
        let shown = String::from_utf8(shown).unwrap();
        assert!(!shown.contains(['\u{1b}', '\u{7}']), "{shown:?}");
        assert!(shown.contains("Evil␛]0;TITLE␇Outlet") && shown.contains("a\tb␛[2J"), "{shown:?}");
        let mut piped = Vec::new();
        write_csv(&mut piped, &["outlet", "text"], rows(), false).unwrap();
        assert!(String::from_utf8(piped).unwrap().contains("Evil\u{1b}]0;TITLE\u{7}Outlet"));
    }
}
