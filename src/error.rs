//! Errors, and the one place that turns them into exit codes.
//!
//! Every error names what it is about (a file, a record, an argument) so the
//! one-line message a user sees says what went wrong and where.

use std::path::Path;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input file that cannot be read as an article.
    #[error("{path}: {message}")]
    Input { path: String, message: String },
    /// A stored record or data file that does not parse or validate.
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Record { path: String, line: Option<usize>, message: String },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// Writing to standard output failed because the reader went away.
    #[error("broken pipe")]
    BrokenPipe,
    /// Records that could not be read: the command's output left them out.
    #[error("{} record(s) could not be read and were left out", .0.len())]
    Skipped(Vec<Error>),
}

impl Error {
    pub fn input(path: impl AsRef<Path>, message: impl Into<String>) -> Error {
        Error::Input { path: path.as_ref().display().to_string(), message: message.into() }
    }

    pub fn record(path: impl AsRef<Path>, line: Option<usize>, message: impl Into<String>) -> Error {
        Error::Record { path: path.as_ref().display().to_string(), line, message: message.into() }
    }

    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Error {
        Error::Io { path: path.as_ref().display().to_string(), source }
    }

    /// The file an error is about, when it names one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Input { path, .. } | Error::Record { path, .. } | Error::Io { path, .. } => Some(path),
            _ => None,
        }
    }

    /// `Ok(value)` when nothing was left out, else the records that were.
    pub fn unless_skipped<T>(value: T, skipped: Vec<Error>) -> Result<T> {
        if skipped.is_empty() {
            Ok(value)
        } else {
            Err(Error::Skipped(skipped))
        }
    }

    /// Output errors: a closed pipe is a normal end, not a failure.
    pub fn output(source: std::io::Error) -> Error {
        if source.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Io { path: "<stdout>".into(), source }
        }
    }
}

/// What a command reports back to `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// `diff` found something to flag.
    Flagged,
}

pub const EXIT_SUCCESS: u8 = 0;
pub const EXIT_FLAGGED: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

/// Maps a command's result to the process exit code, printing the error line.
pub fn exit_code(result: Result<Outcome>) -> u8 {
    match result {
        Ok(Outcome::Success) => EXIT_SUCCESS,
        Ok(Outcome::Flagged) => EXIT_FLAGGED,
        Err(Error::BrokenPipe) => EXIT_SUCCESS,
        Err(Error::Skipped(errors)) => {
            errors.iter().for_each(crate::render::error_line);
            EXIT_ERROR
        }
        Err(e) => {
            crate::render::error_line(&e);
            EXIT_ERROR
        }
    }
}
