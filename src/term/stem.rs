//! The first step of Porter's stemmer: plurals and -ed/-ing endings ("collapsed" and
//! "collapses" are "collaps"), in place on lowercase ASCII bytes.

pub(super) fn is_vowel(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => true,
        b'y' => i > 0 && !is_vowel(w, i - 1),
        _ => false,
    }
}

/// Porter's measure m: the number of vowel-consonant sequences in `w`.
pub(super) fn measure(w: &[u8]) -> usize {
    let mut m = 0;
    let mut prev_vowel = false;
    for i in 0..w.len() {
        let v = is_vowel(w, i);
        if prev_vowel && !v {
            m += 1;
        }
        prev_vowel = v;
    }
    m
}

pub(super) fn has_vowel(w: &[u8]) -> bool {
    (0..w.len()).any(|i| is_vowel(w, i))
}

/// Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "snow").
pub(super) fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && !is_vowel(w, n - 3)
        && is_vowel(w, n - 2)
        && !is_vowel(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
}

/// Steps 1a, 1b and 1c of Porter's stemmer (1980): plurals, -ed, -ing and final -y, on a
/// lowercase ASCII word.
#[cfg(test)]
pub(super) fn porter_step1(word: &str) -> String {
    let mut w = word.as_bytes().to_vec();
    porter_step1_in_place(&mut w);
    String::from_utf8(w).unwrap_or_else(|_| word.to_string())
}

/// `porter_step1` on the bytes of a lowercase ASCII word, in place.
pub(super) fn porter_step1_in_place(w: &mut Vec<u8>) {
    if w.len() <= 2 {
        return;
    }
    // 1a
    if w.ends_with(b"sses") || w.ends_with(b"ies") {
        w.truncate(w.len() - 2);
    } else if w.ends_with(b"s") && !w.ends_with(b"ss") && !w.ends_with(b"us") && !w.ends_with(b"is")
    {
        w.pop();
    }
    // 1b
    if w.ends_with(b"eed") {
        if measure(&w[..w.len() - 3]) > 0 {
            w.pop();
        }
    } else {
        let cut = if w.ends_with(b"ed") && has_vowel(&w[..w.len() - 2]) {
            2
        } else if w.ends_with(b"ing") && has_vowel(&w[..w.len() - 3]) {
            3
        } else {
            0
        };
        if cut > 0 {
            w.truncate(w.len() - cut);
            let n = w.len();
            if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
                w.push(b'e');
            } else if n >= 2
                && w[n - 1] == w[n - 2]
                && !is_vowel(w, n - 1)
                && !matches!(w[n - 1], b'l' | b's' | b'z')
            {
                w.pop();
            } else if measure(w) == 1 && ends_cvc(w) {
                w.push(b'e');
            }
        }
    }
    // 1c
    if w.len() > 2 && w.ends_with(b"y") && has_vowel(&w[..w.len() - 1]) {
        let n = w.len();
        w[n - 1] = b'i';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn porter_step1_cases() {
        for (word, stem) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agree"),
            ("plastered", "plaster"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflate"),
            ("troubled", "trouble"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("closed", "close"),
            ("closing", "close"),
            ("closes", "close"),
            ("collapsed", "collaps"),
            ("collapse", "collapse"),
            ("status", "status"),
            ("crisis", "crisis"),
        ] {
            assert_eq!(porter_step1(word), stem, "{word}");
        }
    }
}
