use super::detect::detect;
use super::*;

fn article(text: &str) -> crate::Article {
    crate::Article {
        text: text.to_string(),
        ..Default::default()
    }
}

#[test]
fn codes_follow_the_enum() {
    for (i, l) in Language::ALL.into_iter().enumerate() {
        assert_eq!(l as usize, i);
        assert_eq!(Language::from_code(l.code()), Some(l));
        assert_eq!(Language::from_code(&l.code().to_uppercase()), Some(l));
    }
    assert_eq!(Language::Unknown.code(), "und");
    assert_eq!(Language::from_code("xx"), None);
    assert!(Language::codes().starts_with("en, fr, de"));
}

#[test]
fn detects_each_language_from_a_news_sentence() {
    for (text, language) in [
        ("The harbour bridge was closed on Tuesday after a barge struck one of its piers, and the city said it would stay shut for the rest of the week while engineers inspect it.", Language::English),
        ("Le pont du port a été fermé mardi après qu'une barge a heurté l'une de ses piles, et la ville a indiqué qu'il resterait fermé pendant le reste de la semaine.", Language::French),
        ("Die Hafenbrücke wurde am Dienstag gesperrt, nachdem ein Lastkahn gegen einen ihrer Pfeiler gestoßen war, und die Stadt sagte, sie bleibe für den Rest der Woche geschlossen.", Language::German),
        ("El puente del puerto fue cerrado el martes después de que una barcaza chocara contra uno de sus pilares, y la ciudad dijo que seguirá cerrado durante el resto de la semana.", Language::Spanish),
        ("A ponte do porto foi fechada na terça-feira depois que uma barcaça atingiu um de seus pilares, e a cidade disse que ela ficará fechada pelo resto da semana.", Language::Portuguese),
        ("Il ponte del porto è stato chiuso martedì dopo che una chiatta ha urtato uno dei suoi piloni, e la città ha detto che resterà chiuso per il resto della settimana.", Language::Italian),
        ("Přístavní most byl v úterý uzavřen poté, co do jednoho z jeho pilířů narazil člun, a město uvedlo, že zůstane zavřený po zbytek týdne a že ho prověří inženýři.", Language::Czech),
        ("Портовый мост был закрыт во вторник после того, как баржа ударилась об одну из его опор, и в городе заявили, что он останется закрытым до конца недели.", Language::Russian),
        ("Η γέφυρα του λιμανιού έκλεισε την Τρίτη αφού μια φορτηγίδα χτύπησε έναν από τους πυλώνες της.", Language::Greek),
        ("أغلق جسر الميناء يوم الثلاثاء بعد أن اصطدمت بارجة بأحد أعمدته، وقالت المدينة إنه سيبقى مغلقا.", Language::Arabic),
        ("גשר הנמל נסגר ביום שלישי לאחר שדוברה פגעה באחד מעמודיו, והעירייה אמרה שהוא יישאר סגור.", Language::Hebrew),
        ("बंदरगाह का पुल मंगलवार को बंद कर दिया गया जब एक नाव उसके एक खंभे से टकरा गई।", Language::Hindi),
        ("Cây cầu cảng đã bị đóng cửa vào thứ Ba sau khi một sà lan đâm vào một trong những trụ cầu của nó, và thành phố cho biết cầu sẽ đóng cửa đến hết tuần.", Language::Vietnamese),
        ("港口大桥周二关闭，因为一艘驳船撞上了它的一个桥墩。", Language::Chinese),
        ("港の橋は火曜日、はしけが橋脚の一つに衝突したため閉鎖された。", Language::Japanese),
    ] {
        assert_eq!(detect(text).language, language, "{text}");
    }
}

#[test]
fn detection_never_fails() {
    for text in [
        "",
        "   ",
        "12 345 — 6",
        "🙂🙂",
        "\u{0}\u{1}",
        "OK",
        "Storm hits coast",
    ] {
        let _ = detect(text);
    }
    assert_eq!(detect("").language, Language::Unknown);
    assert_eq!(detect("1 2 3 !!").language, Language::Unknown);
    // Korean has no rules: it is read without any.
    assert_eq!(
        detect("항구 다리가 화요일에 폐쇄되었다").language,
        Language::Unknown
    );
}

