//! What opens a sentence without being part of it: a dateline ("PORT VERITY (AP) — "), a
//! gallery's button, a live blog's time stamp, an interview's "Q:", a news label ("UPDATE: ").

/// The length in bytes of a gallery's button pasted before its caption ("View Images The
/// skull of …"), 0 if none. The caption that follows is kept: it is often the paragraph's
/// clearest sentence.
pub(super) fn gallery_button_len(s: &str) -> usize {
    for button in ["View Images ", "View Photos "] {
        if s.starts_with(button)
            && s.as_bytes()
                .get(button.len())
                .is_some_and(u8::is_ascii_uppercase)
        {
            return button.len();
        }
    }
    0
}

/// Wire services whose name in parentheses makes a place in Title Case a dateline.
pub(super) const WIRES: &[&str] = &[
    "(AFP)",
    "(AP)",
    "(Bloomberg)",
    "(CNN)",
    "(CNNMoney)",
    "(Reuters)",
    "(UPI)",
    "(Xinhua)",
];

/// [`dateline_len`] for a place in Title Case, as CNN writes it ("Sycamore, Illinois (CNN) ",
/// "Washington (CNN)"): one to four capitalized words, an optional region after a comma, then
/// a wire service of [`WIRES`] (any agency would take "Security Administration (TSA)"), an
/// optional dash, and a sentence opening.
pub(super) fn titled_dateline_len(s: &str) -> usize {
    let b = s.as_bytes();
    let n = b.len();
    // Capitalized words, each followed by a space or a comma: `i` ends at the "(".
    let mut i = 0;
    let mut words = 0;
    let mut comma = false;
    while i < n && b[i].is_ascii_uppercase() && words < 8 {
        while i < n && (b[i].is_ascii_alphabetic() || b[i] == b'.' || b[i] == b'-') {
            i += 1;
        }
        words += 1;
        if i < n && b[i] == b',' && !comma {
            comma = true;
            i += 1;
        }
        if i < n && b[i] == b' ' {
            i += 1;
        } else {
            break;
        }
    }
    if words == 0 || words > 4 + usize::from(comma) * 3 {
        return 0;
    }
    let Some(wire) = WIRES.iter().find(|w| b[i..].starts_with(w.as_bytes())) else {
        return 0;
    };
    let mut end = skip_spaces(b, i + wire.len());
    if matches!(b.get(end), Some(b'-' | b'_')) {
        end = skip_spaces(b, end + 1);
    } else if s[end..].starts_with(['—', '–']) {
        end = skip_spaces(b, end + '—'.len_utf8());
    }
    if opens_at(s, end) {
        end
    } else {
        0
    }
}

/// The first byte of `b` at or after `i` that is not a space.
pub(super) fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// Does a sentence open at byte `end` of `s`: a capital letter, a digit or a quote?
pub(super) fn opens_at(s: &str, end: usize) -> bool {
    s.get(end..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '\'' | '‘' | '`')
        })
}

/// The length in bytes of the dateline that opens `s`, 0 if none: a place in capitals, an
/// optional region or date after a comma, an optional news agency in parentheses, then a
/// dash ("PORT VERITY — ", "MILLBROOK, Ore. (Harbor Wire) - ", "(Harbor Wire) "). What
/// follows must open a sentence (a capital letter, a digit or a quote), so "NATO — the
/// alliance" keeps its acronym. A place and a dash without an agency count only where
/// `lead` (an article's first sentence): later, "IKEA — The company …" is more likely a
/// name than a dateline. A place in Title Case counts before a wire service only
/// ([`titled_dateline_len`]).
pub(super) fn dateline_len(s: &str, lead: bool) -> usize {
    let titled = titled_dateline_len(s);
    if titled > 0 {
        return titled;
    }
    let b = s.as_bytes();
    let n = b.len();
    let mut i = 0;
    // The place: words in capitals.
    let mut letters = 0;
    while i < n
        && (b[i].is_ascii_uppercase()
            || (letters > 0 && matches!(b[i], b' ' | b'.' | b'\'' | b'-')))
    {
        letters += usize::from(b[i].is_ascii_uppercase());
        i += 1;
    }
    if i < n && b[i].is_ascii_alphanumeric() {
        // A capitalized word, not a place in capitals ("A judge", "NASAs").
        return 0;
    }
    if letters > 0 && letters < 3 {
        return 0;
    }
    let place = letters > 0;
    // Back over the run's trailing spaces, which the dash or agency test skips again.
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    // A region or date after a comma, or both ("OSTVALE, Ore., April 9, 2025"): up to three
    // groups of one to four words, capitalized or numbers.
    let mut groups = 0;
    while place && groups < 3 && i < n && b[i] == b',' {
        groups += 1;
        let mut j = skip_spaces(b, i + 1);
        let mut words = 0;
        while j < n && words < 4 && (b[j].is_ascii_uppercase() || b[j].is_ascii_digit()) {
            while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'.') {
                j += 1;
            }
            words += 1;
            if j + 1 < n
                && b[j] == b' '
                && (b[j + 1].is_ascii_uppercase() || b[j + 1].is_ascii_digit())
            {
                j += 1;
            }
        }
        if words == 0 {
            return 0;
        }
        i = j;
    }
    // A news agency in parentheses, or a press-release wire between slashes: "(AP)",
    // "(Reuters)", "(dpa)", "/PRNewswire/".
    let mut agency = false;
    let j = skip_spaces(b, i);
    if j < n && matches!(b[j], b'(' | b'/') && b.get(j + 1).is_some_and(u8::is_ascii_alphabetic) {
        let closing = if b[j] == b'(' { b')' } else { b'/' };
        let close = b[j + 1..]
            .iter()
            .take(27)
            .position(|&c| c == closing)
            .map(|k| k + 1);
        if let Some(k) = close {
            let inside = &b[j + 1..j + k];
            if inside
                .iter()
                .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'.' | b'&' | b'/' | b'-'))
            {
                agency = true;
                i = j + k + 1;
            }
        }
    }
    let j = dash_end(s, i);
    let dash = j > i;
    if !(agency || (place && dash && lead)) {
        return 0;
    }
    let end = skip_spaces(b, if dash { j } else { i });
    if opens_at(s, end) && end > 0 {
        end
    } else {
        0
    }
}

