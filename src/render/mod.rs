//! Rendering: the only layer that prints. Results arrive as data and leave
//! as tables, JSON, JSON Lines, YAML or CSV; errors leave as one line on
//! standard error.

pub mod claims;
mod diff;
pub mod html;

pub use claims::{added_table, claim_detail, claims_output, stories_output};
pub use diff::diff_output;

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

    pub fn table(&mut self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(header.to_vec());
        if !std::io::stdout().is_terminal() {
            t.set_width(160);
        }
        for r in rows {
            t.add_row(r);
        }
        self.line(&t.to_string())
    }

    pub fn csv(&mut self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut w = csv::Writer::from_writer(&mut self.out);
        let to_err = |e: csv::Error| match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::output(io),
            other => Error::Usage(format!("cannot write CSV: {other:?}")),
        };
        w.write_record(header).map_err(to_err)?;
        for r in rows {
            w.write_record(&r).map_err(to_err)?;
        }
        w.flush().map_err(Error::output)
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
                "date acc.",
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
    use super::{one_line, visible};

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
}