#[test]
fn persian_and_urdu_are_not_read_as_arabic() {
    // Arabic letters without Arabic's function words: a language without rules, not Arabic
    // with its stemmer.
    for text in [
        "روز سه‌شنبه یک کشتی باری با پایه پل ولا برخورد کرد و پل به روی خودروها بسته شد. مهندس شهر گفت که در دو پایه پل ترک‌هایی پیدا شده است. غواصان همه پایه‌ها را بررسی خواهند کرد و پل دست‌کم سه هفته بسته خواهد ماند. شهردار گفت که شهر از مالک کشتی خسارت خواهد خواست. کشتی‌های مسافربری در ساعات شلوغ هر پانزده دقیقه حرکت خواهند کرد.",
        "منگل کو ویلا دریا پر بنا پل ایک مال بردار کشتی کی ٹکر کے بعد بند کر دیا گیا۔ شہر کے انجینئر نے کہا کہ دو ستونوں میں دراڑیں ملی ہیں۔ غوطہ خور ہر ستون کا معائنہ کریں گے۔",
    ] {
        assert_eq!(detect(text).language, Language::Unknown, "{text}");
    }
}

#[test]
fn a_short_article_takes_the_language_of_its_story() {
    let long = "Le pont du port a été fermé mardi après qu'une barge a heurté l'une de ses piles, et la ville a indiqué qu'il resterait fermé pendant le reste de la semaine, le temps que des ingénieurs l'inspectent.";
    let articles = [article(long), article("Pont fermé"), article(long)];
    assert_eq!(languages(&articles, None), vec![Language::French; 3]);
    // Alone, a few words without function words are read as English, as before.
    assert_eq!(
        languages(&[article("Bridge closed")], None),
        vec![Language::English]
    );
    // Forced, every article takes the language given.
    assert_eq!(
        languages(&articles, Some(Language::Italian)),
        vec![Language::Italian; 3]
    );
}

#[test]
fn long_text_in_a_language_without_rules_is_unknown() {
    let dutch = "De havenbrug werd dinsdag gesloten nadat een binnenvaartschip tegen een van de pijlers was gevaren. De stad zei dat de brug de rest van de week dicht blijft terwijl ingenieurs haar onderzoeken. Het verkeer wordt omgeleid via de ringweg, en de veerboot vaart vaker.";
    assert_eq!(detect(dutch).language, Language::Unknown);
}

#[test]
fn a_czech_page_with_few_function_words_is_czech() {
    // A menu, a headline and a time stamp before dense prose: 14% of its words are Czech
    // function words, under a sure guess's share, but only Czech writes "ř", "ě" and "ů".
    let page = "Úvod > Zprávy > Domácí\n\nPožár skladu v Lipnici: hasiči zasahují s 12 \
        jednotkami\n\nAktualizováno 14. 6. 2026 9:30\n\nPožár skladu s plasty v Lipnici nad \
        Sázavou vypukl v pondělí večer. Hasiči na místo vyslali 12 jednotek, uvedl mluvčí \
        hasičů Jan Novák.\n\nFoto: HZS Vysočina\n\nŠkoda se podle prvních odhadů vyšplhá na \
        30 mil. Kč, tj. přibližně 1,2 mil. eur.\n\n„Oheň se podařilo lokalizovat kolem \
        půlnoci,“ řekl Novák.\n\nPřihlaste se k odběru našeho newsletteru.\n\nMohlo by vás \
        zajímat\nPočasí: o víkendu přijdou bouřky\nCeny energií opět rostou";
    let guess = detect(page);
    assert_eq!((guess.language, guess.sure), (Language::Czech, true));
    assert_eq!(languages(&[article(page)], None), vec![Language::Czech]);
    // Slovak, without those letters, is not made Czech by them.
    let slovak = "Požiar skladu v Lipnici vypukol v pondelok večer. Hasiči na miesto vyslali 12 \
        jednotiek, uviedol hovorca hasičov Ján Novák. Škoda sa podľa prvých odhadov vyšplhá na \
        30 miliónov korún. Oheň sa podarilo lokalizovať okolo polnoci, povedal Novák.";
    assert_ne!(languages(&[article(slovak)], None), vec![Language::Czech]);
}

#[test]
fn cyrillic_languages_without_rules_are_not_read_as_russian() {
    // Bulgarian and Serbian share Russian's "и", "на", "за", "да", but not its letters: "ъ"
    // in nearly every Bulgarian sentence, "ј", "њ", "ћ" in Serbian, no "ы" or "э" in either.
    let bulgarian = "Мостът в пристанището на Верити беше затворен във вторник, след като инженерите откриха пукнатини в две от неговите опори. Кметът заяви, че ремонтът ще продължи поне шест седмици.";
    let serbian = "Мост у луци Верити затворен је у уторак, пошто су инжењери пронашли пукотине на два његова стуба. Градоначелница је рекла да ће поправка трајати најмање шест недеља.";
    let ukrainian = "Міст у порту Веріті закрили у вівторок після того, як інженери знайшли тріщини у двох його опорах. Мер заявила, що ремонт триватиме щонайменше шість тижнів.";
    let kazakh = "Верити портындағы көпір сейсенбі күні жабылды, өйткені инженерлер оның екі тірегінен жарықтар тапты. Әкім жөндеу кемінде алты аптаға созылатынын айтты.";
    for text in [bulgarian, serbian, ukrainian, kazakh] {
        assert_eq!(detect(text).language, Language::Unknown, "{text}");
    }
    // A Ukrainian name in Russian text leaves it Russian.
    let russian = "Мост в порту Верити закрыли во вторник, после того как инженеры из Києва нашли трещины в двух его опорах. Мэр заявила, что ремонт продлится не меньше шести недель.";
    assert_eq!(detect(russian).language, Language::Russian);
}

