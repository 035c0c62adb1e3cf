//! The error type: why a request could not be served, with the numbers a person needs to fix it.

use std::fmt;

/// Why [`summarize`](crate::summarize) refused a request. Inspect [`Error::kind`]; show the
/// [`Display`](fmt::Display) text to people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No article was given, or every article is empty or white space.
    NoText,
    /// More articles than `Options::max_articles`.
    TooManyArticles {
        /// The configured limit.
        limit: usize,
        /// How many were given.
        given: usize,
    },
    /// The articles add up to more bytes than `Options::max_input_bytes`.
    InputTooLarge {
        /// The configured limit in bytes.
        limit: usize,
        /// The size given in bytes.
        given: usize,
    },
    /// An option has a value that cannot be used.
    InvalidOption {
        /// The option's name as in the JavaScript options object.
        name: &'static str,
        /// What is wrong with it.
        problem: &'static str,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn no_text() -> Self {
        Error {
            kind: ErrorKind::NoText,
        }
    }

    pub(crate) fn too_many_articles(limit: usize, given: usize) -> Self {
        Error {
            kind: ErrorKind::TooManyArticles { limit, given },
        }
    }

    pub(crate) fn input_too_large(limit: usize, given: usize) -> Self {
        Error {
            kind: ErrorKind::InputTooLarge { limit, given },
        }
    }

    pub(crate) fn invalid_option(name: &'static str, problem: &'static str) -> Self {
        Error {
            kind: ErrorKind::InvalidOption { name, problem },
        }
    }
}

/// Formats a byte count for people: "512 bytes", "3.2 MB". Integer arithmetic only: float
/// formatting would add about 13 KB to the WebAssembly module for this one message.
fn human_bytes(n: usize) -> String {
    let (unit, scale) = match n {
        0..=999 => return format!("{n} bytes"),
        1_000..=999_999 => ("kB", 1_000),
        _ => ("MB", 1_000_000),
    };
    let tenths = (n as u128 * 10 + scale as u128 / 2) / scale as u128;
    // Formatted as u64 (it always fits after the division): u128 formatting would pull its
    // own code into the WebAssembly module.
    let tenths = u64::try_from(tenths).unwrap_or(u64::MAX);
    format!("{}.{} {unit}", tenths / 10, tenths % 10)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NoText => {
                write!(f, "no text to summarize: paste at least one article")
            }
            ErrorKind::TooManyArticles { limit, given } => write!(
                f,
                "too many articles: {given} given, the limit is {limit}; \
                 summarize them in smaller groups or raise maxArticles"
            ),
            ErrorKind::InputTooLarge { limit, given } => write!(
                f,
                "input too large: {} given, the limit is {}; \
                 summarize less text at once or raise maxInputBytes",
                human_bytes(*given),
                human_bytes(*limit)
            ),
            ErrorKind::InvalidOption { name, problem } => {
                write!(f, "invalid option {name}: {problem}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// An error of this kind, with the same message `summarize` would give: for front ends that
/// check their input before calling it (the page's JavaScript API reads nullish articles as
/// [`ErrorKind::NoText`]).
impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error { kind }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_bytes_rounds_to_tenths() {
        assert_eq!(human_bytes(999), "999 bytes");
        assert_eq!(human_bytes(1_000), "1.0 kB");
        assert_eq!(human_bytes(1_549), "1.5 kB");
        assert_eq!(human_bytes(999_999), "1000.0 kB");
        assert_eq!(human_bytes(33_554_432), "33.6 MB");
        assert_eq!(human_bytes(usize::MAX), "18446744073709.6 MB");
    }

    #[test]
    fn messages_carry_the_numbers() {
        let e = Error::input_too_large(32 << 20, 40_000_000);
        assert_eq!(
            e.to_string(),
            "input too large: 40.0 MB given, the limit is 33.6 MB; \
             summarize less text at once or raise maxInputBytes"
        );
        let e = Error::too_many_articles(10, 11);
        assert!(e
            .to_string()
            .starts_with("too many articles: 11 given, the limit is 10"));
    }
}