/// The end of the dash at byte `i` of `s` (after the spaces before it), `i` if there is none:
/// "-", "--", "–", "—", or the wires' "_" (1990s AP and New York Times copy,
/// "WASHINGTON (AP) _ ").
pub(super) fn dash_end(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let start = skip_spaces(b, i);
    let mut j = start;
    loop {
        if j < b.len() && matches!(b[j], b'-' | b'_') {
            j += 1;
        } else if s[j..].starts_with('—') || s[j..].starts_with('–') {
            j += '—'.len_utf8();
        } else {
            break;
        }
    }
    if j > start {
        j
    } else {
        i
    }
}

/// Labels that flag a story's news before a colon ("UPDATE: Officials said …"), in capitals
/// or Title Case.
pub(super) const NEWS_LABELS: &[&str] = &[
    "update",
    "updated",
    "breaking",
    "breaking news",
    "exclusive",
    "developing",
    "just in",
    "latest",
    "earlier",
    "analysis",
    "q",
    "a",
];

/// The length in bytes of the label that opens `s`, 0 if none: a live blog's time stamp and
/// a dash, a colon or a bar ("10:42 a.m. — ", "9:58 ET - ", "14:05 – ", "10:45 a.m.: ",
/// "11:30 | ", "12 p.m. | "), an interview's question or answer
/// ("Q: ", "A: "), or a news label and a colon ("UPDATE: ", "Breaking: ", "EXCLUSIVE: "),
/// or a photo gallery's "Caption " before each caption ("… View Photos Wildlife officials …
/// Caption Wildlife officials …"), before what opens a sentence. The sentence is quoted
/// without it.
pub(super) fn entry_label_len(s: &str) -> usize {
    let b = s.as_bytes();
    if s.starts_with("Caption ") && opens_at(s, "Caption ".len()) {
        return "Caption ".len();
    }
    if let Some(colon) = b.iter().take(14).position(|&c| c == b':') {
        let label = &s[..colon];
        let is_label =
            b[0].is_ascii_uppercase() && NEWS_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label));
        if is_label && b.get(colon + 1) == Some(&b' ') {
            let end = skip_spaces(b, colon + 1);
            return if opens_at(s, end) { end } else { 0 };
        }
    }
    // H:MM or HH:MM, or H or HH with "a.m." or "p.m." ("12 p.m. | ").
    let hours = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    let minutes = b.get(hours) == Some(&b':')
        && b.get(hours + 1..hours + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit));
    if !(1..=2).contains(&hours) {
        return 0;
    }
    let mut i = if minutes { hours + 3 } else { hours };
    // "a.m.", "p.m.", "am", "PM", and a zone in capitals ("ET", "GMT").
    let rest = &s[i..];
    let suffix = [" a.m.", " p.m.", " am", " pm", " AM", " PM"]
        .into_iter()
        .find(|suffix| rest.starts_with(suffix));
    match suffix {
        Some(suffix) => i += suffix.len(),
        None if !minutes => return 0,
        None => {}
    }
    let zone = b[i..]
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if b.get(i) == Some(&b' ') && (2..=4).contains(&zone) {
        i += 1 + zone;
    }
    // A dash, or a colon or a bar ("10:45 a.m.: ", "10:45 | ").
    let mut j = dash_end(s, i);
    let k = skip_spaces(b, i);
    if j == i && matches!(b.get(k), Some(b':' | b'|')) {
        j = k + 1;
    }
    let end = skip_spaces(b, j);
    if j > i && opens_at(s, end) {
        end
    } else {
        0
    }
}