#[test]
fn running_text_with_only_some_evidence_is_unknown_when_alone() {
    // Dutch's "in", "is" and "was" are English function words: a tenth of this text, enough
    // for a guess, not for a sure one. Alone it was read as English (English function words,
    // Porter's step); now it is a language without rules.
    let dutch = "De brug in de haven van Verity is maandag gesloten nadat een vrachtschip tegen een van de pijlers was gevaren. Ingenieurs van de stad vonden scheuren in twee pijlers en zeiden dat de reparatie minstens zes weken zal duren. De burgemeester zei dat de veerboten elk half uur zullen varen zolang de brug dicht is.";
    assert_eq!(detect(dutch).language, Language::English);
    assert!(!detect(dutch).sure);
    assert_eq!(languages(&[article(dutch)], None), vec![Language::Unknown]);
    // Beside sure English articles it takes their language, as a headline does.
    let english = "The harbor bridge in Verity was closed on Monday after a barge hit one of its piers, and the city said it would stay closed for the rest of the week while engineers inspect it.";
    assert_eq!(
        languages(&[article(english), article(dutch)], None),
        vec![Language::English; 2]
    );
}

#[test]
fn stemming_matches_inflections() {
    let stem = |l: Language, w: &str| {
        let mut w = w.to_string();
        let rules = l.rules();
        rules.fold(&mut w, &mut String::new());
        rules.stem(&mut w);
        w
    };
    for (l, a, b) in [
        (Language::French, "arrêtées", "arrêté"),
        (Language::French, "l'armée", "armées"),
        (Language::Spanish, "naciones", "nación"),
        (Language::Italian, "ponti", "ponte"),
        (
            Language::German,
            "Brücken".to_lowercase().leak() as &str,
            "brücke",
        ),
        (Language::Russian, "мостами", "мост"),
        (Language::Czech, "mostech", "most"),
        (Language::Greek, "γέφυρες", "γέφυρα"),
        (Language::Arabic, "والمدينة", "مدينة"),
        (Language::Hebrew, "הגשרים", "גשר"),
        (Language::Hindi, "पुलों", "पुल"),
        // The nukta, precomposed, written apart or left out.
        (Language::Hindi, "फ़्रांस", "फ्रांस"),
        (Language::Hindi, "\u{95c}", "\u{921}\u{93c}"),
    ] {
        assert_eq!(stem(l, a), stem(l, b), "{l}: {a} / {b}");
    }
    // Short words keep their letters.
    assert_eq!(stem(Language::French, "les"), "les");
    // Without rules, nothing changes.
    assert_eq!(stem(Language::Unknown, "bridges"), "bridges");
}

#[test]
fn function_words_are_looked_up_folded_and_as_written() {
    assert!(Language::Spanish.is_function_word("según"));
    assert!(Language::Spanish.is_function_word("segun"));
    assert!(Language::French.is_function_word("les"));
    assert!(!Language::French.is_function_word("pont"));
    assert!(Language::Greek.is_function_word("τουσ"));
    // Hebrew's "this" and "most" with the article: "השלב הזה" ("this stage") was a key fact.
    assert!(Language::Hebrew.is_function_word("הזה"));
    assert!(Language::Hebrew.is_function_word("ביותר"));
    assert!(Language::Hindi.is_function_word("चाहिए"));
    // Arabic prepositions with a pronoun attached: "الإفراج عنهم" ("their release") was a key
    // fact.
    assert!(Language::Arabic.is_function_word("عنهم"));
    assert!(Language::Japanese.is_function_word("の"));
    assert!(!Language::Unknown.is_function_word("the"));
}

#[test]
fn the_words_a_focus_asks_with_are_read_for_every_language_that_lists_them() {
    for word in [
        "describe",
        "including",
        "détails",
        "incluyendo",
        "einschließlich",
        "dettagli",
        "informações",
    ] {
        assert!(is_request_word(word), "{word}");
    }
    // Words that name what a focus asks about.
    for word in [
        "collapse",
        "cause",
        "casualties",
        "effondrement",
        "puente",
        "",
    ] {
        assert!(!is_request_word(word), "{word}");
    }
}
